package bnlab.ui.chart;

/**
 * A grayscale example image with its true and predicted class.
 *
 * @param width          pixels per row
 * @param height         rows
 * @param pixels         row-major, row 0 at the top, values in [0, 1] (0 black, 1 white); copied
 * @param trueLabel      true class index
 * @param predictedLabel predicted class index, or -1 if the model has not predicted yet
 */
public record ImageExample(int width, int height, float[] pixels, int trueLabel, int predictedLabel) {
    public ImageExample {
        if (width < 1 || height < 1 || pixels.length != width * height) {
            throw new IllegalArgumentException("need width × height = " + width + " × " + height + " pixels, got "
                    + pixels.length);
        }
        pixels = pixels.clone();
    }

    /** Whether a prediction exists and differs from the truth. */
    public boolean isWrong() { return predictedLabel >= 0 && predictedLabel != trueLabel; }

    public float pixel(int x, int y) { return pixels[y * width + x]; }

    @Override public float[] pixels() { return pixels.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageExample e && e.width == width && e.height == height && e.trueLabel == trueLabel
                && e.predictedLabel == predictedLabel && java.util.Arrays.equals(e.pixels, pixels);
    }

    @Override
    public int hashCode() { return java.util.Arrays.hashCode(pixels) * 31 + trueLabel * 7 + predictedLabel; }

    @Override
    public String toString() { return "ImageExample[" + width + "×" + height + ", " + trueLabel + "→" + predictedLabel + "]"; }
}
