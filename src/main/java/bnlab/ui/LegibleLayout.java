package bnlab.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * What keeps the window's text whole at small sizes and on a projector, set up once: toolbar
 * controls at their full width (the toolbar wraps onto a second row instead), the grid's title and
 * the long band option wrapping in their columns, the band quantity's box no wider than its column.
 */
final class LegibleLayout {
    private LegibleLayout() {}

    static void prepare(Pane toolbar, CheckBox unitOnly, TabPane detailTabs,
            javafx.scene.control.Label gridTitle, javafx.scene.control.ComboBox<?> bandQuantity) {
        WrappingLabels.fitHeight(gridTitle);
        gridTitle.maxWidthProperty().bind(((Region) gridTitle.getParent()).widthProperty().subtract(8));
        for (var n : toolbar.getChildren()) {
            if (n instanceof Region r && !(n instanceof Pane)) r.setMinWidth(Region.USE_PREF_SIZE);
        }
        unitOnly.setWrapText(true);
        unitOnly.maxWidthProperty().bind(detailTabs.widthProperty().subtract(16));
        // Never wider than its row (it takes a row of its own there, below "Show"): a narrow right
        // column shows the short name of a long choice instead of painting past the window.
        bandQuantity.setMinWidth(0);
        bandQuantity.maxWidthProperty().bind(detailTabs.widthProperty().subtract(16));
    }
}
