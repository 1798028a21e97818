package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.data.DatasetLoader;
import bnlab.data.DatasetSplit;
import bnlab.data.DatasetSpec;
import bnlab.experiment.Experiment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What every measurement shares: the output folder, whether to run the quick form, the lessons
 * (their experiments are the starting point of every measurement) and the loaded datasets.
 *
 * <p>The quick form is what the tests and {@code --quick} run: fewer steps, chosen per lesson so
 * that the effect is already clear, and otherwise the same settings. Its claims read exactly like
 * the full form's (no step counts in them), so a test can check every claim the documentation
 * states as holding.
 */
public final class MeasurementContext {
    private final Path out;
    private final boolean quick;
    private final LessonCatalog catalog;
    private final Map<String, DatasetSplit> data = new HashMap<>();

    public MeasurementContext(Path out, boolean quick, LessonCatalog catalog) {
        this.out = out;
        this.quick = quick;
        this.catalog = catalog;
    }

    public boolean quick() {
        return quick;
    }

    /** {@code full} normally, {@code quick} in the quick form. */
    public long pick(long full, long quick) {
        return this.quick ? quick : full;
    }

    /** The lesson's shipped experiment, as the app loads it. */
    public Experiment experiment(String lessonId) {
        return catalog.byId(lessonId).orElseThrow(() -> new IllegalStateException("no lesson " + lessonId))
                .experiment();
    }

    /** The lesson itself, for a measurement that carries out its guided steps. */
    public Lesson lesson(String lessonId) {
        return catalog.byId(lessonId).orElseThrow(() -> new IllegalStateException("no lesson " + lessonId));
    }

    /** The folder for a lesson's curves (created); {@code parts} name a sub-folder per setting. */
    public Path dir(String lessonId, String... parts) throws IOException {
        Path d = out.resolve(lessonId);
        for (String p : parts) d = d.resolve(p);
        return Files.createDirectories(d);
    }

    /** The experiment's data, loaded once per dataset section and seed (several lessons share Fashion-MNIST). */
    public synchronized DatasetSplit data(Experiment e) throws DatasetException {
        String key = e.dataset() + "@" + e.seed();
        DatasetSplit split = data.get(key);
        if (split == null) {
            split = DatasetLoader.load(e.dataset(), e.seed(), null);
            data.put(key, split);
        }
        return split;
    }

    /** The experiment with only the first {@code trainSize} training examples. */
    static Experiment withTrainSize(Experiment e, int trainSize) {
        DatasetSpec d = e.dataset();
        return e.withDataset(new DatasetSpec(d.source(), trainSize, d.testSize(), d.points(), d.noise(), d.classes(),
                d.images(), d.labels(), d.testImages(), d.testLabels(), d.path(), d.labelColumn(), d.testFraction(),
                d.standardize()));
    }
}
