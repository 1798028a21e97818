package bnlab.lessons;

import bnlab.data.DatasetSplit;
import bnlab.experiment.RunPlan;
import bnlab.train.RunSnapshot;
import bnlab.train.Session;
import java.util.List;

/**
 * A guided lesson's steps carried out without a window, as the app carries them out when Next is
 * pressed: the same session, the same {@link StepActions}. What {@code bnlab lessons} measures for a
 * guided claim, and what the tests step through.
 */
final class GuidedRun implements AutoCloseable {
    private final Lesson lesson;
    private final Session session;
    private final GuidedPlan plan;

    GuidedRun(Lesson lesson, DatasetSplit data) {
        this.lesson = lesson;
        this.session = new Session(RunPlan.runs(lesson.experiment(), data, false), data, null);
        this.plan = new GuidedPlan(lesson, false, false);
        session.start(false);
    }

    /** Every run as step {@code number} (from 1) begins, after the steps before it ran. */
    List<RunSnapshot> atStart(int number) throws InterruptedException {
        GuidedPlan.Start s = plan.startOf(number);
        return await(s.step(), s.normalizationOn(), s.learningRate());
    }

    /** Runs step {@code number}'s actions from where the step began and returns every run once they are done. */
    List<RunSnapshot> run(int number) throws InterruptedException {
        GuidedPlan.Start start = plan.startOf(number);
        GuidedStep step = lesson.steps().get(number - 1);
        StepActions.apply(session, step, start.step());
        GuidedPlan.Start next = number < lesson.steps().size() ? plan.startOf(number + 1) : plan.end();
        return await(next.step(), next.normalizationOn(), next.learningRate());
    }

    /** Back to where step {@code number} begins, retrained from step 0. */
    List<RunSnapshot> replayTo(int number) throws InterruptedException, Session.ResetFailedException {
        GuidedPlan.Start s = plan.startOf(number);
        StepActions.replay(session, s, lesson.experiment().optimizer().learningRate());
        return await(s.step(), s.normalizationOn(), s.learningRate());
    }

    private List<RunSnapshot> await(long step, boolean on, double lr) throws InterruptedException {
        while (true) {
            List<RunSnapshot> now = session.snapshots();
            if (StepActions.settled(now, step, on, lr)) return now;
            Thread.sleep(2);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
