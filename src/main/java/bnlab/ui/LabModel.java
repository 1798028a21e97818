package bnlab.ui;

import bnlab.data.DatasetException;
import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentValidator;
import bnlab.experiment.InvalidExperimentException;
import bnlab.experiment.RunPlan;
import bnlab.train.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The app's state: the experiment, its data and the training session, plus the view switches.
 * Loading data and building networks happen off the FX thread; the old session keeps running
 * until the new one is ready, and stays if loading fails.
 */
public final class LabModel {
    private final ReadOnlyObjectWrapper<Experiment> experiment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DatasetSplit> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper resetting = new ReadOnlyBooleanWrapper();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final BooleanProperty normalizationOn = new SimpleBooleanProperty(true);
    private final DoubleProperty speed = new SimpleDoubleProperty(0);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(Double.NaN);
    private final ObjectProperty<Path> baseDir = new SimpleObjectProperty<>(Path.of("."));
    private final ObjectProperty<bnlab.lessons.Lesson> lesson = new SimpleObjectProperty<>();
    private bnlab.lessons.LessonCatalog lessons;
    private long generation;

    public ReadOnlyObjectProperty<Experiment> experimentProperty() {
        return experiment.getReadOnlyProperty();
    }

    public Experiment experiment() {
        return experiment.get();
    }

    public ReadOnlyObjectProperty<DatasetSplit> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Session session() {
        return session.get();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public BooleanProperty normalizationOnProperty() {
        return normalizationOn;
    }

    /** Steps per second; 0 is as fast as possible. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The learning rate the runs train at now (the experiment's, until it is changed live); NaN before a load. */
    public ReadOnlyDoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** The lesson whose experiment is loaded (its charts are highlighted), or null. */
    public ObjectProperty<bnlab.lessons.Lesson> lessonProperty() {
        return lesson;
    }

    /** The shipped lessons, read once. */
    public bnlab.lessons.LessonCatalog lessons() {
        if (lessons == null) lessons = bnlab.lessons.LessonCatalog.load();
        return lessons;
    }

    /** The folder relative dataset paths of the current experiment resolve against. */
    public ObjectProperty<Path> baseDirProperty() {
        return baseDir;
    }

    /**
     * Validates {@code e}, loads its data and builds its networks in the background, then replaces
     * the current session (paused at step 0). On any problem {@code onError} gets a message and
     * everything stays as it was.
     */
    public void load(Experiment e, Path dir, Consumer<String> onError, Runnable onLoaded) {
        List<String> problems = ExperimentValidator.problems(e);
        if (!problems.isEmpty()) {
            onError.accept(new InvalidExperimentException(e.name(), problems).getMessage());
            return;
        }
        long mine = ++generation;
        loading.set(true);
        CompletableFuture.supplyAsync(() -> {
            try {
                DatasetSplit split = DatasetLoader.load(e.dataset(), e.seed(), dir);
                bnlab.experiment.DataFit.check(e, split);
                return new Loaded(split, new Session(RunPlan.runs(e, split, true), split, null));
            } catch (DatasetException ex) {
                throw new CompletionException(ex);
            }
        }).whenComplete((loaded, failure) -> Platform.runLater(() -> {
            if (mine != generation) { // a newer load superseded this one
                if (loaded != null) loaded.session().close();
                return;
            }
            loading.set(false);
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                onError.accept(cause instanceof DatasetException ? cause.getMessage() : String.valueOf(cause));
                return;
            }
            Session old = session.get();
            if (old != null) old.close();
            experiment.set(e);
            baseDir.set(dir);
            data.set(loaded.data());
            playing.set(false);
            normalizationOn.set(!"none".equals(e.normalization().kind()));
            learningRate.set(e.optimizer().learningRate());
            loaded.session().setSpeedLimit(speed.get());
            loaded.session().start(false); // before anyone can send it "play"
            session.set(loaded.session());
            onLoaded.run();
        }));
    }

    private record Loaded(DatasetSplit data, Session session) {}

    public void play() {
        Session s = session.get();
        if (s == null) return;
        s.play();
        playing.set(true);
    }

    public void pause() {
        Session s = session.get();
        if (s == null) return;
        s.pause();
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) pause();
        else play();
    }

    public void step() {
        Session s = session.get();
        if (s == null) return;
        s.stepOnce();
        playing.set(false);
    }

    /**
     * Back to step 0, keeping the switch position and the live learning rate; the new networks are
     * built off the FX thread. Paused, unless Play is pressed while they are being built: then the
     * new networks play as soon as they are ready (Play during the build reaches the old ones, which
     * are about to stop). A reset that fails gives {@code onError} its reason; the old runs stay.
     */
    public void reset(Consumer<String> onError) {
        Session s = session.get();
        if (s == null) return;
        playing.set(false);
        boolean on = normalizationOn.get();
        double rate = learningRate.get();
        double configured = experiment.get().optimizer().learningRate();
        boolean changed = Math.abs(rate - configured) > 1e-9 * configured;
        resetting.set(true);
        CompletableFuture.runAsync(() -> {
            try {
                s.reset();
            } catch (Session.ResetFailedException ex) {
                System.err.println(ex.getMessage()); // TODO(ui): show it in the window
                return;
            }
            s.setNormalizationEnabled(on);
            if (changed) s.setLearningRate(rate);
        }).whenComplete((done, failure) -> Platform.runLater(() -> {
            resetting.set(false);
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                playing.set(false);
                onError.accept(cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage());
                return;
            }
            if (session.get() == s && playing.get()) s.play();
        }));
    }

    /** True while a reset is building the new networks. */
    public ReadOnlyBooleanProperty resettingProperty() {
        return resetting.getReadOnlyProperty();
    }

    public boolean hasNormalization() {
        Experiment e = experiment.get();
        return e != null && !"none".equals(e.normalization().kind());
    }

    /** The live switch: applied to the running network at once, its state kept. */
    public void setNormalizationOn(boolean on) {
        normalizationOn.set(on);
        Session s = session.get();
        if (s != null) s.setNormalizationEnabled(on);
    }

    public void setSpeed(double stepsPerSecond) {
        speed.set(stepsPerSecond);
        Session s = session.get();
        if (s != null) s.setSpeedLimit(stepsPerSecond);
    }

    /** The live learning rate: the runs train at {@code lr} from their next step. */
    public void setLearningRate(double lr) {
        if (lr == learningRate.get()) return;
        learningRate.set(lr);
        Session s = session.get();
        if (s != null) s.setLearningRate(lr);
    }

    /** Shows {@code lr} as the rate without sending it: a guided step has scheduled it in the session itself. */
    public void showLearningRate(double lr) {
        learningRate.set(lr);
    }

    public void shutdown() {
        Session s = session.get();
        if (s != null) s.close();
    }

}
