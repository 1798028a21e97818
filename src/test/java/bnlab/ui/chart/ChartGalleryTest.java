package bnlab.ui.chart;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders every view with realistic synthetic data into target/chart-gallery/*.png, in the default
 * style, in the presenter style (at 1.5× size, as projected) and once in Chinese. The pictures are
 * for people to look at; the test only checks that they were written.
 */
@org.junit.jupiter.api.Tag("gallery")
@ExtendWith(ApplicationExtension.class)
class ChartGalleryTest {
    static final Path DIR = Path.of("target", "chart-gallery");

    @Start
    void start(Stage stage) {}

    @Test
    void renderGallery() throws Exception {
        Files.createDirectories(DIR);
        for (ChartStyle style : new ChartStyle[] {ChartStyle.DEFAULT, ChartStyle.PRESENTER}) {
            String sfx = style == ChartStyle.DEFAULT ? "default" : "presenter";
            double k = style.fontScale();
            save("histogram-drifting-" + sfx, () -> histogram(style, false, false), 260 * k, 140 * k);
            save("histogram-bn-" + sfx, () -> histogram(style, true, false), 260 * k, 140 * k);
            save("histogram-diverging-" + sfx, () -> histogram(style, false, true), 260 * k, 140 * k);
            save("ridgeline-" + sfx, () -> ridgeline(style, false), 260 * k, 200 * k);
            save("percentiles-nobn-" + sfx, () -> bands(style, false), 320 * k, 200 * k);
            save("percentiles-bn-" + sfx, () -> bands(style, true), 320 * k, 200 * k);
            save("curves-loss-" + sfx, () -> lossCurves(style), 420 * k, 240 * k);
            save("curves-ratio-" + sfx, () -> ratioCurves(style), 320 * k, 200 * k);
            save("boundary-spiral-" + sfx, () -> boundary(style), 300 * k, 320 * k);
            save("images-" + sfx, () -> images(style), 480 * k, 130 * k);
            save("histogram-hover-" + sfx, () -> {
                HistogramView h = histogram(style, false, false);
                Fx.host(h, Math.round(260 * k), Math.round(140 * k));
                Fx.snap(h); // lay out once so the hover hits the drawn bars
                h.hover(h.binCenterX(13), h.plotBottomY() - 10);
                return h;
            }, 260 * k, 140 * k);
            save("curves-hover-" + sfx, () -> {
                CurveView c = lossCurves(style);
                Fx.host(c, Math.round(420 * k), Math.round(240 * k));
                Fx.snap(c);
                c.hover(c.xOfStep(9_000), c.yOfValue(2));
                return c;
            }, 420 * k, 240 * k);
        }
        save("histogram-presenter-small", () -> histogram(ChartStyle.PRESENTER, false, false), 260, 140);
        save("histogram-empty", () -> titled(new HistogramView(), ChartStyle.DEFAULT, "Layer 3"), 260, 140);
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        save("histogram-zh", () -> zh(histogram(ChartStyle.DEFAULT, false, true), "第 2 层 · sigmoid 的输入"), 260, 140);
        save("percentiles-zh", () -> zh(bands(ChartStyle.DEFAULT, false), "第 2 层 · 无批归一化"), 320, 200);
        save("images-zh", () -> {
            ImageStripView v = zh(images(ChartStyle.DEFAULT), "测试样本");
            v.setClassNames(List.of("衬衫", "裤子", "包", "运动鞋", "连衣裙"));
            return v;
        }, 480, 130);
    }

    private static <V extends ChartView> V titled(V v, ChartStyle style, String title) {
        v.setStrings(ChartStrings.english());
        v.setChartStyle(style);
        v.setTitle(title);
        return v;
    }

    private static <V extends ChartView> V zh(V v, String title) {
        v.setStrings(ChartStrings.forLocale(Locale.SIMPLIFIED_CHINESE));
        v.setTitle(title);
        return v;
    }

    static HistogramView histogram(ChartStyle style, boolean bn, boolean diverging) {
        Random r = new Random(7);
        double[] values = bn ? Synthetic.normal(r, 2000, 0.02, 1.0) : Synthetic.normal(r, 2000, -6.2, 2.6);
        if (diverging) {
            values = Synthetic.normal(r, 2000, 4, 5);
            for (int i = 0; i < 37; i++) {
                values[i] = Double.NaN;
            }
        }
        HistogramView h = titled(new HistogramView(), style,
                bn ? "Layer 2 with BN · sigmoid input" : diverging ? "Layer 4 · lr = 3.0" : "Layer 2 · sigmoid input");
        h.setData(Synthetic.histogram(values, -10, 10, 40));
        return h;
    }

