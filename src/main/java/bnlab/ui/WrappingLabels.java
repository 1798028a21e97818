package bnlab.ui;

/** Text that wraps onto more lines where its box is narrow, instead of ending in "…". */
final class WrappingLabels {
    private WrappingLabels() {}

    /**
     * A wrapping label that is always given the height its lines need at its current width
     * (grids and rows otherwise lay it out one line high, and the rest ends in an ellipsis).
     */
    static void fitHeight(javafx.scene.control.Labeled label) {
        label.setWrapText(true);
        label.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> label.getWidth() > 0 ? label.prefHeight(label.getWidth()) : javafx.scene.layout.Region.USE_COMPUTED_SIZE,
                label.widthProperty(), label.textProperty(), label.fontProperty()));
    }

    /**
     * A wrapping button or label never wider than {@code box} less {@code margin}: a long wording
     * takes a second line in a narrow panel (a projector's larger font) instead of its end.
     */
    static void fitWidth(javafx.scene.control.Labeled label, javafx.scene.layout.Region box, double margin) {
        fitHeight(label);
        label.maxWidthProperty().bind(box.widthProperty().subtract(margin));
    }
}
