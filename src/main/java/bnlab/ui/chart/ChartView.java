package bnlab.ui.chart;

import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Base of the chart views: a {@link Region} holding one {@link Canvas} that follows the region's
 * size. Setters only mark the view dirty; the drawing happens once in the next layout pulse, so a
 * view fed from an AnimationTimer at 60 fps costs one draw per frame at most, and none when nothing
 * changed. Hover text is computed by the subclass and drawn as an in-canvas readout (tooltips are
 * slow to appear and hard to read on a projector); {@link #hoverTextProperty()} exposes it too.
 */
public abstract class ChartView extends Region {
    private final Canvas canvas = new Canvas();
    private boolean dirty = true;
    private long drawCount;
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;
    private boolean headerNoteShown;
    private java.util.List<String> elided = java.util.List.of();

    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle", ChartStyle.DEFAULT);
    private final ObjectProperty<ChartStrings> strings =
            new SimpleObjectProperty<>(this, "strings", ChartStrings.forLocale(Locale.getDefault()));
    private final StringProperty helpText = new SimpleStringProperty(this, "helpText", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", null);

    protected ChartView() {
        canvas.setManaged(false);
        getChildren().add(canvas);
        InvalidationListener redraw = o -> markDirty();
        chartStyle.addListener(redraw);
        strings.addListener(redraw);
        title.addListener(redraw);
        // Screen readers announce the title and the help sentence.
        accessibleTextProperty().bind(title);
        accessibleHelpProperty().bind(helpText);
        // Hover positions are in the canvas's coordinates (the region may have insets).
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX() - canvas.getLayoutX(), e.getY() - canvas.getLayoutY()));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> hover(e.getX() - canvas.getLayoutX(), e.getY() - canvas.getLayoutY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
    }

    // ---- properties shared by all views ----

    /** Fonts, line widths and contrast. Never null. */
    public final ObjectProperty<ChartStyle> chartStyleProperty() { return chartStyle; }
    public final ChartStyle getChartStyle() { return chartStyle.get(); }
    public final void setChartStyle(ChartStyle s) { chartStyle.set(s == null ? ChartStyle.DEFAULT : s); }

    /** Texts and number locale. Defaults to the bundle for the JVM's default locale. */
    public final ObjectProperty<ChartStrings> stringsProperty() { return strings; }
    public final ChartStrings getStrings() { return strings.get(); }
    public final void setStrings(ChartStrings s) { strings.set(s == null ? ChartStrings.english() : s); }

    /** One sentence explaining the view, shown by the window as a tooltip or info button. Not drawn. */
    public final StringProperty helpTextProperty() { return helpText; }
    public final String getHelpText() { return helpText.get(); }
    public final void setHelpText(String t) { helpText.set(t); }

    /** Caption drawn at the top left; empty for none. */
    public final StringProperty titleProperty() { return title; }
    public final String getTitle() { return title.get(); }
    public final void setTitle(String t) { title.set(t); }

    /** What the pointer is over, as drawn in the readout; null when nothing. */
    public final ReadOnlyStringProperty hoverTextProperty() { return hoverText.getReadOnlyProperty(); }
    public final String getHoverText() { return hoverText.get(); }

    /** How many times this view has drawn itself (for tests and profiling). */
    public final long getDrawCount() { return drawCount; }

    /**
     * The texts the last draw had to shorten with an ellipsis (titles, notes, legend entries, captions),
     * in full; empty when everything fitted. A window test checks that none is cut on a projector.
     */
    public final java.util.List<String> getElidedTexts() { return elided; }

    /** Whether a redraw is pending. */
    public final boolean isDirty() { return dirty; }

    // ---- drawing ----

    /** Ask for a redraw in the next pulse. Cheap; call as often as you like. */
    protected final void markDirty() {
        dirty = true;
        setNeedsLayout(true); // marks only this branch: parents are not laid out again
        MissedRedraws.watch(this); // a request made during a layout pass is lost: asked again if so
    }

    /** A {@code StringProperty} whose changes redraw this view. */
    protected final StringProperty redrawingString(String name, String initial) {
        StringProperty p = new SimpleStringProperty(this, name, initial);
        p.addListener(o -> markDirty());
        return p;
    }

    /** An {@code ObjectProperty} whose changes redraw this view. */
    protected final <T> ObjectProperty<T> redrawing(String name, T initial) {
        ObjectProperty<T> p = new SimpleObjectProperty<>(this, name, initial);
        p.addListener(o -> markDirty());
        return p;
    }

    @Override
    protected void layoutChildren() {
        // Inside the insets, so a border set from CSS (e.g. a lesson's highlight) stays visible.
        var in = getInsets();
        double w = Math.max(0, snapSizeX(getWidth() - in.getLeft() - in.getRight()));
        double h = Math.max(0, snapSizeY(getHeight() - in.getTop() - in.getBottom()));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        canvas.relocate(in.getLeft(), in.getTop());
        if (dirty) {
            redrawNow();
        }
    }

    /** Draw at once, at the current size, whether dirty or not. */
    public final void redrawNow() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        // A clear of the whole canvas also empties its command buffer, so draws never accumulate.
        gc.clearRect(0, 0, w, h);
        dirty = false;
        drawCount++;
        if (w < 2 || h < 2) {
            elided = java.util.List.of();
            return;
        }
        gc.save();
        gc.setFill(getChartStyle().background());
        gc.fillRect(0, 0, w, h);
        java.util.List<String> cut = new java.util.ArrayList<>(0);
        TextMeasure.recordElisionsTo(cut);
        try {
            draw(gc, w, h);
        } finally {
            TextMeasure.recordElisionsTo(null);
        }
        elided = cut.isEmpty() ? java.util.List.of() : java.util.List.copyOf(cut);
        gc.restore();
        String readout = hoverText.get();
        if (readout != null && !readout.isEmpty()) {
            ReadoutBox.draw(gc, getChartStyle(), readout, hoverX, hoverY, w, h);
        }
    }

    /** Paint everything; the canvas has been cleared to the background. */
    protected abstract void draw(GraphicsContext gc, double w, double h);

    /**
     * The readout for a pointer at (x, y) in this view's coordinates, or null. Uses the layout of the
     * last draw. Public so that the window (or a test) can ask without moving a mouse.
     */
    public abstract String describeAt(double x, double y);

    /** The pointer moved to (x, y); NaN means it left. Redraws only if the readout changed. */
    public final void hover(double x, double y) {
        hoverX = x;
        hoverY = y;
        String t = Double.isNaN(x) ? null : describeAt(x, y);
        boolean changed = t == null ? hoverText.get() != null : !t.equals(hoverText.get());
        hoverText.set(t);
        if (changed || t != null) { // position of the readout follows the pointer
            markDirty();
        }
    }

    /** Recompute the readout after new data arrived under a resting pointer. */
    protected final void refreshHover() {
        if (!Double.isNaN(hoverX)) {
            hoverText.set(describeAt(hoverX, hoverY));
        }
    }

    protected final double hoverX() { return hoverX; }
    protected final double hoverY() { return hoverY; }

    // ---- pieces every view draws the same way ----

    /**
     * Title at the top left and an optional note at the top right (dropped if both don't fit).
     * Returns the y where the content below may start.
     */
    protected final double drawHeader(GraphicsContext gc, double w, String note) {
        return drawHeader(gc, w, note, null);
    }

    /** The same, with a shorter wording of the note for when the note does not fit (may be null). */
    protected final double drawHeader(GraphicsContext gc, double w, String note, String shorterNote) {
        ChartStyle s = getChartStyle();
        double pad = s.gap(4);
        String t = getTitle();
        boolean hasTitle = t != null && !t.isEmpty();
        boolean hasNote = note != null && !note.isEmpty();
        headerNoteShown = false;
        if (!hasTitle && !hasNote) {
            return pad;
        }
        gc.setTextBaseline(VPos.TOP);
        double noteW = hasNote ? TextMeasure.width(s.font(), note) : 0;
        double titleRoom = w - 2 * pad - (hasNote ? noteW + s.gap(10) : 0);
        if (hasTitle && hasNote && titleRoom < TextMeasure.width(s.titleFont(), t)) {
            hasNote = false; // the title matters more; the caller may place the note elsewhere
            titleRoom = w - 2 * pad;
        }
        headerNoteShown = hasNote;
        int titleLines = 1;
        if (hasTitle) {
            gc.setFont(s.titleFont());
            gc.setFill(s.foreground());
            gc.setTextAlign(TextAlignment.LEFT);
            int space = t.lastIndexOf(' ');
            if (TextMeasure.width(s.titleFont(), t) > titleRoom && space > 0 && !hasNote
                    && TextMeasure.width(s.titleFont(), t.substring(0, space)) <= titleRoom
                    && TextMeasure.width(s.titleFont(), t.substring(space + 1)) <= titleRoom) {
                // A narrow chart on a projector: a title that fits on two lines takes them rather than a cut ("Gradient …").
                gc.fillText(t.substring(0, space), pad, pad);
                gc.fillText(t.substring(space + 1), pad, pad + s.titleLineHeight());
                titleLines = 2;
            } else {
                gc.fillText(TextMeasure.fit(s.titleFont(), t, titleRoom), pad, pad);
            }
        }
        double height = pad + titleLines * s.titleLineHeight();
        if (hasNote) {
            // A note wider than a narrow chart (presenter mode) takes the small font, then its shorter wording,
            // then two lines (split at its " · "), and only then an ellipsis, rather than losing its start.
            double room = w - 2 * pad;
            Font f = noteW <= room ? s.font() : s.smallFont();
            String shown = note;
            if (TextMeasure.width(f, shown) > room && shorterNote != null) shown = shorterNote;
            gc.setFont(f);
            gc.setFill(s.mutedText());
            gc.setTextAlign(TextAlignment.RIGHT);
            double dy = (s.titleFont().getSize() - f.getSize()) * 0.8;
            int split = shown.indexOf(" · ");
            if (TextMeasure.width(f, shown) > room && split > 0 && !hasTitle) {
                String first = shown.substring(0, split);
                String second = shown.substring(split + 3);
                double lh = f.getSize() * 1.25;
                gc.fillText(TextMeasure.fit(f, first, room), w - pad, pad + dy);
                gc.fillText(TextMeasure.fit(f, second, room), w - pad, pad + dy + lh);
                height = Math.max(height, pad + dy + 2 * lh);
            } else {
                gc.fillText(TextMeasure.fit(f, shown, room), w - pad, pad + dy);
            }
        }
        return height;
    }

    /** Whether the last {@link #drawHeader} found room for its note. */
    protected final boolean headerNoteShown() { return headerNoteShown; }

    /** The centred "no data yet" message. */
    protected final void drawNoData(GraphicsContext gc, double top, double w, double h) {
        ChartStyle s = getChartStyle();
        gc.setFont(s.font());
        gc.setFill(s.mutedText());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(getStrings().text(ChartStrings.NO_DATA), w / 2, (top + h) / 2);
    }

    @Override protected double computePrefWidth(double height) { return 260; }
    @Override protected double computePrefHeight(double width) { return 140; }
    @Override protected double computeMinWidth(double height) { return 40; }
    @Override protected double computeMinHeight(double width) { return 30; }
}
