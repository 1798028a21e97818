package bnlab.ui;

import static bnlab.ui.AppTestSupport.onFx;
import static bnlab.ui.AppTestSupport.runFx;
import static bnlab.ui.AppTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.runner.SweepRow;
import bnlab.ui.chart.SweepCurve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sweep tab runs a small sweep of the loaded experiment in the background and draws what it measured. */
class SweepPanelTest {
    private static final String TWINS = """
            {"name": "Sweep spiral", "seed": 4, "dataset": {"source": "spiral", "points": 300},
             "network": {"hidden": [8, 8], "activation": "identity"}, "normalization": {"kind": "batch"},
             "optimizer": {"kind": "sgd", "learningRate": 0.1}, "batchSize": 16, "steps": 60, "compare": true,
             "evalEvery": 20, "statsEvery": 20}
            """;

    @TempDir
    Path dir;
    private BnLabApp app;

    @AfterEach
    void stop() throws Exception {
        AppTestSupport.stop(app);
    }

    @Test
    void aTinySweepDrawsEachNetworksAccuracyAgainstTheValueAndExportsItsRows() throws Exception {
        app = AppTestSupport.start(dir, TWINS);
        SweepController sweep = onFx(() -> app.controller().charts().sweepController);
        runFx(() -> {
            app.controller().charts().detailTabs.getSelectionModel().select(app.controller().charts().sweepTab);
            sweep.fieldBox.getEditor().setText("optimizer.learningRate");
            sweep.fieldBox.setValue("optimizer.learningRate");
            sweep.valuesField.setText("0.01,0.1,1000");
            sweep.seedsSpinner.getValueFactory().setValue(2);
            sweep.runButton.fire();
        });
        waitFor(() -> onFx(() -> sweep.running()), 30, "the sweep to start");
        assertTrue(onFx(() -> app.controller().charts().curves.isVisible()), "the window stays live meanwhile");
        waitFor(() -> onFx(() -> !sweep.running()), 180, "the sweep to end");

        SweepResult result = onFx(() -> appView().sweepProperty().get());
        assertNotNull(result);
        assertEquals(3 * 2 * 2, result.rows().size(), "3 values x 2 seeds x 2 networks");
        assertFalse(result.running());
        List<SweepCurve> curves = onFx(() -> sweep.chart().getCurves());
        assertEquals(List.of("BN", "no norm"), curves.stream().map(SweepCurve::name).toList());
        for (SweepCurve c : curves) {
            assertEquals(List.of(0.01, 0.1, 1000.0), java.util.Arrays.stream(c.x()).boxed().toList());
            for (int i = 0; i < 3; i++) {
                assertEquals(2, c.runs()[i], "two seeds at each value");
                assertTrue(c.low()[i] <= c.mean()[i] && c.mean()[i] <= c.high()[i], "the band holds the mean");
            }
        }
        // The chart's numbers are the rows' numbers: the mean of the two seeds at each value.
        SweepCurve plain = curves.get(1);
        List<SweepRow> plainAt01 = result.rows().stream()
                .filter(r -> r.network().equals("plain") && r.values().get(0) == 0.1).toList();
        assertEquals(2, plainAt01.size());
        assertEquals((plainAt01.get(0).testAccuracy() + plainAt01.get(1).testAccuracy()) / 2, plain.mean()[1], 1e-12);
        assertEquals(2, plain.diverged()[2], "the linear network overflows at a rate of 1000 at both seeds");
        assertTrue(onFx(() -> sweep.chart().isLogX()), "0.01 to 1000 spans decades: a log axis");
        assertEquals("optimizer.learningRate", onFx(() -> sweep.chart().xAxisLabelProperty().get()));

        String readout = onFx(() -> sweep.chart().describeAt(sweep.chart().xOfValue(1000), sweep.chart().yOfValue(0.5)));
        assertTrue(readout.startsWith("optimizer.learningRate = 1,000") || readout.startsWith("optimizer.learningRate = 1000"), readout);
        assertTrue(readout.contains("no norm: ") && readout.contains("2 of 2 diverged"), readout);
        assertTrue(onFx(() -> sweep.statusLabel.getText()).startsWith("Done: 12 of 12 runs"), onFx(() -> sweep.statusLabel.getText()));

        Path csv = dir.resolve("sweep.csv");
        var task = onFx(() -> sweep.writeCsv(csv));
        waitFor(task::isDone, 20, "the CSV export");
        List<String> lines = Files.readAllLines(csv);
        assertEquals("optimizer.learningRate,network,seed,outcome,test_acc,test_loss,tested_step,stopped_step,message", lines.get(0));
        assertEquals(13, lines.size());
        assertTrue(lines.get(1).startsWith("0.01,bn,4,trained,"), lines.get(1));
        Path png = dir.resolve("sweep.png");
        var image = onFx(() -> sweep.writePng(png));
        waitFor(image::isDone, 20, "the PNG export");
        assertTrue(Files.size(png) > 1000, "a picture of the chart");
    }

    @Test
    void aBadValueIsSaidInThePanelAndNothingRuns() throws Exception {
        app = AppTestSupport.start(dir, TWINS);
        SweepController sweep = onFx(() -> app.controller().charts().sweepController);
        runFx(() -> {
            sweep.fieldBox.getEditor().setText("batchSize");
            sweep.valuesField.setText("8,0");
            sweep.runButton.fire();
        });
        waitFor(() -> onFx(() -> sweep.statusLabel.getText().startsWith("--set batchSize=0: batchSize must be")), 30,
                "the problem to show");
        assertFalse(onFx(sweep::running));
        assertEquals(null, onFx(() -> appView().sweepProperty().get()), "nothing ran");
        assertEquals("Run sweep", onFx(() -> sweep.runButton.getText()));
    }

    private ViewModel appView() {
        return app.view();
    }
}
