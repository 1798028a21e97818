package bnlab.ui;

import bnlab.experiment.Experiment;
import bnlab.lessons.ChartHighlight;
import bnlab.lessons.Lesson;
import bnlab.stats.Quantity;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the window shows, as properties only (no nodes): controls bind to these, and every panel
 * learns the window's state here, never from another panel's controls. What runs (the experiment,
 * its session, the learning rate, play and the normalization switch) is in {@link LabModel}. Both
 * outlive a window: a language switch rebuilds the panels around the same two models.
 */
public final class ViewModel {
    /** No layer is shown large. */
    public static final int NO_FOCUS = -1;

    private final ObjectProperty<Experiment> editedExperiment = new SimpleObjectProperty<>();
    private final ObservableList<String> settingsProblems = FXCollections.observableArrayList();
    private final ObjectProperty<Quantity> gridQuantity = new SimpleObjectProperty<>(Quantity.PRE_ACTIVATION);
    private final ObjectProperty<Quantity> bandQuantity = new SimpleObjectProperty<>(Quantity.PRE_ACTIVATION);
    private final BooleanProperty bandUnitOnly = new SimpleBooleanProperty();
    private final BooleanProperty trainingStatistics = new SimpleBooleanProperty(true);
    private final IntegerProperty focusedLayer = new SimpleIntegerProperty(NO_FOCUS);
    private final BooleanProperty presenter = new SimpleBooleanProperty();
    private final BooleanProperty offsetView = new SimpleBooleanProperty();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Locale.ROOT);
    private final ObjectProperty<Lesson> guidedLesson = new SimpleObjectProperty<>();
    private final ObservableList<ChartHighlight> highlightedCharts = FXCollections.observableArrayList();
    private final ObjectProperty<SweepResult> sweep = new SimpleObjectProperty<>();

    /** The experiment as the settings panel shows it now (the running one until a field is edited). */
    public ObjectProperty<Experiment> editedExperimentProperty() {
        return editedExperiment;
    }

    /** What is wrong with the typed-in settings; empty when {@link #editedExperimentProperty} is what they say. */
    public ObservableList<String> settingsProblems() {
        return settingsProblems;
    }

    /** The quantity the histogram grids show. */
    public ObjectProperty<Quantity> gridQuantityProperty() {
        return gridQuantity;
    }

    /** The quantity the percentile bands show. */
    public ObjectProperty<Quantity> bandQuantityProperty() {
        return bandQuantity;
    }

    /** The bands of one unit only, rather than of the whole layer. */
    public BooleanProperty bandUnitOnlyProperty() {
        return bandUnitOnly;
    }

    /** The grids show the statistics of training mode (the batch's); off, of inference (running statistics). */
    public BooleanProperty trainingStatisticsProperty() {
        return trainingStatistics;
    }

    /** The layer shown large for every run (from 0), or {@link #NO_FOCUS}. */
    public IntegerProperty focusedLayerProperty() {
        return focusedLayer;
    }

    /** Presenter mode: full screen, large type, the side panel hidden. */
    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** The grids as ridgelines, each step's histogram offset below the last. */
    public BooleanProperty offsetViewProperty() {
        return offsetView;
    }

    /** The window's language; a change rebuilds the window's panels in it. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** The lesson being guided step by step in the Lessons tab, or null. */
    public ObjectProperty<Lesson> guidedLessonProperty() {
        return guidedLesson;
    }

    /** The charts a lesson (or a guided lesson's step) points at; empty when none is. */
    public ObservableList<ChartHighlight> highlightedCharts() {
        return highlightedCharts;
    }

    /** The Sweep tab's sweep: its rows so far, or null before the first. */
    ObjectProperty<SweepResult> sweepProperty() {
        return sweep;
    }
}
