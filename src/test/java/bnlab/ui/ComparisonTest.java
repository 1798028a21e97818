package bnlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.experiment.Experiment;
import bnlab.experiment.ExperimentDefaults;
import bnlab.experiment.ExperimentJson;
import bnlab.experiment.ExperimentValidator;
import bnlab.experiment.RunPlan;
import bnlab.experiment.Variants;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The settings' comparison builder, without its controls: what it shows for an experiment and what it makes. */
class ComparisonTest {
    static final ResourceBundle EN = Messages.bundle(Locale.ROOT);
    static final ResourceBundle ZH = Messages.bundle(Locale.SIMPLIFIED_CHINESE);

    static List<String> names(Experiment e) {
        return RunPlan.variants(e).stream().map(Variants.Resolved::name).toList();
    }

    @Test
    void blankNamesBecomeReadableDefaultsAndTheResultIsAValidComparison() {
        Experiment base = ExperimentDefaults.EXPERIMENT;
        Comparison c = new Comparison(Comparison.Dimension.LEARNING_RATE, List.of("0.1", "1", "0.01"), List.of("", "", ""));
        List<String> problems = new ArrayList<>();
        Experiment e = c.applyTo(base, EN, problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of(), ExperimentValidator.problems(e));
        assertEquals(List.of("rate 0.1", "rate 1", "rate 0.01"), names(e));
        assertEquals(0.01, RunPlan.variants(e).get(2).experiment().optimizer().learningRate());
        assertEquals(List.of("学习率 0.1", "学习率 1", "学习率 0.01"), names(c.applyTo(base, ZH, problems)));

        Comparison kinds = new Comparison(Comparison.Dimension.NORMALIZATION, List.of("batch", "layer", "none"),
                List.of("", "my LN", ""));
        Experiment k = kinds.applyTo(base, EN, problems);
        assertEquals(List.of("BN", "my LN", "none"), names(k));
        assertEquals("none", RunPlan.variants(k).get(2).experiment().normalization().kind());
        Experiment batches = new Comparison(Comparison.Dimension.BATCH_SIZE, List.of("32", "2"), List.of("", ""))
                .applyTo(base, EN, problems);
        assertEquals(List.of("batch 32", "batch 2"), names(batches));
        assertEquals(2, RunPlan.variants(batches).get(1).experiment().batchSize());
        assertEquals(List.of(), problems);
    }

    @Test
    void whatItMakesItShowsAgain() {
        Experiment base = ExperimentDefaults.EXPERIMENT;
        for (Comparison c : List.of(
                new Comparison(Comparison.Dimension.PLACEMENT, List.of("before-activation", "after-activation"), List.of("a", "b")),
                new Comparison(Comparison.Dimension.BN_MOMENTUM, List.of("0.1", "0.01", "0.9"), List.of("x", "y", "z")),
                new Comparison(Comparison.Dimension.INIT_SCALE, List.of("1", "3"), List.of("p", "q")),
                new Comparison(Comparison.Dimension.OPTIMIZER, List.of("sgd", "adam"), List.of("s", "a")))) {
            assertEquals(c, Comparison.of(c.applyTo(base, EN, new ArrayList<>())), c.toString());
        }
        assertEquals(Comparison.NOTHING, Comparison.of(base));
        assertEquals(Comparison.NOTHING.applyTo(base.withCompare(true), EN, new ArrayList<>()), base);
    }

    @Test
    void theLessonsComparisonsAreShownAsTheyAre() throws Exception {
        Experiment seven = ExperimentJson.read(Path.of("assets/lessons/07-small-batches.json"));
        Comparison c7 = Comparison.of(seven);
        assertEquals(Comparison.Dimension.NORMALIZATION, c7.dimension());
        assertEquals(List.of("batch", "layer", "none"), c7.values());
        Comparison c8 = Comparison.of(ExperimentJson.read(Path.of("assets/lessons/08-placement.json")));
        assertEquals(Comparison.Dimension.PLACEMENT, c8.dimension());
        assertEquals(List.of("before-activation", "after-activation"), c8.values());
        // Lesson 3 differs in two settings at once: the form keeps it as the file has it.
        Experiment three = ExperimentJson.read(Path.of("assets/lessons/03-higher-learning-rates.json"));
        Comparison c3 = Comparison.of(three);
        assertEquals(Comparison.Dimension.FILE, c3.dimension());
        assertEquals(three, c3.applyTo(three, EN, new ArrayList<>()));
        // The compare shorthand reads as "normalization: this kind against none".
        Comparison shorthand = Comparison.of(ExperimentDefaults.EXPERIMENT.withCompare(true));
        assertEquals(List.of("batch", "none"), shorthand.values());
    }

    @Test
    void typingMistakesAreReportedPerNetwork() {
        List<String> problems = new ArrayList<>();
        new Comparison(Comparison.Dimension.LEARNING_RATE, List.of("0.1", "fast"), List.of("", ""))
                .applyTo(ExperimentDefaults.EXPERIMENT, EN, problems);
        assertEquals(List.of("variant 2: \"fast\" is not a number"), problems);
        problems.clear();
        new Comparison(Comparison.Dimension.BATCH_SIZE, List.of("32", "32"), List.of("", ""))
                .applyTo(ExperimentDefaults.EXPERIMENT, EN, problems);
        assertTrue(problems.get(0).contains("two networks are called \"batch 32\""), problems.toString());
    }
}
