package bnlab.ui;

import bnlab.experiment.Experiment;
import bnlab.experiment.Variants;
import bnlab.stats.Quantity;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The charts beside the grids (charts.fxml): the loss, accuracy and gradient-norm curves, and the
 * detail tabs (bands, predictions, diagnostics, inside BN, the loss landscape, a sweep).
 */
public final class ChartsController {
    private final LabModel model;
    private final ViewModel view;
    private final ResourceBundle text;
    private final WindowContext context;

    @FXML HBox curvesHolder;
    @FXML TabPane detailTabs;
    @FXML Tab torchTab;
    @FXML TorchCodeController torchController;
    @FXML Tab bandsTab;
    @FXML Tab predictionsTab;
    @FXML Tab diagnosticsTab;
    @FXML Tab insideTab;
    @FXML Tab landscapeTab;
    @FXML Tab sweepTab;
    @FXML SweepController sweepController;
    @FXML VBox bandsHolder;
    @FXML VBox predictionsHolder;
    @FXML VBox diagnosticsHolder;
    @FXML VBox insideHolder;
    @FXML VBox landscapeHolder;
    @FXML ComboBox<Quantity> bandQuantityBox;
    @FXML CheckBox unitOnlyBox;

    CurvesPanel curves;
    BandsPanel bands;
    PredictionsPanel predictions;
    DiagnosticsPanel diagnostics;
    InsideNormPanel inside;
    LandscapePanel landscape;

    ChartsController(WindowContext context) {
        this.context = context;
        this.model = context.model();
        this.view = context.view();
        this.text = context.text();
    }

    @FXML
    void initialize() {
        var strings = context.strings();
        curves = new CurvesPanel(text);
        curves.setStrings(strings);
        curvesHolder.getChildren().add(curves);
        HBox.setHgrow(curves, Priority.ALWAYS);
        bands = new BandsPanel(text, strings);
        predictions = new PredictionsPanel(text, strings);
        diagnostics = new DiagnosticsPanel(text);
        diagnostics.setStrings(strings);
        inside = new InsideNormPanel(text, this::inspectLayer);
        inside.setStrings(strings);
        landscape = new LandscapePanel(text);
        landscape.setStrings(strings);
        add(bandsHolder, bands);
        add(predictionsHolder, predictions);
        add(diagnosticsHolder, diagnostics);
        insideHolder.getChildren().add(inside);
        add(landscapeHolder, landscape);

        TranslatedChoices.quantities(bandQuantityBox, text);
        bandQuantityBox.valueProperty().bindBidirectional(view.bandQuantityProperty());
        unitOnlyBox.selectedProperty().bindBidirectional(view.bandUnitOnlyProperty());
        view.bandQuantityProperty().addListener((o, a, q) -> bands.setQuantity(q));
        view.bandUnitOnlyProperty().addListener((o, a, on) -> bands.setUnitOnly(on));
        bands.setQuantity(view.bandQuantityProperty().get());
        bands.setUnitOnly(view.bandUnitOnlyProperty().get());

        model.experimentProperty().addListener((o, a, e) -> showClipping(e));
        showClipping(model.experiment());
        model.sessionProperty().addListener((o, a, s) -> predictions.setData(model.dataProperty().get()));
        predictions.setData(model.dataProperty().get());
    }

    private static void add(VBox holder, javafx.scene.layout.Region panel) {
        holder.getChildren().add(panel);
        VBox.setVgrow(panel, Priority.ALWAYS);
    }

    private void showClipping(Experiment e) {
        if (e == null) return;
        curves.setClipping(e.optimizer().gradientClip() > 0
                || Variants.resolve(e).stream().anyMatch(v -> v.experiment().optimizer().gradientClip() > 0));
    }

    /** The Inside BN view follows {@code layer} of network {@code name} from its next training step. */
    private void inspectLayer(String name, int layer) {
        var session = model.session();
        if (session == null) return;
        for (var run : session.runs()) if (run.name().equals(name)) run.inspectLayer(layer);
    }

    /** Shows layer {@code layer} of network {@code network} in the Inside BN tab. */
    void inspect(int network, int layer) {
        inside.choose(network, layer);
        detailTabs.getSelectionModel().select(insideTab);
    }

    /** The PyTorch tab's controller; for tests. */
    TorchCodeController torch() {
        return torchController;
    }
}
