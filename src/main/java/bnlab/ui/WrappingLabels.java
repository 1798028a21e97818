package bnlab.ui;

/** Text that wraps onto more lines where its box is narrow, instead of ending in "…". */
final class WrappingLabels {
    private WrappingLabels() {}

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
}
