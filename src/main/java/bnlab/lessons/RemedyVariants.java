package bnlab.lessons;

import bnlab.data.DatasetException;
import bnlab.experiment.Experiment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What lessons 11 to 13 share: one experiment varied by a single remedy at a time, each variant
 * trained alone by the headless runner (its curves under DIR/&lt;lesson&gt;/&lt;variant&gt;/), two at a
 * time as the app trains twins.
 */
final class RemedyVariants {
    private RemedyVariants() {}

    /** A named variant of a lesson's experiment. */
    record Variant(String name, Experiment experiment) {}

    /** Trains every variant (without a twin); the results by variant name, in order. */
    static Map<String, RunnerResult> train(String lessonId, List<Variant> variants, MeasurementContext context)
            throws IOException, InterruptedException, DatasetException {
        for (Variant v : variants) context.data(v.experiment()); // load once, before the threads start
        List<Callable<RunnerResult>> tasks = new ArrayList<>();
        for (Variant v : variants) {
            // The lesson file's variants are what the window shows; each measured variant trains alone.
            tasks.add(() -> RunnerResult.train(alone(v.experiment()), context, context.dir(lessonId, v.name())));
        }
        List<RunnerResult> results = InParallel.run(tasks);
        Map<String, RunnerResult> out = new LinkedHashMap<>();
        for (int i = 0; i < variants.size(); i++) out.put(variants.get(i).name(), results.get(i));
        return out;
    }

    /** {@code e} as one network: without a twin and without the file's variants. */
    static Experiment alone(Experiment e) {
        return e.withCompare(false).withVariants(List.of());
    }

    /** The only network a variant trained alone has. */
    static bnlab.train.RunSnapshot only(RunnerResult r) {
        return r.byName().values().iterator().next();
    }

    /** Mean test accuracy over the last fifth of the run of a variant trained alone. */
    static double late(RunnerResult r) {
        return Curves.lateMean(only(r).history().test(), 2);
    }

    static Experiment withKind(Experiment e, String kind) {
        return e.withNormalization(e.normalization().withKind(kind));
    }
}
