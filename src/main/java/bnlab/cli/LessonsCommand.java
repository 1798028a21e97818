package bnlab.cli;

import bnlab.data.DatasetException;
import bnlab.lessons.ClaimRow;
import bnlab.lessons.LessonCatalog;
import bnlab.lessons.LessonMeasurement;
import bnlab.lessons.LessonMeasurements;
import bnlab.lessons.LessonsCsv;
import bnlab.lessons.MeasurementContext;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures every lesson's claim with the real engine and writes the verdicts as CSV. */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = {"Measure every lesson's claim without a window and write DIR/lessons.csv.",
                "",
                "Prints a progress line per lesson on stderr. lessons.csv has one row per claim",
                "and setting: lesson,claim,with_bn,without_bn,holds. Each lesson's curves go",
                "under DIR/<lesson-id>/. A claim that does not hold is a finding, not an error:",
                "the exit code is still 0 (2: bad arguments, 1: results cannot be written).",
                "The full run takes 5-10 minutes on two cores; --quick about 3."})
public final class LessonsCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results (created if missing).")
    Path out;

    @Option(names = "--only", paramLabel = "ID", description = "Measure only this lesson, e.g. 03-higher-learning-rates.")
    String only;

    @Option(names = "--quick", description = "The reduced form the tests check: fewer steps, the same claims.")
    boolean quick;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        LessonCatalog catalog;
        try {
            catalog = LessonCatalog.load();
        } catch (IllegalStateException e) { // the shipped lessons are broken: a bug in this build
            err.println("The lessons shipped with this build cannot be read: " + e.getMessage());
            return 1;
        }
        List<LessonMeasurement> chosen = new ArrayList<>();
        for (LessonMeasurement m : LessonMeasurements.all()) {
            if (only == null || only.equals(m.lessonId())) chosen.add(m);
        }
        if (chosen.isEmpty()) {
            err.println("--only must be one of " + String.join(", ", catalog.ids()) + "; got " + bnlab.data.Quoted.text(only));
            return 2;
        }
        if (out.toString().isBlank()) {
            err.println("--out must name a folder; got an empty name");
            return 2;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println(out + " is a file, not a folder; choose a folder for the results");
            return 2;
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("Could not create the folder " + out + ": " + e.getMessage());
            return 1;
        }
        MeasurementContext context = new MeasurementContext(out, quick, catalog);
        List<ClaimRow> rows = new ArrayList<>();
        Path csv = out.resolve("lessons.csv");
        int n = 0;
        for (LessonMeasurement m : chosen) {
            n++;
            long t0 = System.nanoTime();
            err.printf(Locale.ROOT, "[%d/%d] %s ...%n", n, chosen.size(), m.lessonId());
            try {
                List<ClaimRow> found = m.measure(context);
                rows.addAll(found);
                LessonsCsv.write(csv, rows); // after every lesson, so a long run's results survive an interruption
                long held = found.stream().filter(ClaimRow::holds).count();
                err.printf(Locale.ROOT, "[%d/%d] %s: %d of %d claims hold (%.0f s)%n", n, chosen.size(), m.lessonId(),
                        held, found.size(), (System.nanoTime() - t0) / 1e9);
            } catch (IOException e) {
                err.println("Could not write the results to " + out + ": " + e);
                return 1;
            } catch (DatasetException e) {
                err.println(m.lessonId() + ": its data could not be loaded: " + e.getMessage());
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 130;
            }
        }
        err.println("Wrote " + csv);
        return 0;
    }
}
