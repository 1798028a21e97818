package bnlab.ui;

import bnlab.lessons.Answer;
import bnlab.lessons.GuidedStep;
import bnlab.lessons.Lesson;
import bnlab.lessons.LessonTexts;
import bnlab.lessons.Measure;
import bnlab.lessons.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The guided lesson panel ({@code guided.fxml}): shows the step of a {@link GuidedLesson}, its
 * question with the class's prediction and the network's measured answer, and at the end a summary
 * of the predictions (kept in this window only). Next / Back also answer → / ← and Page Down /
 * Page Up, which presentation clickers send.
 */
public final class GuidedLessonController {
    private final GuidedLesson guided;
    private final Locale locale;
    private final Runnable onLeave;

    @FXML VBox panel;
    @FXML Label counter;
    @FXML Label title;
    @FXML Label text;
    @FXML VBox questionBox;
    @FXML Label question;
    @FXML VBox choicesBox;
    @FXML Label prediction;
    @FXML Label answer;
    @FXML Label measured;
    @FXML VBox summaryBox;
    @FXML Label status;
    @FXML Button backButton;
    @FXML Button nextButton;
    @FXML Button leaveButton;
    @FXML Label keys;
    @FXML javafx.scene.control.ScrollPane scroll;
    private int shownStep;
    private boolean shownAnswer;
    private boolean followAnswer;

    private GuidedLessonController(LabModel model, Locale locale, GuidedLesson.Window window, Runnable onLeave) {
        this.locale = locale;
        this.onLeave = onLeave;
        this.guided = new GuidedLesson(model, window, this::render);
    }

