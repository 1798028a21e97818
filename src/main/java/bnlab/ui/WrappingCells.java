package bnlab.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** Text that wraps onto more lines where its box is narrow, instead of ending in "…". */
final class WrappingCells {
    private WrappingCells() {}

    /**
     * A wrapping label that is always given the height its lines need at its current width
     * (grids and rows otherwise lay it out one line high, and the rest ends in an ellipsis).
     */
    static void fitHeight(javafx.scene.control.Label label) {
        label.setWrapText(true);
        label.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> label.getWidth() > 0 ? label.prefHeight(label.getWidth()) : javafx.scene.layout.Region.USE_COMPUTED_SIZE,
                label.widthProperty(), label.textProperty(), label.fontProperty()));
    }

    static <T> void install(ComboBox<T> box) {
        box.setButtonCell(new ListCell<>() {
            {
                setWrapText(true);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : box.getConverter().toString(item));
            }
        });
    }
}