    static RidgelineView ridgeline(ChartStyle style, boolean bn) {
        RidgelineView v = titled(new RidgelineView(), style, "Layer 2 · sigmoid input over time");
        v.setHistory(Synthetic.ridgeHistory(12, 250, bn, 3));
        return v;
    }

    static PercentileBandView bands(ChartStyle style, boolean bn) {
        PercentileBandView v = titled(new PercentileBandView(), style, bn ? "With batch norm" : "Without batch norm");
        v.setPoints(Synthetic.driftingPercentiles(3000, 50_000, bn, 11));
        v.setFixedYRange(new ValueRange(-20, 10)); // shared by both views so they compare directly
        v.setYAxisLabel("sigmoid input");
        if (!bn) {
            v.setEvents(List.of(EventMarker.note(20_000, "lr ×10")));
        }
        return v;
    }

    static CurveView lossCurves(ChartStyle style) {
        CurveView v = titled(new CurveView(), style, "Loss");
        int n = 20_000;
        v.setSeries(List.of(
                Synthetic.loss("train, with BN", Palette.BLUE, LineDash.SOLID, n, 20_000, 2.3, 0.25, 6, 0.04, 1),
                Synthetic.loss("test, with BN", Palette.BLUE, LineDash.DASHED, 200, 20_000, 2.3, 0.32, 6, 0.01, 2),
                Synthetic.loss("train, without", Palette.ORANGE, LineDash.SOLID, n, 20_000, 2.3, 0.45, 2.5, 0.04, 3),
                Synthetic.loss("test, without", Palette.ORANGE, LineDash.DASHED, 200, 20_000, 2.3, 0.52, 2.5, 0.01, 4)));
        v.setYAxisLabel("cross-entropy loss");
        v.setEvents(List.of(EventMarker.note(6_000, "BN off"), EventMarker.note(12_000, "BN on"),
                EventMarker.alarm(17_500, "diverged")));
        return v;
    }

    static CurveView ratioCurves(ChartStyle style) {
        CurveView v = titled(new CurveView(), style, "Update / data ratio (log₁₀)");
        List<CurveSeries> s = new ArrayList<>();
        for (int layer = 0; layer < 3; layer++) {
            CurveSeries raw = Synthetic.loss("layer " + (layer + 1), Palette.categorical(layer), LineDash.SOLID, 2000,
                    10_000, 0.05 * (layer + 1), 0.0008 * (layer + 1), 4, 0.2, 10 + layer);
            double[] lg = raw.values();
            for (int i = 0; i < lg.length; i++) {
                lg[i] = Math.log10(lg[i]);
            }
            s.add(new CurveSeries(raw.name(), raw.color(), raw.dash(), raw.steps(), lg));
        }
        v.setSeries(s);
        v.setYAxisLabel("log₁₀(update / data)");
        v.setReferenceLine(new ReferenceLine(-3, "−3: a healthy rate"));
        return v;
    }

    static DecisionBoundaryView boundary(ChartStyle style) {
        DecisionBoundaryView v = titled(new DecisionBoundaryView(), style, "Spiral · 4 hidden layers with BN");
        v.setData(Synthetic.spiralBoundary(60));
        v.setPoints(Synthetic.spiral(120, 0.25, 5));
        v.setClassNames(List.of("orange arm", "blue arm"));
        return v;
    }

    static ImageStripView images(ChartStyle style) {
        ImageStripView v = titled(new ImageStripView(), style, "Test examples");
        int[][] tp = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 0}, {0, 4}, {2, 2}, {3, -1}};
        List<ImageExample> ex = new ArrayList<>();
        for (int i = 0; i < tp.length; i++) {
            ex.add(Synthetic.fashion(tp[i][0], tp[i][1], i));
        }
        v.setExamples(ex);
        v.setClassNames(List.of("Shirt", "Trouser", "Bag", "Sneaker", "Dress"));
        return v;
    }

    private static <V extends ChartView> void save(String name, Supplier<V> make, double w, double h) throws Exception {
        WritableImage img = Fx.call(() -> Fx.snap(Fx.host(make.get(), Math.round(w), Math.round(h))));
        File f = DIR.resolve(name + ".png").toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", f);
        assertTrue(f.length() > 0);
    }
}