    /** Builds the panel from its FXML. */
    static GuidedLessonController create(LabModel model, Locale locale, GuidedLesson.Window window, Runnable onLeave) {
        GuidedLessonController c = new GuidedLessonController(model, locale, window, onLeave);
        FXMLLoader loader = new FXMLLoader(GuidedLessonController.class.getResource("/bnlab/ui/guided.fxml"));
        loader.setControllerFactory(type -> c);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the guided lesson panel cannot be built", e);
        }
        return c;
    }

    @FXML
    void initialize() {
        backButton.setText(ui("guided.back"));
        leaveButton.setText("✕");
        keys.setText(ui("guided.keys"));
        scroll.getContent().layoutBoundsProperty().addListener((o, a, b) -> {
            if (followAnswer) scroll.setVvalue(1);
        });
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (followAnswer) javafx.application.Platform.runLater(() -> scroll.setVvalue(1));
        });
        scroll.vvalueProperty().addListener((o, a, b) -> {
            if (scroll.isPressed()) followAnswer = false; // the reader scrolls: leave it to them
        });
    }

    VBox node() {
        return panel;
    }

    GuidedLesson guided() {
        return guided;
    }

    /** Starts {@code lesson} at its first step, from the view the window shows now. */
    void begin(Lesson lesson, boolean trainingStatistics, boolean offsetView) {
        guided.start(lesson, trainingStatistics, offsetView);
    }

    /** Ends the guided lesson (another experiment was loaded, or ✕). */
    void end() {
        guided.stop();
    }

    boolean active() {
        return guided.active();
    }

    /** → / Page Down: next; ← / Page Up: back. True if the key was the lesson's. */
    boolean handleKey(KeyEvent e) {
        if (!guided.active()) return false;
        KeyCode k = e.getCode();
        if (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN) next();
        else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP) back();
        else return false;
        e.consume();
        return true;
    }

    @FXML
    void next() {
        guided.next();
    }

    @FXML
    void back() {
        guided.back();
    }

    @FXML
    void leave() {
        guided.stop();
        onLeave.run();
    }

    private void render() {
        Lesson l = guided.lesson();
        if (l == null) return;
        int n = guided.number();
        int total = l.steps().size();
        GuidedStep s = guided.step();
        GuidedLesson.Phase phase = guided.phase();
        boolean finished = phase == GuidedLesson.Phase.FINISHED;
        counter.setText(MessageFormat.format(ui("guided.step"), n, total));
        title.setText(l.number() + ". " + l.title(locale));
        text.setText(finished ? ui("guided.done") : l.stepText(n, locale));
        showQuestion(l, s, finished);
        showSummary(l, finished);
        status.setText(switch (phase) {
            case LOADING -> ui("guided.loading");
            case REPLAYING -> MessageFormat.format(ui("guided.replaying"), guided.targetStep());
            case ARRIVING, RUNNING -> MessageFormat.format(ui("guided.training"), guided.targetStep());
            case ASKING -> ui("guided.predict");
            case SETTLED, FINISHED -> MessageFormat.format(ui("guided.paused"), guided.targetStep());
        });
        if (guided.problem() != null) status.setText(guided.problem());
        boolean busy = phase == GuidedLesson.Phase.LOADING || phase == GuidedLesson.Phase.REPLAYING;
        backButton.setDisable(busy);
        // A new step starts at the top; a newly shown answer is scrolled into view.
        boolean answered = guided.answer(n) != null;
        if (n != shownStep || finished) {
            followAnswer = false;
            scroll.setVvalue(0);
        } else if (answered && !shownAnswer) {
            followAnswer = true; // kept at the end while the new labels find their height
            scroll.setVvalue(1);
        }
        shownStep = n;
        shownAnswer = answered;
        nextButton.setText(phase == GuidedLesson.Phase.ASKING ? ui("guided.reveal") : ui("guided.next"));
        nextButton.setDisable(busy || finished || (n == total && phase != GuidedLesson.Phase.SETTLED
                && phase != GuidedLesson.Phase.ASKING));
    }

    private void showQuestion(Lesson l, GuidedStep s, boolean finished) {
        Question q = s.question();
        boolean has = q != null && !finished;
        questionBox.setVisible(has);
        questionBox.setManaged(has);
        if (!has) return;
        int n = s.number();
        question.setText(q.text(l.id(), n, locale));
        String predicted = guided.prediction(n);
        Answer a = guided.answer(n);
        boolean asking = guided.phase() == GuidedLesson.Phase.ASKING;
        choicesBox.getChildren().clear();
        for (Question.Choice c : q.choices()) {
            Button b = new Button(c.key() + ")  " + q.choiceText(l.id(), n, c, locale));
            b.getStyleClass().add("guided-choice");
            b.setWrapText(true);
            b.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            if (c.key().equals(predicted)) b.getStyleClass().add("predicted");
            if (a != null && a.choice() == c) b.getStyleClass().add("network-answer");
            b.setDisable(!asking);
            b.setOnAction(e -> guided.predict(c.key()));
            choicesBox.getChildren().add(b);
        }
        show(prediction, predicted == null ? null : MessageFormat.format(ui("guided.yourChoice"),
                choiceLabel(l, q, n, predicted)));
        if (a == null) {
            boolean done = guided.phase() == GuidedLesson.Phase.SETTLED;
            show(answer, done ? ui("guided.unmeasured") : null);
            show(measured, null);
            return;
        }
        show(answer, a.choice() == null ? ui("guided.noChoice")
                : MessageFormat.format(ui("guided.networkSays"), choiceLabel(l, q, n, a.choice().key())));
        String what = MessageFormat.format(ui("measure." + q.measure().id()), q.layer(), percent(q.threshold()));
        boolean named = q.kind() == Question.Kind.COMPARE && !q.networks().isEmpty();
        String key = named ? "guided.answer.named"
                : q.kind() == Question.Kind.COMPARE ? "guided.answer.compare" : "guided.answer.change";
        // A change question reads "when the step began, now"; a comparison "with, without".
        Object first = q.kind() == Question.Kind.COMPARE ? value(q, a.value()) : value(q, a.reference());
        Object second = q.kind() == Question.Kind.COMPARE ? value(q, a.reference()) : value(q, a.value());
        show(measured, MessageFormat.format(ui(key), Long.toString(a.step()), what, first, second,
                named ? q.networks().get(0) : "", named ? q.networks().get(1) : ""));
    }

    private void showSummary(Lesson l, boolean finished) {
        summaryBox.getChildren().clear();
        summaryBox.setVisible(finished);
        summaryBox.setManaged(finished);
        if (!finished) return;
        Label heading = new Label(ui("guided.summary.title"));
        heading.getStyleClass().add("guided-summary-title");
        summaryBox.getChildren().add(heading);
        int asked = 0;
        int matched = 0;
        for (GuidedStep s : l.steps()) {
            if (!s.hasQuestion()) continue;
            int n = s.number();
            String predicted = guided.predictions().get(n);
            Answer a = guided.answers().get(n);
            if (predicted == null) continue;
            asked++;
            boolean same = a != null && a.choice() != null && a.choice().key().equals(predicted);
            if (same) matched++;
            String network = a == null || a.choice() == null ? ui("guided.summary.none")
                    : choiceLabel(l, s.question(), n, a.choice().key());
            Label row = new Label(MessageFormat.format(ui("guided.summary.row"), n,
                    choiceLabel(l, s.question(), n, predicted), network));
            row.setWrapText(true);
            row.getStyleClass().addAll("guided-summary-row", same ? "matched" : "differs");
            summaryBox.getChildren().add(row);
        }
        Label score = new Label(asked == 0 ? ui("guided.summary.empty")
                : MessageFormat.format(ui("guided.summary.score"), matched, asked));
        score.setWrapText(true);
        score.getStyleClass().add("note");
        summaryBox.getChildren().add(score);
    }

    /** "b) It falls by more than 5 points". */
    private String choiceLabel(Lesson l, Question q, int step, String key) {
        for (Question.Choice c : q.choices()) {
            if (c.key().equals(key)) return key + ") " + q.choiceText(l.id(), step, c, locale);
        }
        return key;
    }

    private String value(Question q, double v) {
        if (q.measure() == Measure.STEPS_TO_ACCURACY) {
            return Double.isInfinite(v) ? ui("measure.notReached") : Long.toString((long) v);
        }
        if (q.measure().isShare()) return percent(v);
        return String.format(locale, "%.3g", v);
    }

    private String percent(double share) {
        return String.format(locale, "%.2f%%", share * 100);
    }

    private static void show(Label label, String s) {
        label.setText(s == null ? "" : s);
        label.setVisible(s != null);
        label.setManaged(s != null);
    }

    private String ui(String name) {
        return LessonTexts.ui(name, locale);
    }

    /** The predictions and answers so far, for tests: step → choice key. */
    Map<Integer, String> predictions() {
        return guided.predictions();
    }
}
