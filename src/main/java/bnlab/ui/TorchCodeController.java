package bnlab.ui;

import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.export.TorchExport;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The PyTorch tab (torch.fxml): the current network's model, optimizer and training step as
 * File ▸ Export as PyTorch… writes them into train.py, following the settings as they are edited,
 * with comments in the window's language. Writing the code is string work only: nothing is read.
 */
public final class TorchCodeController {
    private final LabModel model;
    private final ViewModel view;
    private final ResourceBundle text;

    @FXML TextArea codeArea;

    TorchCodeController(WindowContext context) {
        this.model = context.model();
        this.view = context.view();
        this.text = context.text();
    }

    @FXML
    void initialize() {
        InvalidationListener update = o -> show();
        view.editedExperimentProperty().addListener(update);
        model.experimentProperty().addListener(update);
        model.dataProperty().addListener(update);
        show();
    }

    private void show() {
        Experiment e = view.editedExperimentProperty().get() != null ? view.editedExperimentProperty().get() : model.experiment();
        DatasetSplit data = model.dataProperty().get();
        if (e == null || data == null) {
            codeArea.setText(text.getString("torch.waiting"));
            return;
        }
        try {
            String code = TorchExport.modelAndStep(e, data.train().featureCount(), data.train().classCount(),
                    view.languageProperty().get());
            codeArea.setText(MessageFormat.format(text.getString("torch.header"), e.name()) + "\n\n" + code);
        } catch (RuntimeException ex) { // settings that do not make a network yet, e.g. a variant being typed
            codeArea.setText(MessageFormat.format(text.getString("torch.unavailable"), ex.getMessage()));
        }
    }

    /** The whole code, for pasting into an editor or a notebook. */
    @FXML
    void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(codeArea.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The code shown; for tests. */
    String code() {
        return codeArea.getText();
    }
}
