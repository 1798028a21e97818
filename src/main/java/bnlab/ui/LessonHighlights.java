package bnlab.ui;

import bnlab.lessons.ChartHighlight;
import bnlab.lessons.Lesson;
import bnlab.stats.Quantity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Outlines the charts a lesson talks about and brings their tab forward. */
final class LessonHighlights {
    private final List<HistogramGrid> grids;
    private final CurvesPanel curves;
    private final BandsPanel bands;
    private final PredictionsPanel predictions;
    private final DiagnosticsPanel diagnostics;
    private final TabPane detailTabs;
    private final Tab bandsTab;
    private final Tab predictionsTab;
    private final Tab diagnosticsTab;
    private final ComboBox<Quantity> bandQuantity;
    private final CheckBox unitOnly;
    private LandscapePanel landscape;
    private Tab landscapeTab;
    private InsideNormPanel inside;
    private Tab insideTab;

    LessonHighlights(List<HistogramGrid> grids, CurvesPanel curves, BandsPanel bands, PredictionsPanel predictions,
            DiagnosticsPanel diagnostics, TabPane detailTabs, Tab bandsTab, Tab predictionsTab, Tab diagnosticsTab,
            ComboBox<Quantity> bandQuantity, CheckBox unitOnly) {
        this.grids = grids;
        this.curves = curves;
        this.bands = bands;
        this.predictions = predictions;
        this.diagnostics = diagnostics;
        this.detailTabs = detailTabs;
        this.bandsTab = bandsTab;
        this.predictionsTab = predictionsTab;
        this.diagnosticsTab = diagnosticsTab;
        this.bandQuantity = bandQuantity;
        this.unitOnly = unitOnly;
    }

    /** The views lesson 10 points at (added after the others, so the constructor stays as it was). */
    void setLessonTenViews(LandscapePanel landscapeView, Tab landscapeTabOfIt, InsideNormPanel insideView, Tab insideTabOfIt) {
        landscape = landscapeView;
        landscapeTab = landscapeTabOfIt;
        inside = insideView;
        insideTab = insideTabOfIt;
    }

    /** Shows {@code lesson}'s highlights; null clears them. */
    void show(Lesson lesson) {
        show(lesson == null ? List.of() : lesson.highlights());
    }

    /** Shows these highlights (a guided step's); an empty list clears them. */
    void show(List<ChartHighlight> highlighted) {
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
                    tab = tab == null ? bandsTab : tab;
                }
                case LOSS -> loss = true;
                case ACCURACY -> accuracy = true;
                case GRADIENT_NORM -> gradientNorm = true;
                case DIAGNOSTICS -> {
                    diagnosticsOn = true;
                    tab = tab == null ? diagnosticsTab : tab;
                }
                case LANDSCAPE -> {
                    landscapeOn = true;
                    tab = tab == null ? landscapeTab : tab;
                }
                case INSIDE -> {
                    insideOn = true;
                    tab = tab == null ? insideTab : tab;
                }
                case BOUNDARY, EXAMPLES -> {
                    predictionsOn = true;
                    tab = tab == null ? predictionsTab : tab;
                }
            }
        }
        grids.forEach(g -> g.setHighlights(columns));
        bands.setHighlightedLayers(bandLayers);
        // A lesson about particular layers' bands follows one unit, as Figure 1 of the paper does.
        if (bandLayers != null && !bandLayers.isEmpty()) {
            bandQuantity.setValue(Quantity.PRE_ACTIVATION);
            unitOnly.setSelected(true);
        }
        HistogramGrid.mark(curves.lossView(), loss);
        HistogramGrid.mark(curves.accuracyView(), accuracy);
        curves.setGradientNormHighlighted(gradientNorm);
        HistogramGrid.mark(curves.gradientNormView(), gradientNorm);
        HistogramGrid.mark(diagnostics, diagnosticsOn);
        HistogramGrid.mark(predictions, predictionsOn);
        if (landscape != null) HistogramGrid.mark(landscape, landscapeOn);
        if (inside != null) HistogramGrid.mark(inside, insideOn);
        if (tab != null) detailTabs.getSelectionModel().select(tab);
    }
}
