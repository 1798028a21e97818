package bnlab.ui.chart;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.GraphicsContext;

/**
 * Base of the views whose x axis is the training step: fixed or automatic step and value ranges,
 * event markers, axis captions, and the layout of legend, plot and axes around the data.
 */
public abstract class StepChartView extends ChartView {
    private final ObjectProperty<List<EventMarker>> events = redrawing("events", List.of());
    private final ObjectProperty<ValueRange> fixedStepRange = redrawing("fixedStepRange", null);
    private final ObjectProperty<ValueRange> fixedYRange = redrawing("fixedYRange", null);
    private final StringProperty xAxisLabel = redrawingString("xAxisLabel", null);
    private final StringProperty yAxisLabel = redrawingString("yAxisLabel", null);

    /** Plot rectangle and scales of the last draw. */
    protected final PlotFrame frame = new PlotFrame();
    private boolean hasPlot;
    private List<javafx.geometry.Rectangle2D> eventLabels = List.of();

    /** Where the last draw put the events' labels (for tests: they never overlap). */
    public final List<javafx.geometry.Rectangle2D> eventLabelBounds() { return eventLabels; }

    /** Vertical markers at steps ("BN off", a red "diverged"). Copied. */
    public final ObjectProperty<List<EventMarker>> eventsProperty() { return events; }
    public final List<EventMarker> getEvents() { return events.get(); }
    public final void setEvents(List<EventMarker> e) { events.set(e == null ? List.of() : List.copyOf(e)); }

    /** Fixed step range of the x axis; null (default) spans the data. */
    public final ObjectProperty<ValueRange> fixedStepRangeProperty() { return fixedStepRange; }
    public final void setFixedStepRange(ValueRange r) { fixedStepRange.set(r); }

    /**
     * Fixed y range, e.g. so that two views side by side have identical axes; null (default) fits the
     * data, widened to round numbers. Data outside a fixed range are clipped at the plot's edge.
     */
    public final ObjectProperty<ValueRange> fixedYRangeProperty() { return fixedYRange; }
    public final ValueRange getFixedYRange() { return fixedYRange.get(); }
    public final void setFixedYRange(ValueRange r) { fixedYRange.set(r); }

    /** Caption under the x axis; null uses the bundle's "training step". */
    public final StringProperty xAxisLabelProperty() { return xAxisLabel; }
    public final void setXAxisLabel(String s) { xAxisLabel.set(s); }

    /** Caption above the y axis; null uses the bundle's "value". */
    public final StringProperty yAxisLabelProperty() { return yAxisLabel; }
    public final void setYAxisLabel(String s) { yAxisLabel.set(s); }

