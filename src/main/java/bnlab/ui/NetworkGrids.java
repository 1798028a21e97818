package bnlab.ui;

import bnlab.stats.Quantity;
import bnlab.train.RunSnapshot;
import bnlab.ui.chart.StableMax;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The histogram area: one grid per run, side by side, each headed by the run's name in its colour.
 * Headings follow the session shown (a new experiment brings its own names). With three runs, or
 * where the window is too narrow for three legible columns per run, every grid shows one quantity
 * (chosen by the user): nine columns of histograms do not fit a 1280×720 projector at a readable
 * size, three do.
 */
final class NetworkGrids {
    static final int MAX_RUNS = 3;
    /** From this many runs on, each grid shows only the chosen quantity. */
    static final int ONE_QUANTITY_FROM = 3;

    private final HBox box;
    private final List<HistogramGrid> grids = new ArrayList<>();
    private ResourceBundle text;
    private List<String> shownNames = List.of();
    private Quantity quantity = Quantity.PRE_ACTIVATION;
    private StableMax[][] sharedY = new StableMax[0][0];
    private boolean presenter;
    private boolean oneQuantity;

    private final javafx.scene.Node quantityChoice;
    private Runnable onRunsChanged = () -> {};
    /** Style class of the box where the grids are too narrow for their headings at the presenter size. */
    static final String NARROW = "narrow-grids";
    /**
     * Below this width per grid a presenter-size heading takes two lines ("no" / "normalization"), and
     * under 170 pixels breaks inside a word; a size smaller (17 px, as the bands' headings) it reads whole.
     */
    static final double NARROW_GRID = 220;

    /** {@code quantityChoice} (the selector of the one quantity) shows only when there are three runs. */
    NetworkGrids(HBox box, javafx.scene.Node quantityChoice, ResourceBundle text, bnlab.ui.chart.ChartStrings strings) {
        this.box = box;
        this.quantityChoice = quantityChoice;
        this.text = text;
        for (int i = 0; i < MAX_RUNS; i++) grids.add(new HistogramGrid(text, strings));
        box.widthProperty().addListener((o, a, b) -> applyColumns());
    }

    List<HistogramGrid> all() {
        return grids;
    }

    /** The grids in use now (one per run of the session shown). */
    List<HistogramGrid> shown() {
        return grids.subList(0, Math.max(1, Math.min(shownNames.size(), grids.size())));
    }

    int runCount() {
        return shownNames.size();
    }

    /** The quantity each grid shows when there are three runs. */
    void setQuantity(Quantity q) {
        quantity = q;
        applyColumns();
    }

    Quantity quantity() {
        return quantity;
    }

    /** Forget the shown runs: the next {@link #ensure} lays out and heads the grids afresh. */
    void invalidate() {
        shownNames = List.of();
        sharedY = new StableMax[0][0];
    }

    /** Lays out one grid per run, headed by its name; returns whether anything changed. */
    boolean ensure(List<RunSnapshot> runs) {
        List<String> names = VariantLook.names(runs);
        if (names.equals(shownNames)) return false;
        shownNames = names;
        int n = Math.min(runs.size(), grids.size());
        box.getChildren().setAll(grids.subList(0, n));
        for (int i = 0; i < n; i++) {
            HistogramGrid g = grids.get(i);
            HBox.setHgrow(g, Priority.ALWAYS);
            g.setHeading(n == 1 ? "" : VariantLook.name(text, names.get(i)), i);
            g.setVariantColor(n == 1 ? null : VariantLook.color(i));
            if (n == 1) g.releaseYScale();
        }
        alignHeadings(grids.subList(0, n));
        applyColumns();
        sharedY = new StableMax[0][0];
        onRunsChanged.run();
        return true;
    }

    /** Called when the number or the names of the runs shown change (the window's split follows the count). */
    void setOnRunsChanged(Runnable r) {
        onRunsChanged = r;
    }

    /**
     * Every heading as tall as the tallest: a name that takes two lines ("no" / "normalization" on a
     * projector) would otherwise push its network's layers below the others', and layer 1 beside layer 1
     * is what a class compares.
     */
    private static void alignHeadings(List<HistogramGrid> shown) {
        List<javafx.scene.control.Label> labels = shown.stream().map(HistogramGrid::headingLabel).toList();
        List<javafx.beans.Observable> deps = new ArrayList<>();
        for (var l : labels) deps.addAll(List.of(l.widthProperty(), l.textProperty(), l.fontProperty()));
        for (var l : labels) {
            l.minHeightProperty().unbind();
            l.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
                double most = javafx.scene.layout.Region.USE_COMPUTED_SIZE;
                for (var o : labels) if (o.getWidth() > 0) most = Math.max(most, o.prefHeight(o.getWidth()));
                return most;
            }, deps.toArray(javafx.beans.Observable[]::new)));
        }
    }

    /** Presenter mode: larger text, so each histogram needs more width to show its μ/σ and its axis. */
    void setChartStyle(bnlab.ui.chart.ChartStyle style) {
        presenter = style == bnlab.ui.chart.ChartStyle.PRESENTER;
        grids.forEach(g -> g.setChartStyle(style));
        applyColumns();
    }

    /** Whether each grid shows only the chosen quantity now. */
    boolean oneQuantity() {
        return oneQuantity;
    }

    /**
     * Three quantities per run while each histogram gets at least its legible width (112 px, 180 in
     * presenter mode); else (three runs, or a narrow window) one quantity per run, chosen above the grids.
     */
    private void applyColumns() {
        int runs = Math.max(1, shownNames.size());
        double perColumn = presenter ? 180 : 112;
        double needed = runs * (3 * perColumn + 60) + (runs - 1) * box.getSpacing();
        boolean one = runs >= ONE_QUANTITY_FROM || (box.getWidth() > 0 && box.getWidth() < needed);
        oneQuantity = one;
        quantityChoice.setVisible(one);
        quantityChoice.setManaged(one);
        for (HistogramGrid g : grids) g.showOnly(one ? quantity : null);
        // Three grids at 1024 pixels (or beside the Lessons tab): headings a size smaller (app.css), whole words.
        double perGrid = (box.getWidth() - (runs - 1) * box.getSpacing()) / runs;
        box.getStyleClass().remove(NARROW);
        if (presenter && box.getWidth() > 0 && perGrid < NARROW_GRID) box.getStyleClass().add(NARROW);
    }

    /** Every grid of a comparison on one y scale per cell, so the same height means the same share. */
    void shareYScale() {
        List<HistogramGrid> used = shown();
        if (used.size() < 2) return;
        int layers = used.get(0).layerCount();
        for (HistogramGrid g : used) layers = Math.min(layers, g.layerCount());
        if (sharedY.length != layers) {
            sharedY = new StableMax[layers][HistogramGrid.COLUMNS.length];
            for (StableMax[] row : sharedY) for (int c = 0; c < row.length; c++) row[c] = new StableMax(30);
        }
        HistogramGrid.shareYScale(used, sharedY);
    }
}
