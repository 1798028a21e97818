package bnlab.ui;

import bnlab.lessons.ChartHighlight;
import bnlab.lessons.Lesson;
import bnlab.lessons.LessonCatalog;
import bnlab.lessons.LessonTexts;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Lessons tab: the list of prepared lessons and, for the chosen one, what to watch and what
 * the measurement found, with buttons to load it, run it, edit its settings or save it as a new
 * experiment. The charts it talks about are highlighted by the window.
 */
final class LessonsPanel extends VBox {
    /** What the window does for the panel's buttons. */
    record Actions(Consumer<Lesson> load, Consumer<Lesson> run, Runnable edit, Runnable saveAs, Consumer<Lesson> guide) {}

    private final ListView<Lesson> list = new ListView<>();
    private final Label title = new Label();
    private final Label watch = new Label();
    private final Label outcome = new Label();
    private final Label charts = new Label();
    private final Button load = new Button();
    private final Button run = new Button();
    private final Button edit = new Button();
    private final Button save = new Button();
    private final Button guide = new Button();
    private final Locale locale;
    private final ResourceBundle text;

    LessonsPanel(LessonCatalog catalog, Locale locale, ResourceBundle text, Actions actions) {
        this.locale = locale;
        this.text = text;
        getStyleClass().add("lessons-panel");
        setSpacing(8);
        setPadding(new Insets(6));
        list.getItems().setAll(catalog.lessons());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Lesson l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : l.number() + ". " + l.title(locale));
            }

            { // a long title wraps within the list's width rather than ending in "…" (presenter mode)
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setPrefHeight(9 * 26 + 4);
        list.setMinHeight(120);
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        watch.getStyleClass().add("lesson-text");
        watch.setWrapText(true);
        outcome.getStyleClass().addAll("lesson-text", "lesson-outcome");
        outcome.setWrapText(true);
        charts.getStyleClass().add("note");
        charts.setWrapText(true);
        load.setText(text.getString("lessons.load"));
        run.setText(LessonTexts.ui("run", locale));
        edit.setText(text.getString("lessons.edit"));
        save.setText(LessonTexts.ui("saveAs", locale));
        run.getStyleClass().add("play-button");
        guide.setText(LessonTexts.ui("guided.start", locale));
        guide.getStyleClass().addAll("play-button", "guided-start");
        guide.setOnAction(e -> selected(actions.guide()));
        load.setOnAction(e -> selected(actions.load()));
        run.setOnAction(e -> selected(actions.run()));
        edit.setOnAction(e -> actions.edit().run());
        save.setOnAction(e -> actions.saveAs().run());
        FlowPane buttons = new FlowPane(6, 6, guide, run, load, edit, save);
        buttons.setMinWidth(0); // its default is its widest button's one-line width: the buttons wrap instead
        for (Button b : List.of(guide, run, load, edit, save)) WrappingLabels.fitWidth(b, buttons, 2);
        Label watchHeading = heading(LessonTexts.ui("watch", locale));
        Label outcomeHeading = heading(LessonTexts.ui("outcome", locale));
        VBox details = new VBox(6, title, buttons, watchHeading, watch, outcomeHeading, outcome, charts);
        details.setPadding(new Insets(2, 4, 8, 2));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(list, scroll);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> show(l));
        if (!list.getItems().isEmpty()) list.getSelectionModel().select(0);
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("section-title");
        WrappingLabels.fitHeight(l);
        return l;
    }

    private void selected(Consumer<Lesson> action) {
        Lesson l = list.getSelectionModel().getSelectedItem();
        if (l != null) action.accept(l);
    }

    ListView<Lesson> list() {
        return list;
    }

    Button runButton() {
        return run;
    }

    Button guideButton() {
        return guide;
    }

    private void show(Lesson l) {
        boolean has = l != null;
        for (Button b : List.of(load, run, guide)) b.setDisable(!has);
        if (!has) return;
        title.setText(l.number() + ". " + l.title(locale));
        watch.setText(l.watch(locale));
        outcome.setText(l.outcome(locale));
        StringBuilder c = new StringBuilder(LessonTexts.ui("charts", locale)).append(": ");
        for (int i = 0; i < l.highlights().size(); i++) {
            ChartHighlight h = l.highlights().get(i);
            if (i > 0) c.append(", ");
            c.append(text.getString("chart." + h.chart().id()));
            if (!h.allLayers()) c.append(' ').append(Messages.format(text, "lessons.layers", h.layers().toString()
                    .replaceAll("[\\[\\]]", "")));
        }
        charts.setText(c.toString());
    }
}
