package bnlab.ui;

import bnlab.ui.chart.ChartStyle;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The window's two looks: normal, and presenter mode for a projector (larger fonts and lines,
 * the settings out of the way, the charts given the room). Full screen is the stage's business
 * and is switched by the caller; this is only the layout, so a test can check it at any size.
 */
final class PresenterLayout {
    private final BorderPane root;
    private final TabPane sideTabs;
    private final Tab lessonsTab;
    private final SplitPane mainSplit;
    private final HBox curvesHolder;
    private final NetworkGrids networks;
    private final CurvesPanel curves;
    private final BandsPanel bands;
    private final PredictionsPanel predictions;
    private final DiagnosticsPanel diagnostics;
    private final FocusView focus;
    private final java.util.List<java.util.function.Consumer<ChartStyle>> others = new java.util.ArrayList<>();

    PresenterLayout(BorderPane root, TabPane sideTabs, Tab lessonsTab, SplitPane mainSplit, HBox curvesHolder,
            NetworkGrids networks, CurvesPanel curves, BandsPanel bands, PredictionsPanel predictions,
            DiagnosticsPanel diagnostics, FocusView focus) {
        this.root = root;
        this.sideTabs = sideTabs;
        this.lessonsTab = lessonsTab;
        this.mainSplit = mainSplit;
        this.curvesHolder = curvesHolder;
        this.networks = networks;
        this.curves = curves;
        this.bands = bands;
        this.predictions = predictions;
        this.diagnostics = diagnostics;
        this.focus = focus;
        // The focus view fills the window: where the side panel would leave it too little room
        // (1024 pixels wide with the settings open), the panel steps aside until the view closes.
        focus.visibleProperty().addListener((o, a, b) -> applySide());
        root.widthProperty().addListener((o, a, b) -> {
            applySide();
            if (presenter) mainSplit.setDividerPositions(presenterDivider());
        });
        curves.gradientNormView().visibleProperty().addListener((o, a, b) -> {
            if (presenter) mainSplit.setDividerPositions(presenterDivider());
        });
        sideTabs.visibleProperty().addListener((o, a, b) -> {
            if (presenter) mainSplit.setDividerPositions(presenterDivider());
        });
        networks.setOnRunsChanged(() -> {
            if (presenter) mainSplit.setDividerPositions(presenterDivider());
        });
    }

    /** Narrower than this, the charts beside the Lessons tab give the right column more than a third. */
    static final double NARROW_CENTER = 800;

    /**
     * On a projector the histograms take two thirds; at 1024 pixels a third curve chart (the gradient
     * norm) gets the right column a little more, or the three charts' captions and markers do not fit;
     * so does the Lessons tab beside the charts (at 1024 pixels a third of the rest would leave the
     * loss and accuracy plots a few pixels wide and the smoothing slider cut at the window's edge),
     * a little less with three networks, whose three grids need the width more.
     */
    private double presenterDivider() {
        double center = root.getWidth() - (sideTabs.isVisible() ? sideTabs.prefWidth(-1) : 0);
        if (sideTabs.isVisible() && center < NARROW_CENTER) return networks.runCount() >= 3 ? 0.62 : 0.58;
        return curves.gradientNormShown() && root.getWidth() < 1100 ? 0.62 : 0.66;
    }

    /** The width below which the focus view's three histograms, bands and curves are no longer legible. */
    static final double FOCUS_MIN_WIDTH = 960;

    private boolean presenter;

    private void applySide() {
        boolean focusNeedsRoom = focus.isVisible() && root.getWidth() - sideTabs.prefWidth(-1) < FOCUS_MIN_WIDTH;
        // The projector needs every pixel for the charts: settings step aside, a lesson's text stays.
        boolean keepSide = (!presenter || sideTabs.getSelectionModel().getSelectedItem() == lessonsTab) && !focusNeedsRoom;
        sideTabs.setVisible(keepSide);
        sideTabs.setManaged(keepSide);
    }

    /** Another view that takes the presenter style (a tab added beside the built-in ones). */
    void alsoStyle(java.util.function.Consumer<ChartStyle> view) {
        others.add(view);
    }

    void apply(boolean on) {
        ChartStyle style = on ? ChartStyle.PRESENTER : ChartStyle.DEFAULT;
        root.getStyleClass().remove("presenter");
        if (on) root.getStyleClass().add("presenter");
        presenter = on;
        applySide();
        mainSplit.setDividerPositions(on ? presenterDivider() : 0.6);
        // Room for the larger legend and still a curve; the tabs below scroll rather than squash it.
        curvesHolder.setPrefHeight(on ? 330 : 260);
        curvesHolder.setMinHeight(on ? 280 : 230);
        networks.setChartStyle(style);
        curves.setChartStyle(style);
        bands.setChartStyle(style);
        predictions.setChartStyle(style);
        diagnostics.setChartStyle(style);
        focus.setChartStyle(style);
        others.forEach(v -> v.accept(style));
    }
}