    /**
     * Lay out legend, y caption, plot and axes for the given data ranges, draw the grid, and set up
     * {@link #frame}. {@code top} is where the content may start (below the header).
     */
    protected final void beginPlot(GraphicsContext gc, double w, double h, double top, List<LegendRow.Item> legend,
            double stepMin, double stepMax, double yMin, double yMax, boolean logY) {
        ChartStyle s = getChartStyle();
        ChartStrings str = getStrings();
        NumberText num = str.numbers();
        double pad = s.gap(4);
        ValueRange sr = fixedStepRange.get();
        if (sr != null) {
            stepMin = sr.min();
            stepMax = sr.max();
        } else if (!(stepMax > stepMin)) {
            stepMin -= 1;
            stepMax += 1;
        }
        ValueRange yr = fixedYRange.get();
        if (yr != null && (!logY || yr.min() > 0)) {
            yMin = yr.min();
            yMax = yr.max();
        } else if (logY) {
            double[] e = NiceScale.expandLog(yMin, yMax);
            yMin = e[0];
            yMax = e[1];
        } else {
            double[] e = NiceScale.expand(yMin, yMax, 5);
            yMin = e[0];
            yMax = e[1];
        }
        double legendH = LegendRow.height(s, legend, w - 2 * pad);
        if (legendH > (h - top) / 3) {
            // A legend that would take the data's room is left out: the headings' colours and the
            // chart's help say the same, and the curves stay readable.
            legendH = 0;
        } else {
            LegendRow.draw(gc, s, legend, pad, top, w - 2 * pad);
        }
        double capTop = top + legendH;
        boolean showXCaption = h >= 120 * s.fontScale();
        double bottom = h - pad - PlotFrame.xAxisHeight(s) - (showXCaption ? s.smallLineHeight() : 0);
        String caption = HistogramView.orDefault(yAxisLabel.get(), str.text(ChartStrings.VALUE_AXIS));
        int captionLines = PlotFrame.yCaptionLines(s, caption, w - 2 * pad);
        double plotTop = capTop + captionLines * s.smallLineHeight() + Math.ceil(s.font().getSize() * 0.5);
        if (logY) {
            frame.chooseLogYTicks(s, yMin, yMax, bottom - plotTop, num::compact);
        } else {
            frame.chooseYTicks(s, yMin, yMax, bottom - plotTop, num::tick);
        }
        double left = pad + PlotFrame.widest(s.font(), frame.yLabels) + s.gap(7);
        frame.setBounds(left, plotTop, w - pad - s.gap(10), bottom);
        frame.x.set(stepMin, stepMax, frame.left, frame.right, false);
        frame.y.set(yMin, yMax, frame.bottom, frame.top, logY);
        frame.chooseXTicks(s, stepMin, stepMax, frame.width(), 1, num::tick);
        frame.drawHorizontalGrid(gc, s);
        PlotFrame.drawYCaption(gc, s, caption, pad, capTop, w - 2 * pad);
        if (showXCaption) {
            frame.drawXCaption(gc, s, HistogramView.orDefault(xAxisLabel.get(), str.text(ChartStrings.STEP_AXIS)),
                    frame.bottom + PlotFrame.xAxisHeight(s), w);
        }
        hasPlot = true;
        gc.save();
        frame.clip(gc);
    }

    /** Undo the plot clip, then draw events and axes over the data. */
    protected final void endPlot(GraphicsContext gc, double w) {
        gc.restore();
        ChartStyle s = getChartStyle();
        eventLabels = EventPainter.draw(gc, s, frame, getEvents());
        frame.drawYAxis(gc, s);
        frame.drawXAxis(gc, s, w);
    }

    /** Call when a draw had no data, so that hover and coordinate queries answer "nothing". */
    protected final void noPlot() {
        hasPlot = false;
    }

    /** Whether the last draw laid out a plot. */
    protected final boolean hasPlot() { return hasPlot; }

    /** Step under pixel column {@code px} from the last draw, NaN outside the plot. */
    protected final double stepAt(double px, double py) {
        if (!hasPlot || Double.isNaN(px) || px < frame.left - 2 || px > frame.right + 2
                || py < frame.top || py > frame.bottom) {
            return Double.NaN;
        }
        return frame.x.toValue(px);
    }

    /** Pixel column of step {@code step} from the last draw (for tests and the window). */
    public final double xOfStep(double step) { return frame.x.toPixel(step); }

    /** Height of the plot in the last draw (what is left for the data under the title and legend). */
    public final double plotHeight() { return frame.height(); }

    /** Pixel row of value {@code v} from the last draw (for tests and the window). */
    public final double yOfValue(double v) { return frame.y.toPixel(v); }

    /** Draw a thin vertical guide at the hovered step. */
    protected final void drawHoverGuide(GraphicsContext gc, double step) {
        ChartStyle s = getChartStyle();
        double x = PlotFrame.crisp(frame.x.toPixel(step), s.line(1));
        gc.setStroke(s.axis());
        gc.setLineWidth(s.line(1));
        gc.setLineDashes();
        gc.strokeLine(x, frame.top, x, frame.bottom);
    }
}
