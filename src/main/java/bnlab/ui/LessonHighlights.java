package bnlab.ui;

import bnlab.lessons.ChartHighlight;
import bnlab.stats.Quantity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Tab;

/**
 * Outlines the charts the view model's highlighted charts name (a lesson's, or a guided step's) and
 * brings their tab forward.
 */
final class LessonHighlights {
    private final List<HistogramGrid> grids;
    private final ChartsController charts;
    private final ViewModel view;

    LessonHighlights(List<HistogramGrid> grids, ChartsController charts, ViewModel view) {
        this.grids = grids;
        this.charts = charts;
        this.view = view;
        view.highlightedCharts().addListener((javafx.collections.ListChangeListener<ChartHighlight>) c -> show(List.copyOf(view.highlightedCharts())));
        show(List.copyOf(view.highlightedCharts()));
    }

    /** Shows these highlights (a guided step's); an empty list clears them. */
    private void show(List<ChartHighlight> highlighted) {
        CurvesPanel curves = charts.curves;
        Map<Quantity, List<Integer>> columns = new EnumMap<>(Quantity.class);
        List<Integer> bandLayers = null;
        boolean loss = false;
        boolean accuracy = false;
        boolean gradientNorm = false;
        boolean diagnosticsOn = false;
        boolean predictionsOn = false;
        boolean landscapeOn = false;
        boolean insideOn = false;
        Tab tab = null;
        for (ChartHighlight h : highlighted) {
            switch (h.chart()) {
                case HISTOGRAM_PRE_ACTIVATION -> columns.put(Quantity.PRE_ACTIVATION, h.layers());
                case HISTOGRAM_ACTIVATION -> columns.put(Quantity.ACTIVATION, h.layers());
                case HISTOGRAM_GRADIENT -> columns.put(Quantity.GRADIENT, h.layers());
                case BANDS -> {
                    bandLayers = h.layers();
                    tab = tab == null ? charts.bandsTab : tab;
                }
                case LOSS -> loss = true;
                case ACCURACY -> accuracy = true;
                case GRADIENT_NORM -> gradientNorm = true;
                case DIAGNOSTICS -> {
                    diagnosticsOn = true;
                    tab = tab == null ? charts.diagnosticsTab : tab;
                }
                case LANDSCAPE -> {
                    landscapeOn = true;
                    tab = tab == null ? charts.landscapeTab : tab;
                }
                case INSIDE -> {
                    insideOn = true;
                    tab = tab == null ? charts.insideTab : tab;
                }
                case BOUNDARY, EXAMPLES -> {
                    predictionsOn = true;
                    tab = tab == null ? charts.predictionsTab : tab;
                }
            }
        }
        grids.forEach(g -> g.setHighlights(columns));
        charts.bands.setHighlightedLayers(bandLayers);
        // A lesson about particular layers' bands follows one unit, as Figure 1 of the paper does.
        if (bandLayers != null && !bandLayers.isEmpty()) {
            view.bandQuantityProperty().set(Quantity.PRE_ACTIVATION);
            view.bandUnitOnlyProperty().set(true);
        }
        HistogramGrid.mark(curves.lossView(), loss);
        HistogramGrid.mark(curves.accuracyView(), accuracy);
        curves.setGradientNormHighlighted(gradientNorm);
        HistogramGrid.mark(curves.gradientNormView(), gradientNorm);
        HistogramGrid.mark(charts.diagnostics, diagnosticsOn);
        HistogramGrid.mark(charts.predictions, predictionsOn);
        HistogramGrid.mark(charts.landscape, landscapeOn);
        HistogramGrid.mark(charts.inside, insideOn);
        if (tab != null) charts.detailTabs.getSelectionModel().select(tab);
    }
}
