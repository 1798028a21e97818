package bnlab.ui;

import bnlab.experiment.ExperimentDefaults;
import java.util.List;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The histogram grids, one per run (grids.fxml), and their heading: the probe size, the one
 * quantity shown when there are three runs, the offset view and which statistics the grids show.
 */
public final class GridsController {
    private final LabModel model;
    private final ViewModel view;
    private final ResourceBundle text;
    private final WindowContext context;
    private NetworkGrids networks;

    @FXML HBox networksBox;
    @FXML Label gridTitle;
    @FXML Label gridModeNote;
    @FXML ComboBox<bnlab.stats.Quantity> gridQuantityBox;
    @FXML ToggleButton ridgelineToggle;

    GridsController(WindowContext context) {
        this.context = context;
        this.model = context.model();
        this.view = context.view();
        this.text = context.text();
    }

    @FXML
    void initialize() {
        networks = new NetworkGrids(networksBox, gridQuantityBox, text, context.strings());
        TranslatedChoices.gridQuantities(gridQuantityBox, text);
        gridQuantityBox.setTooltip(new Tooltip(text.getString("grid.quantityHelp")));
        gridQuantityBox.valueProperty().bindBidirectional(view.gridQuantityProperty());
        view.gridQuantityProperty().addListener((o, a, q) -> { if (q != null) networks.setQuantity(q); });
        networks.setQuantity(view.gridQuantityProperty().get());
        ridgelineToggle.selectedProperty().bindBidirectional(view.offsetViewProperty());
        ridgelineToggle.setTooltip(new Tooltip(text.getString("help.ridgeline")));
        view.offsetViewProperty().addListener((o, a, on) -> showOffsetView(on));
        showOffsetView(view.offsetViewProperty().get());
        view.trainingStatisticsProperty().addListener((o, a, on) -> showStatisticsNote(on));
        showStatisticsNote(view.trainingStatisticsProperty().get());
        model.experimentProperty().addListener((o, a, e) -> showProbeSize());
        showProbeSize();
    }

    private void showOffsetView(boolean on) {
        networks.all().forEach(g -> g.setRidgelineMode(on));
    }

    private void showStatisticsNote(boolean training) {
        gridModeNote.setText(training ? "" : text.getString("grid.runningStatsNote"));
    }

    private void showProbeSize() {
        var e = model.experiment();
        GridTitle.show(gridTitle, text, e == null ? ExperimentDefaults.DEFAULT_PROBE_SIZE : e.probeSize());
    }

    NetworkGrids networks() {
        return networks;
    }

    List<HistogramGrid> grids() {
        return networks.all();
    }
}
