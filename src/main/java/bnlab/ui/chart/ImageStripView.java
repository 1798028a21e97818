package bnlab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * Example images in a grid sized to fill the view, each with its true and predicted class below.
 * A wrong prediction gets a red frame, a ✗ badge and red text; a right one a green ✓ badge:
 * shape as well as colour, so colour-blind viewers see it too. Pixels are shown unsmoothed.
 */
public class ImageStripView extends ChartView {
    private final ObjectProperty<List<ImageExample>> examples = redrawing("examples", List.of());
    private final ObjectProperty<List<String>> classNames = redrawing("classNames", List.of());
    private final BooleanProperty inverted = new SimpleBooleanProperty(this, "inverted", false);

    private final List<WritableImage> images = new ArrayList<>();
    private int columns;
    private double gridLeft;
    private double gridTop;
    private double cellW;
    private double cellH;
    private double imageSide;

    public ImageStripView() {
        examples.addListener(o -> {
            images.clear(); // rebuilt lazily by the next draw
            refreshHover();
        });
        inverted.addListener(o -> {
            images.clear();
            markDirty();
        });
    }

    /** The examples, in display order. Copied. */
    public final ObjectProperty<List<ImageExample>> examplesProperty() { return examples; }
    public final void setExamples(List<ImageExample> e) { examples.set(e == null ? List.of() : List.copyOf(e)); }

    /** Class names by class index. Copied. */
    public final ObjectProperty<List<String>> classNamesProperty() { return classNames; }
    public final void setClassNames(List<String> n) { classNames.set(n == null ? List.of() : List.copyOf(n)); }

    /** Draw 1 as black and 0 as white (dark ink on paper) instead of the default 0 black, 1 white. */
    public final BooleanProperty invertedProperty() { return inverted; }
    public final void setInverted(boolean b) { inverted.set(b); }

    @Override
    protected void draw(GraphicsContext gc, double w, double h) {
        ChartStyle s = getChartStyle();
        ChartStrings str = getStrings();
        List<ImageExample> ex = examples.get();
        double top = drawHeader(gc, w, ex.isEmpty() ? null : str.text(ChartStrings.IMAGE_KEY));
        if (ex.isEmpty()) {
            columns = 0;
            drawNoData(gc, top, w, h);
            return;
        }
        if (images.size() != ex.size()) {
            images.clear();
            for (ImageExample e : ex) {
                images.add(toImage(e, inverted.get()));
            }
        }
        double pad = s.gap(4);
        double labelH = 2 * s.smallLineHeight();
        double gap = s.gap(8);
        chooseGrid(ex.size(), w - 2 * pad, h - top - pad, labelH, gap);
        gridLeft = pad + (w - 2 * pad - columns * cellW) / 2;
        gridTop = top;
        gc.setImageSmoothing(false); // a 28×28 image should look like pixels, not like fog
        for (int i = 0; i < ex.size(); i++) {
            double cx = gridLeft + (i % columns) * cellW;
            double cy = gridTop + (i / columns) * cellH;
            drawCell(gc, s, str, ex.get(i), images.get(i), cx, cy, gap);
        }
    }

