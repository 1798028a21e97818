package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.train.RunSnapshot;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lesson 14: batch normalization switched off in the middle of training and on again. The lesson's
 * own steps are carried out as the app carries them out ({@link GuidedRun}), and the readings are
 * the ones its questions use ({@link Measure#TEST_ACCURACY}, {@link Measure#PRE_ACTIVATION_SPREAD}),
 * at five moments: just before the switch, right after it, a few hundred steps later without batch
 * normalization, right after switching back, and a little later with it.
 */
final class SwitchOffMeasurement implements LessonMeasurement {
    static final String ID = "14-switch-off";
    /** A drop or a gain counts when test accuracy moves by more than this (10 points). */
    static final double POINTS = 0.10;

    /** The five moments: the step whose start or end they are read at, and their names in the CSV and claims. */
    private static final String[] MOMENTS = {"just before switching off", "right after switching off",
            "after training without BN", "right after switching back on", "after training with BN again"};

    @Override
    public String lessonId() {
        return ID;
    }

    @Override
    public List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException {
        Lesson lesson = context.lesson(ID);
        List<RunSnapshot> at = new ArrayList<>();
        try (GuidedRun run = new GuidedRun(lesson, context.data(lesson.experiment()))) {
            run.run(1);
            at.add(run.atStart(2).get(0));
            for (int step = 2; step <= 5; step++) at.add(run.run(step).get(0));
        }
        int layers = lesson.experiment().network().hidden().size();
        double[] accuracy = new double[at.size()];
        double[][] spread = new double[at.size()][layers];
        for (int i = 0; i < at.size(); i++) {
            accuracy[i] = Measure.TEST_ACCURACY.read(at.get(i), 0, 0);
            for (int l = 0; l < layers; l++) spread[i][l] = Measure.PRE_ACTIVATION_SPREAD.read(at.get(i), l + 1, 0);
        }
        write(context, at, accuracy, spread);
        String[] steps = new String[at.size()];
        for (int i = 0; i < at.size(); i++) steps[i] = MOMENTS[i] + " (step " + at.get(i).step() + ")";
        List<ClaimRow> rows = new ArrayList<>();
        rows.add(new ClaimRow(ID, "test accuracy " + steps[1] + " vs " + steps[0]
                + " (holds if switching off costs more than 10 points)", accuracy[1], accuracy[0],
                accuracy[1] < accuracy[0] - POINTS));
        rows.add(new ClaimRow(ID, "spread (std over the probe, eval mode) of hidden layer " + layers + "'s pre-activations "
                + steps[1] + " vs " + steps[0] + " (holds if over three times wider)", spread[1][layers - 1],
                spread[0][layers - 1], spread[1][layers - 1] > 3 * spread[0][layers - 1]));
        rows.add(new ClaimRow(ID, "test accuracy " + steps[2] + " vs " + steps[1]
                + " (holds if training without BN wins back more than 10 points)", accuracy[2], accuracy[1],
                accuracy[2] > accuracy[1] + POINTS));
        rows.add(new ClaimRow(ID, "test accuracy " + steps[3] + " vs " + steps[0]
                + " (holds if switching back restores it, within 2 points)", accuracy[3], accuracy[0],
                Math.abs(accuracy[3] - accuracy[0]) <= 0.02));
        rows.add(new ClaimRow(ID, "test accuracy " + steps[4] + " vs " + steps[0]
                + " (holds if within 2 points or better)", accuracy[4], accuracy[0], accuracy[4] >= accuracy[0] - 0.02));
        return rows;
    }

    /** Every reading, one row per moment, beside the claims. */
    private static void write(MeasurementContext context, List<RunSnapshot> at, double[] accuracy, double[][] spread)
            throws IOException {
        StringBuilder header = new StringBuilder("moment,step,normalization_on,test_accuracy");
        for (int l = 1; l <= spread[0].length; l++) header.append(",pre_activation_std_layer").append(l);
        try (Writer w = Files.newBufferedWriter(context.dir(ID).resolve("moments.csv"), StandardCharsets.UTF_8)) {
            w.write(header + "\n");
            for (int i = 0; i < at.size(); i++) {
                StringBuilder row = new StringBuilder(ClaimRow.quote(MOMENTS[i])).append(',').append(at.get(i).step())
                        .append(',').append(at.get(i).normalizationOn()).append(',').append(ClaimRow.number(accuracy[i]));
                for (double s : spread[i]) row.append(',').append(ClaimRow.number(s));
                w.write(row + "\n");
            }
        }
        System.err.printf(Locale.ROOT, "  %s: moments written to %s%n", ID, context.dir(ID).resolve("moments.csv"));
    }
}
