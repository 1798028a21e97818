package bnlab.ui;

import bnlab.lessons.Answer;
import bnlab.lessons.ChartHighlight;
import bnlab.lessons.GuidedPlan;
import bnlab.lessons.GuidedStep;
import bnlab.lessons.Lesson;
import bnlab.lessons.StepActions;
import bnlab.train.RunSnapshot;
import bnlab.train.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * A guided lesson in progress: which step is shown, whether its network has got where the step
 * leads, and the class's predictions. Actions go to the session as scheduled commands
 * ({@link StepActions}); a light timer watches the published snapshots until the runs have
 * arrived, so the FX thread never waits for training. Back retrains from step 0 to where the
 * step began, with the same seeds, so the networks come out exactly as they were.
 */
final class GuidedLesson {
    /** What the window does for a guided lesson (hooks into the main window). */
    interface Window {
        /** Loads the lesson's experiment (paused at step 0). */
        void load(Lesson lesson);

        void highlight(List<ChartHighlight> highlights);

        void showTrainingStatistics(boolean on);

        void showOffsetView(boolean on);

        /** Shows the learning rate on the slider without sending it to the session (the step schedules it). */
        void showLearningRate(double learningRate);

        /** Redraw the charts now. */
        void refresh();
    }

    /** Where the shown step stands. */
    enum Phase {
        /** The lesson's experiment is loading. */
        LOADING,
        /** Retraining from step 0 to where the step began. */
        REPLAYING,
        /** Waiting for the previous step's training to reach where this one begins. */
        ARRIVING,
        /** At the step's beginning; its question waits for a prediction (or Next). */
        ASKING,
        /** The step's actions are running (training to its target). */
        RUNNING,
        /** The step's actions are done. */
        SETTLED,
        /** After the last step: the summary. */
        FINISHED
    }

    private final LabModel model;
    private final Window window;
    private final Runnable changed;
    private final Timeline poll;
    private Lesson lesson;
    private GuidedPlan plan;
    private int number;
    private Phase phase;
    private GuidedPlan.Start awaited;
    private volatile boolean replayDone;
    private volatile String problem;
    private List<RunSnapshot> atBeginning;
    private final Map<Integer, String> predictions = new LinkedHashMap<>();
    private final Map<Integer, Answer> answers = new LinkedHashMap<>();