    /** Number of columns that gives the largest images. */
    private void chooseGrid(int n, double availW, double availH, double labelH, double gap) {
        double bestSide = -1;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (n + cols - 1) / cols;
            double cw = availW / cols;
            double ch = availH / rows;
            double side = Math.min(cw - gap, ch - labelH - gap);
            if (side > bestSide + 0.5) {
                bestSide = side;
                columns = cols;
            }
        }
        imageSide = Math.max(4, Math.floor(bestSide));
        cellW = Math.min(availW / columns, imageSide * 1.9 + gap); // keep neighbours close when there is room
        cellH = imageSide + labelH + gap;
    }

    private void drawCell(GraphicsContext gc, ChartStyle s, ChartStrings str, ImageExample e, WritableImage img,
            double cx, double cy, double gap) {
        double aspect = e.width() / (double) e.height();
        double iw = aspect >= 1 ? imageSide : imageSide * aspect;
        double ih = aspect >= 1 ? imageSide / aspect : imageSide;
        double ix = Math.round(cx + (cellW - iw) / 2);
        double iy = Math.round(cy + gap / 2 + (imageSide - ih));
        gc.drawImage(img, ix, iy, Math.round(iw), Math.round(ih));
        boolean wrong = e.isWrong();
        if (wrong) {
            double lw = s.line(2.5);
            gc.setStroke(s.alarm());
            gc.setLineWidth(lw);
            gc.setLineDashes();
            gc.strokeRect(ix - lw / 2, iy - lw / 2, Math.round(iw) + lw, Math.round(ih) + lw);
        } else {
            gc.setStroke(s.axis());
            gc.setLineWidth(1);
            gc.strokeRect(ix - 0.5, iy - 0.5, Math.round(iw) + 1, Math.round(ih) + 1);
        }
        if (e.predictedLabel() >= 0) {
            drawVerdict(gc, s, wrong, ix + Math.round(iw), iy);
        }
        double textY = iy + ih + s.gap(3);
        double maxW = cellW - s.gap(4);
        double mid = cx + cellW / 2;
        gc.setFont(s.smallFont());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.setFill(s.mutedText());
        gc.fillText(TextMeasure.fit(s.smallFont(), str.format(ChartStrings.IMAGE_TRUE, name(str, e.trueLabel())), maxW),
                mid, textY);
        String pred = e.predictedLabel() < 0 ? str.text(ChartStrings.IMAGE_NOT_PREDICTED)
                : str.format(ChartStrings.IMAGE_PREDICTED, name(str, e.predictedLabel()));
        gc.setFill(wrong ? s.alarm() : s.foreground());
        gc.fillText(TextMeasure.fit(s.smallFont(), pred, maxW), mid, textY + s.smallLineHeight());
    }

    /** A round badge on the image's top-right corner: white ✗ on red, or white ✓ on green. */
    private static void drawVerdict(GraphicsContext gc, ChartStyle s, boolean wrong, double right, double top) {
        double r = Math.round(s.font().getSize() * 0.62);
        double cx = right - r * 0.35;
        double cy = top + r * 0.35;
        gc.setFill(wrong ? s.alarm() : s.ok());
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(Math.max(1.5, r * 0.28));
        gc.setLineCap(StrokeLineCap.ROUND);
        double k = r * 0.42;
        if (wrong) {
            gc.strokeLine(cx - k, cy - k, cx + k, cy + k);
            gc.strokeLine(cx - k, cy + k, cx + k, cy - k);
        } else {
            gc.strokePolyline(new double[] {cx - k, cx - k * 0.2, cx + k}, new double[] {cy, cy + k * 0.7, cy - k * 0.7}, 3);
        }
        gc.setLineCap(StrokeLineCap.SQUARE);
    }

    private String name(ChartStrings str, int label) {
        List<String> names = classNames.get();
        return label >= 0 && label < names.size() ? names.get(label) : str.numbers().count(label);
    }

    private static WritableImage toImage(ImageExample e, boolean inverted) {
        WritableImage img = new WritableImage(e.width(), e.height());
        PixelWriter pw = img.getPixelWriter();
        for (int y = 0; y < e.height(); y++) {
            for (int x = 0; x < e.width(); x++) {
                float v = e.pixel(x, y);
                double g = Float.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
                int b = (int) Math.round((inverted ? 1 - g : g) * 255);
                pw.setArgb(x, y, 0xFF000000 | b << 16 | b << 8 | b);
            }
        }
        return img;
    }

    /** Index of the example whose cell contains (px, py) in the last draw, or -1. */
    public final int exampleAt(double px, double py) {
        int n = examples.get().size();
        if (columns == 0 || px < gridLeft || py < gridTop) {
            return -1;
        }
        int col = (int) ((px - gridLeft) / cellW);
        int row = (int) ((py - gridTop) / cellH);
        int i = row * columns + col;
        return col < columns && i < n ? i : -1;
    }

    /** Top-left corner of example {@code i}'s cell in the last draw, and the cell size. */
    public final double[] cellBounds(int i) {
        return new double[] {gridLeft + (i % columns) * cellW, gridTop + (i / columns) * cellH, cellW, cellH};
    }

    @Override
    public String describeAt(double px, double py) {
        int i = exampleAt(px, py);
        if (i < 0) {
            return null;
        }
        ImageExample e = examples.get().get(i);
        ChartStrings str = getStrings();
        String pred = e.predictedLabel() < 0 ? str.text(ChartStrings.IMAGE_NOT_PREDICTED) : name(str, e.predictedLabel());
        return str.format(ChartStrings.IMAGE_HOVER, name(str, e.trueLabel()), pred);
    }
}
