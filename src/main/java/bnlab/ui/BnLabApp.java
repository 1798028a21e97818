package bnlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. */
public class BnLabApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("BatchNorm Lab");
        stage.setScene(new Scene(new Label("BatchNorm Lab"), 640, 400));
        stage.show();
    }
}
