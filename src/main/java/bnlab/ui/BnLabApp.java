package bnlab.ui;

import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.InvalidExperimentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The desktop app. The window's contents are rebuilt when the language changes; the model (and
 * the training running in it) carries on untouched.
 */
public class BnLabApp extends Application {
    /** The experiment shown at start: the BN paper's Figure 1 on Fashion-MNIST, in compare mode. */
    static final String START_EXPERIMENT = "/bnlab/ui/start-experiment.json";

    private final LabModel model = new LabModel();
    private final ViewModel view = new ViewModel();
    private Stage stage;
    // Removed when the app stops: the stage can outlive it (the tests start one app after another on one stage).
    private javafx.beans.value.ChangeListener<Boolean> fullScreenFollower;
    private FailureDialogs failures;
    private Scene scene;
    private MainController controller;
    private Locale locale = Messages.supported(Locale.getDefault());

    /** Held so that the filter below is not collected with a weakly referenced logger. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /**
     * Starts the window from a plain class-path jar. JavaFX then warns at every start that it was
     * not loaded as modules ("Unsupported JavaFX configuration"); that is this jar's deliberate
     * layout, so exactly that line is dropped and every other JavaFX message still shows.
     */
    public static void launchFromClassPath(String... args) {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        launch(BnLabApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        // A bug must not take the lesson down with it: say so, and carry on.
        failures = new FailureDialogs(() -> stage, () -> Messages.bundle(locale));
        Thread.currentThread().setUncaughtExceptionHandler(failures::uncaught);
        Thread.setDefaultUncaughtExceptionHandler(failures::uncaught);
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(new javafx.scene.layout.Pane(), Math.min(1600, screen.getWidth()),
                Math.min(1000, screen.getHeight()));
        scene.getStylesheets().add(BnLabApp.class.getResource("/bnlab/ui/app.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (controller != null) controller.handleKey(e);
        });
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcon.images());
        stage.setMinWidth(1000);
        stage.setMinHeight(680);
        fullScreenFollower = (o, a, full) -> view.presenterProperty().set(full);
        stage.fullScreenProperty().addListener(fullScreenFollower);
        stage.setFullScreenExitHint("");
        var named = getParameters().getNamed();
        var flags = getParameters().getUnnamed();
        if (named.containsKey("lang")) locale = "zh".equals(named.get("lang")) ? Messages.CHINESE : Locale.ROOT;
        view.languageProperty().set(Messages.supported(locale));
        showWindow(view.languageProperty().get());
        view.languageProperty().addListener((o, a, l) -> showWindow(l));
        stage.show();
        if (flags.contains("--presenter")) view.presenterProperty().set(true);
        if (named.containsKey("speed")) model.setSpeed(Double.parseDouble(named.get("speed")));
        if (named.containsKey("experiment")) {
            controller.openExperimentFile(Path.of(named.get("experiment")));
        } else {
            controller.load(startExperiment(), Path.of(".").toAbsolutePath());
        }
        if (flags.contains("--play") || named.containsKey("measure")) {
            // Play as soon as the session is ready (loading runs in the background).
            model.sessionProperty().addListener((o, a, s) -> {
                if (s != null && a == null) {
                    model.play();
                    if (named.containsKey("measure")) new FrameRateBenchmark(this, Double.parseDouble(named.get("measure"))).start();
                    if (named.containsKey("record")) recordThenQuit(named);
                }
            });
        }
    }

    /** Exit status of a scripted run ({@code app --record}): 0 when the GIF was written, 1 if not. */
    private static volatile int exitStatus;

    public static int exitStatus() {
        return exitStatus;
    }

    /** {@code bnlab app … --record FILE --record-seconds S}: records the charts, says what it wrote, quits. */
    private void recordThenQuit(java.util.Map<String, String> named) {
        Path file = Path.of(named.get("record"));
        double seconds = Double.parseDouble(named.getOrDefault("record-seconds", "20"));
        // A second's grace, so that the first frame shows charts rather than "no data yet".
        var grace = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        grace.setOnFinished(e -> recordFor(file, seconds));
        grace.play();
    }

    private void recordFor(Path file, double seconds) {
        controller.recorder().start(file, seconds, (result, error) -> {
            if (result == null) {
                System.err.println("The recording could not be written to " + file + ": " + error.getMessage());
                exitStatus = 1;
            } else {
                System.out.printf(Locale.ROOT, "Recorded %s: %d frames of %d x %d pixels, %d dropped, %.1f MB%n",
                        result.file(), result.frames(), result.width(), result.height(), result.dropped(),
                        result.bytes() / 1e6);
                exitStatus = 0;
            }
            javafx.application.Platform.exit();
        });
    }

    static Experiment startExperiment() {
        try (InputStream in = BnLabApp.class.getResourceAsStream(START_EXPERIMENT)) {
            return ExperimentJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "start-experiment.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidExperimentException e) {
            throw new IllegalStateException("the built-in experiment is invalid: " + e.getMessage(), e);
        }
    }

    /** Builds the window's contents in {@code newLocale}; keeps the two models and the session. */
    void showWindow(Locale newLocale) {
        locale = Messages.supported(newLocale);
        ResourceBundle text = Messages.bundle(locale);
        var context = new WindowContext(model, view, text, bnlab.ui.chart.ChartStrings.forLocale(text.getLocale()),
                new WindowActions(model, view, text, () -> stage));
        FXMLLoader loader = new FXMLLoader(BnLabApp.class.getResource("/bnlab/ui/main.fxml"), text);
        loader.setControllerFactory(type -> panelController(type, context));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (controller != null) controller.dispose();
        controller = loader.getController();
        controller.liveView().setOnFailed(failures::showFailedRun);
        scene.setRoot(root);
        stage.setTitle(text.getString("app.title"));
    }

    /** Every panel's controller is built with the window's context: the one constructor it has. */
    private static Object panelController(Class<?> type, WindowContext context) {
        try {
            var constructor = type.getDeclaredConstructor(WindowContext.class);
            constructor.setAccessible(true);
            return constructor.newInstance(context);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " must have a constructor taking the WindowContext", e);
        }
    }

    MainController controller() {
        return controller;
    }

    LabModel model() {
        return model;
    }

    ViewModel view() {
        return view;
    }

    Stage stage() {
        return stage;
    }

    @Override
    public void stop() {
        if (controller != null) {
            var recording = controller.recorder().stop();
            controller.dispose();
            // A recording in progress is finished, not cut off, when the window closes.
            try {
                recording.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // its own handler has reported a failed recording
            }
        }
        model.shutdown();
        if (stage != null && fullScreenFollower != null) stage.fullScreenProperty().removeListener(fullScreenFollower);
    }

    /** Shows internal errors and failed runs, each once; for the window and tests. */
    FailureDialogs failures() {
        return failures;
    }
}
