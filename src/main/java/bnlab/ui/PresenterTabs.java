package bnlab.ui;

import bnlab.ui.chart.ChartStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;

/**
 * In presenter mode the detail tabs' headers give way to a row of buttons that wraps onto a second
 * row where one is too narrow: a TabPane clips the headers it has no room for ("Diagnosti…") and
 * hides the rest behind a menu, which a class cannot read. Each button is its tab's name, whole;
 * the pressed one is the tab shown, and either follows the other.
 */
final class PresenterTabs {
    static final String HEADERLESS = "headerless";

    private final TabPane tabs;
    private final FlowPane buttons = new FlowPane(6, 4);
    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> toggles = new ArrayList<>();

    /** Puts the buttons just above {@code tabs}, in its parent; they show only in presenter mode. */
    PresenterTabs(TabPane tabs) {
        this.tabs = tabs;
        buttons.getStyleClass().add("presenter-tabs");
        buttons.setMinWidth(0);
        for (Tab t : tabs.getTabs()) {
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(t.textProperty());
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.getStyleClass().add("presenter-tab");
            b.setUserData(t);
            toggles.add(b);
            buttons.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                select(tabs.getSelectionModel().getSelectedItem()); // a second press keeps its tab shown
            } else if (b.getUserData() != tabs.getSelectionModel().getSelectedItem()) {
                tabs.getSelectionModel().select((Tab) b.getUserData());
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> select(t));
        select(tabs.getSelectionModel().getSelectedItem());
        Pane parent = (Pane) tabs.getParent();
        parent.getChildren().add(parent.getChildren().indexOf(tabs), buttons);
        show(false);
    }

    private void select(Tab t) {
        for (ToggleButton b : toggles) {
            if (b.getUserData() == t && !b.isSelected()) b.setSelected(true);
        }
    }

    void setChartStyle(ChartStyle s) {
        show(s == ChartStyle.PRESENTER);
    }

    private void show(boolean on) {
        buttons.setVisible(on);
        buttons.setManaged(on);
        tabs.getStyleClass().remove(HEADERLESS);
        if (on) tabs.getStyleClass().add(HEADERLESS);
    }

    List<ToggleButton> buttons() {
        return toggles;
    }
}
