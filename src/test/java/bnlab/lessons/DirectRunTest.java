package bnlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bnlab.runner.ExperimentRunner;
import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSpec;
import bnlab.data.DatasetSplit;
import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentDefaults;
import bnlab.experiment.RunPlan;
import bnlab.nn.Mode;
import bnlab.train.RunConfig;
import bnlab.train.RunSnapshot;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measurements that train directly (lessons 1, 6, 9) rely on ending with exactly the network the
 * app's runner would have: same configuration, same batches, and nothing else changing it.
 */
class DirectRunTest {
    @Test
    void trainsTheSameNetworksAsTheRunner(@TempDir Path out) throws Exception {
        Experiment e = ExperimentDefaults.EXPERIMENT.withDataset(DatasetSpec.of("spiral")).withSteps(300)
                .withCompare(true).withCadence(100, 100);
        DatasetSplit data = DatasetLoader.load(e.dataset(), e.seed(), null);
        List<RunSnapshot> runner = ExperimentRunner.run(e, data, out, null).finals();
        List<RunConfig> configs = RunPlan.runs(e, data, false);
        for (int i = 0; i < configs.size(); i++) {
            DirectRun run = new DirectRun(configs.get(i), data);
            run.trainTo(300);
            // The test loss is a sensitive fingerprint of the weights: any difference in training shows.
            int n = data.test().size();
            int d = data.test().featureCount();
            DMatrixRMaj x = new DMatrixRMaj(n, d);
            int[] y = new int[n];
            for (int r = 0; r < n; r++) {
                data.test().copyExample(r, x.data, r * d);
                y[r] = data.test().label(r);
            }
            run.network().forward(x, Mode.EVAL);
            assertEquals(runner.get(i).history().test().last(1), run.network().loss(y), 1e-12, configs.get(i).name());
            assertEquals(runner.get(i).history().test().last(2), Accuracy.of(run.network(), data.test(), Mode.EVAL, 500),
                    0.0, configs.get(i).name());
        }
    }
}
