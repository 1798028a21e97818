package bnlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The project's rules, checked on the compiled classes: everything below the window runs headless
 * and on training threads, so it never touches JavaFX; and each layer uses only the layers below it
 * (nn, data ← stats ← train ← experiment ← runner ← lessons ← ui ← cli).
 */
@AnalyzeClasses(packages = "bnlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule nothingBelowTheWindowUsesJavaFx = noClasses()
            .that().resideInAnyPackage("bnlab.nn..", "bnlab.data..", "bnlab.stats..", "bnlab.train..",
                    "bnlab.experiment..", "bnlab.runner..", "bnlab.export..", "bnlab.lessons..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
            .because("the headless runner and the training threads must work without a window");

    @ArchTest
    static final ArchRule layersUseOnlyTheLayersBelow = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("nn").definedBy("bnlab.nn..")
            .layer("data").definedBy("bnlab.data..")
            .layer("stats").definedBy("bnlab.stats..")
            .layer("train").definedBy("bnlab.train..")
            .layer("experiment").definedBy("bnlab.experiment..")
            .layer("runner").definedBy("bnlab.runner..")
            .layer("export").definedBy("bnlab.export..")
            .layer("lessons").definedBy("bnlab.lessons..")
            .layer("ui").definedBy("bnlab.ui..")
            .layer("cli").definedBy("bnlab.cli..")
            .layer("launcher").definedBy("bnlab")
            .whereLayer("nn").mayOnlyBeAccessedByLayers("stats", "train", "experiment", "runner", "export", "lessons", "ui", "cli", "launcher")
            .whereLayer("data").mayOnlyBeAccessedByLayers("stats", "train", "experiment", "runner", "export", "lessons", "ui", "cli", "launcher")
            .whereLayer("stats").mayOnlyBeAccessedByLayers("train", "experiment", "runner", "export", "lessons", "ui", "cli", "launcher")
            .whereLayer("train").mayOnlyBeAccessedByLayers("experiment", "runner", "export", "lessons", "ui", "cli", "launcher")
            .whereLayer("experiment").mayOnlyBeAccessedByLayers("runner", "export", "lessons", "ui", "cli", "launcher")
            .whereLayer("runner").mayOnlyBeAccessedByLayers("export", "lessons", "ui", "cli", "launcher")
            .whereLayer("export").mayOnlyBeAccessedByLayers("ui", "cli", "launcher")
            .whereLayer("lessons").mayOnlyBeAccessedByLayers("ui", "cli", "launcher")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("cli", "launcher")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("launcher").mayNotBeAccessedByAnyLayer();

    /** nn and data are both at the bottom: neither may use the other. */
    @ArchTest
    static final ArchRule nnDoesNotUseData = noClasses().that().resideInAPackage("bnlab.nn..")
            .should().dependOnClassesThat().resideInAPackage("bnlab.data..");

    @ArchTest
    static final ArchRule dataDoesNotUseNn = noClasses().that().resideInAPackage("bnlab.data..")
            .should().dependOnClassesThat().resideInAPackage("bnlab.nn..");
}
