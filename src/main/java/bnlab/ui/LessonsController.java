package bnlab.ui;

import bnlab.lessons.ChartHighlight;
import bnlab.lessons.Lesson;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Lessons tab (lessons.fxml): the list of lessons, or the panel of the lesson being guided
 * step by step (the view model's guided lesson). A lesson's charts are highlighted through the
 * view model, whoever draws them.
 */
public final class LessonsController {
    private final LabModel model;
    private final ViewModel view;
    private final WindowContext context;
    private FileActions files;
    private Runnable showSettings = () -> {};
    private Runnable refresh = () -> {};
    private LessonsPanel lessons;
    private GuidedLessonController guided;

    @FXML VBox lessonsBox;

    LessonsController(WindowContext context) {
        this.context = context;
        this.model = context.model();
        this.view = context.view();
    }

    @FXML
    void initialize() {
        WindowActions actions = context.actions();
        var locale = context.text().getLocale();
        lessons = new LessonsPanel(model.lessons(), locale, context.text(), new LessonsPanel.Actions(
                lesson -> actions.loadLesson(lesson, false), lesson -> actions.loadLesson(lesson, true),
                () -> showSettings.run(), () -> files.saveExperiment(), lesson -> view.guidedLessonProperty().set(lesson)));
        VBox.setVgrow(lessons, Priority.ALWAYS);
        lessonsBox.getChildren().add(lessons);
        guided = GuidedLessonController.create(model, locale, guidedWindow(), () -> view.guidedLessonProperty().set(null));
        view.guidedLessonProperty().addListener((o, a, l) -> showGuided(l));
        model.lessonProperty().addListener((o, a, l) -> {
            view.highlightedCharts().setAll(l == null ? List.of() : l.highlights());
            // Another experiment was loaded: the guided lesson ends, its panel gives way to the list.
            Lesson g = view.guidedLessonProperty().get();
            if (g != null && l != g && (l == null || a == g)) view.guidedLessonProperty().set(null);
        });
        Lesson loaded = model.lessonProperty().get();
        if (loaded != null) {
            lessons.list().getSelectionModel().select(loaded);
            view.highlightedCharts().setAll(loaded.highlights());
        }
    }

    /**
     * What the tab needs from the rest of the window: "save as", the Settings tab, a redraw now.
     * Given once the window is built.
     */
    void use(FileActions fileActions, Runnable showSettingsTab, Runnable redraw) {
        files = fileActions;
        showSettings = showSettingsTab;
        refresh = redraw;
    }

    private void showGuided(Lesson l) {
        if (l == null) {
            if (guided.active()) guided.end();
            lessonsBox.getChildren().setAll(lessons);
            return;
        }
        lessonsBox.getChildren().setAll(guided.node());
        VBox.setVgrow(guided.node(), Priority.ALWAYS);
        guided.begin(l, view.trainingStatisticsProperty().get(), view.offsetViewProperty().get());
    }

    /** Stops a guided lesson of this window (the window is being replaced or closed). */
    void dispose() {
        if (guided.active()) guided.end();
    }

    GuidedLessonController guided() {
        return guided;
    }

    LessonsPanel lessons() {
        return lessons;
    }

    /** What a guided step may change in the window: all of it through the two models. */
    private GuidedLesson.Window guidedWindow() {
        return new GuidedLesson.Window() {
            @Override
            public void load(Lesson lesson) {
                context.actions().loadLesson(lesson, false);
            }

            @Override
            public void highlight(List<ChartHighlight> h) {
                view.highlightedCharts().setAll(h);
            }

            @Override
            public void showTrainingStatistics(boolean on) {
                view.trainingStatisticsProperty().set(on);
            }

            @Override
            public void showOffsetView(boolean on) {
                view.offsetViewProperty().set(on);
            }

            @Override
            public void showLearningRate(double lr) {
                model.showLearningRate(lr); // shown only: the step schedules it in the session
            }

            @Override
            public void refresh() {
                refresh.run();
            }
        };
    }
}
