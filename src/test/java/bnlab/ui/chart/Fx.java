package bnlab.ui.chart;

import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.testfx.util.WaitForAsyncUtils;

/** Test helpers: run code on the FX thread, host a view at a given size, read snapshot pixels. */
final class Fx {
    private Fx() {}

    static <T> T call(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e.getCause() != null ? e.getCause() : e);
        }
    }

    static void run(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    /** Put {@code view} alone in a scene at {@code w × h} (FX thread). */
    static <V extends ChartView> V host(V view, double w, double h) {
        view.setPrefSize(w, h);
        Pane root = new Pane(view);
        new Scene(root, w, h);
        view.resize(w, h);
        return view;
    }

    /** Resize a hosted view and lay it out (FX thread). */
    static void resize(ChartView view, double w, double h) {
        view.setPrefSize(w, h);
        view.resize(w, h);
        view.getParent().layout();
    }

    /** Lay out and snapshot (FX thread); the snapshot runs the pulse's layout, which draws. */
    static WritableImage snap(ChartView view) {
        view.getParent().layout();
        return view.snapshot(null, null);
    }

    static Color px(WritableImage img, double x, double y) {
        return img.getPixelReader().getColor((int) x, (int) y);
    }

    /** Count pixels in a rectangle whose colour is within {@code tol} (per channel) of {@code c}. */
    static int count(WritableImage img, int x0, int y0, int x1, int y1, Color c, double tol) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min((int) img.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min((int) img.getWidth(), x1); x++) {
                if (near(img.getPixelReader().getColor(x, y), c, tol)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels darker than {@code maxBrightness} in the whole image. */
    static int dark(WritableImage img, double maxBrightness) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getPixelReader().getColor(x, y).getBrightness() < maxBrightness) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean near(Color a, Color b, double tol) {
        return Math.abs(a.getRed() - b.getRed()) <= tol && Math.abs(a.getGreen() - b.getGreen()) <= tol
                && Math.abs(a.getBlue() - b.getBlue()) <= tol;
    }
}
