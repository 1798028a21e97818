package bnlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSpec;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentDefaults;
import bnlab.experiment.RunPlan;
import bnlab.runner.ExperimentRunner;
import bnlab.train.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's "Export metrics as CSV" writes what the runner writes, every step, even where the charts thin. */
class CsvExportTest {
    @TempDir
    Path dir;

    @Test
    void aLongRunExportsEveryStepExactlyAsTheRunnerWritesIt() throws Exception {
        DatasetSplit data = DatasetLoader.load(DatasetSpec.of("spiral"), 1, Path.of("."));
        // More steps than the charts' history keeps unthinned, both twins.
        Experiment e = ExperimentDefaults.EXPERIMENT.withCompare(true).withSteps(9000).withCadence(500, 500);
        ExperimentRunner.run(e, data, dir.resolve("runner"), null);

        try (Session app = new Session(RunPlan.runs(e, data, true), data, null)) { // the app's live statistics
            app.start(true);
            long end = System.currentTimeMillis() + 120_000;
            while (!app.isDone() && System.currentTimeMillis() < end) Thread.sleep(20);
            assertTrue(app.isDone(), "training finished");
            assertTrue(app.snapshots().get(0).history().metrics().size() < 9000, "the charts' history is thinned");
            CsvExport.writeMetrics(app.snapshots(), dir.resolve("app.csv"));
        }

        List<String> fromApp = Files.readAllLines(dir.resolve("app.csv"));
        List<String> fromRunner = Files.readAllLines(dir.resolve("runner").resolve("metrics.csv"));
        assertEquals(1 + 2 * (1 + 9000), fromApp.size(), "header, then step 0 and every step for both networks");
        assertEquals(fromRunner, fromApp);
    }
}