    /** @param changed called on the FX thread whenever the step, phase or an answer changes */
    GuidedLesson(LabModel model, Window window, Runnable changed) {
        this.model = model;
        this.window = window;
        this.changed = changed;
        poll = new Timeline(new KeyFrame(Duration.millis(50), e -> check()));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts {@code l} from its first step: loads its experiment and waits until it is ready. */
    void start(Lesson l, boolean trainingStatistics, boolean offsetView) {
        lesson = l;
        plan = new GuidedPlan(l, trainingStatistics, offsetView);
        predictions.clear();
        answers.clear();
        number = 1;
        awaited = plan.startOf(1);
        phase = Phase.LOADING;
        window.load(l);
        poll.play();
        changed.run();
    }

    /** Leaves the lesson; training stays where it is. */
    void stop() {
        poll.stop();
        lesson = null;
    }

    boolean active() {
        return lesson != null;
    }

    Lesson lesson() {
        return lesson;
    }

    int number() {
        return number;
    }

    GuidedStep step() {
        return lesson.steps().get(number - 1);
    }

    Phase phase() {
        return phase;
    }

    /** The training step the runs are heading for (or at). */
    long targetStep() {
        return awaited == null ? 0 : awaited.step();
    }

    /** Why going back failed, or null. */
    String problem() {
        return problem;
    }

    String prediction(int step) {
        return predictions.get(step);
    }

    Answer answer(int step) {
        return answers.get(step);
    }

    Map<Integer, String> predictions() {
        return predictions;
    }

    Map<Integer, Answer> answers() {
        return answers;
    }

    /** A choice clicked: the class's prediction; the step then runs and shows the network's answer. */
    void predict(String key) {
        if (phase != Phase.ASKING) return;
        predictions.put(number, key);
        runActions();
    }

    /** Next (→, Page Down): shows the answer if the question waits; otherwise the next step (or the summary). */
    void next() {
        if (lesson == null || phase == Phase.LOADING || phase == Phase.REPLAYING || phase == Phase.FINISHED) return;
        if (phase == Phase.ASKING) {
            runActions();
            return;
        }
        if (number == lesson.steps().size()) {
            if (phase != Phase.SETTLED) return; // the last step's training is still running
            phase = Phase.FINISHED;
            changed.run();
            return;
        }
        number++;
        awaited = plan.startOf(number);
        // The previous step's training may still be on its way to where this one begins.
        phase = Phase.ARRIVING;
        poll.play();
        check();
        changed.run();
    }

    /** Back (←, Page Up): the step before, in the state it began in (from the summary: the last step). */
    void back() {
        if (lesson == null || phase == Phase.LOADING) return;
        if (phase == Phase.FINISHED) number = lesson.steps().size();
        else if (number > 1) number--;
        replayTo(number);
    }

    private void replayTo(int n) {
        Session session = model.session();
        if (session == null) return;
        awaited = plan.startOf(n);
        phase = Phase.REPLAYING;
        replayDone = false;
        problem = null;
        answers.remove(n);
        predictions.remove(n);
        model.playingProperty().set(true);
        session.setSpeedLimit(0); // retrace the way as fast as possible
        GuidedPlan.Start start = awaited;
        double lr = lesson.experiment().optimizer().learningRate();
        CompletableFuture.runAsync(() -> {
            try {
                StepActions.replay(session, start, lr);
                replayDone = true;
            } catch (Session.ResetFailedException e) {
                problem = e.getMessage(); // the networks stay where they were; the panel says why
            }
        });
        poll.play();
        changed.run();
    }

    private void runActions() {
        Session session = model.session();
        GuidedStep s = step();
        GuidedPlan.Start start = plan.startOf(number);
        StepActions.apply(session, s, start.step());
        if (s.normalization() != null) model.normalizationOnProperty().set(s.normalization());
        if (s.changesLearningRate()) window.showLearningRate(s.learningRate());
        model.playingProperty().set(s.trains());
        awaited = number < lesson.steps().size() ? plan.startOf(number + 1) : plan.end();
        phase = Phase.RUNNING;
        poll.play();
        changed.run();
    }

    private void check() {
        if (lesson == null) {
            poll.stop();
            return;
        }
        Session session = model.session();
        if (phase == Phase.LOADING) {
            if (session == null || model.lessonProperty().get() != lesson) return;
            GuidedPlan.Start first = plan.startOf(1);
            if (!StepActions.settled(session.snapshots(), 0, first.normalizationOn(), first.learningRate())) {
                replayTo(1); // the lesson was loaded and has trained already: back to step 0
                return;
            }
        } else if (phase == Phase.REPLAYING && !replayDone) {
            if (problem != null) {
                poll.stop();
                phase = Phase.SETTLED;
                model.playingProperty().set(false);
                changed.run();
            }
            return;
        } else if (phase != Phase.ARRIVING && phase != Phase.RUNNING && phase != Phase.REPLAYING) {
            poll.stop();
            return;
        }
        List<RunSnapshot> now = session.snapshots();
        if (!StepActions.settled(now, awaited.step(), awaited.normalizationOn(), awaited.learningRate())) return;
        poll.stop();
        model.playingProperty().set(false);
        session.setSpeedLimit(model.speedProperty().get());
        if (phase == Phase.RUNNING) settle(now);
        else arrive(now);
        window.refresh();
        changed.run();
    }

    /** At the beginning of the shown step: its view, then its question or its actions. */
    private void arrive(List<RunSnapshot> now) {
        atBeginning = now;
        GuidedStep s = step();
        GuidedPlan.Start start = plan.startOf(number);
        model.normalizationOnProperty().set(start.normalizationOn());
        window.showLearningRate(start.learningRate());
        window.showTrainingStatistics(s.trainingStatistics() != null ? s.trainingStatistics() : start.trainingStatistics());
        window.showOffsetView(s.offsetView() != null ? s.offsetView() : start.offsetView());
        window.highlight(s.highlights());
        if (s.hasQuestion()) {
            phase = Phase.ASKING;
        } else {
            runActions();
        }
    }

    private void settle(List<RunSnapshot> now) {
        phase = Phase.SETTLED;
        GuidedStep s = step();
        if (s.hasQuestion()) {
            try {
                answers.put(number, Answer.of(s.question(), atBeginning, now));
            } catch (IllegalArgumentException e) {
                answers.remove(number); // the panel says the run could not measure it
            }
        }
    }
}
