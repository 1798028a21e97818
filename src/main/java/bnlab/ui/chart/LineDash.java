package bnlab.ui.chart;

import javafx.scene.canvas.GraphicsContext;

/** Dash pattern of a curve, so twin series (with / without batch norm) differ in more than colour. */
public enum LineDash {
    SOLID, DASHED, DOTTED;

    /** Set this pattern on {@code gc} for lines of width {@code lw}. */
    void apply(GraphicsContext gc, double lw) {
        switch (this) {
            case SOLID -> gc.setLineDashes();
            case DASHED -> gc.setLineDashes(lw * 5, lw * 3);
            case DOTTED -> gc.setLineDashes(lw * 1.2, lw * 2.2);
        }
    }
}
