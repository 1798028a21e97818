package bnlab.ui;

import bnlab.ui.chart.ChartView;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.paint.Color;

/**
 * "Copy chart as image" on every chart: a right-click on any chart (the grid's histograms, the
 * curves, bands, predictions, diagnostics) offers it, and the chart goes to the system clipboard as
 * a picture at its on-screen size, for pasting into a document. Installed once on the window's
 * root, so charts created later (a new experiment's grid) have it too.
 */
final class ChartCopy {
    private final ContextMenu menu = new ContextMenu();
    private ChartView target;

    private ChartCopy(ResourceBundle text) {
        MenuItem copy = new MenuItem(text.getString("chart.copy"));
        copy.setOnAction(e -> { if (target != null) copy(target); });
        menu.getItems().add(copy);
    }

    static ChartCopy install(Node root, ResourceBundle text) {
        ChartCopy c = new ChartCopy(text);
        root.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            ChartView chart = chartAt(e.getPickResult().getIntersectedNode());
            if (chart == null) return;
            c.target = chart;
            c.menu.show(chart, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return c;
    }

    ContextMenu menu() {
        return menu;
    }

    /** Puts the chart on the system clipboard as an image. */
    static WritableImage copy(ChartView chart) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        WritableImage image = chart.snapshot(p, null);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        return image;
    }

    private static ChartView chartAt(Node n) {
        while (n != null && !(n instanceof ChartView)) n = n.getParent();
        return (ChartView) n;
    }
}
