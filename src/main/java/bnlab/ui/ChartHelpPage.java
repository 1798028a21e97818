package bnlab.ui;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help → "What each chart shows": the one-sentence help every chart shows on hover
 * ({@link HelpTips}), gathered on one page, each under the chart's name.
 */
final class ChartHelpPage {
    /** The charts, in the order they appear in the window; each has help.&lt;id&gt; and chartHelp.&lt;id&gt;. */
    static final List<String> CHARTS = List.of("histogram.pre_activation", "histogram.activation", "histogram.gradient",
            "histogram.common", "ridgeline", "loss", "accuracy", "gradientNorm", "bands", "bandsUnit", "boundary", "examples",
            "updateRatio", "weights", "weightGrads", "inside", "insideGammaBeta", "insideLayerParams", "landscapeLoss",
            "landscapeGrad");

    private ChartHelpPage() {}

    /** The page's content: the intro, then a name and its sentence per chart. */
    static VBox content(ResourceBundle text) {
        VBox box = new VBox(6);
        box.getStyleClass().add("chart-help");
        Label intro = new Label(text.getString("chartHelp.intro"));
        intro.setWrapText(true);
        box.getChildren().add(intro);
        for (String id : CHARTS) {
            Label name = new Label(text.getString("chartHelp." + id));
            name.getStyleClass().add("chart-help-name");
            name.setStyle("-fx-font-weight: bold;");
            Label help = new Label(text.getString("help." + id));
            help.setWrapText(true);
            box.getChildren().addAll(name, help);
        }
        box.setPrefWidth(600);
        return box;
    }

    static void show(Window owner, ResourceBundle text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(text.getString("menu.chartHelp"));
        a.setHeaderText(text.getString("menu.chartHelp"));
        ScrollPane scroll = new ScrollPane(content(text));
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 480);
        a.getDialogPane().setContent(scroll);
        a.setResizable(true);
        a.show();
    }
}
