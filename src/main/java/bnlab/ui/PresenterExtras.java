package bnlab.ui;

import javafx.scene.control.TabPane;

/**
 * What presenter mode changes besides the charts' style: the status bar's headlines and the
 * detail tabs' names as buttons that wrap. Kept here so that the window's controller stays thin.
 */
final class PresenterExtras {
    private PresenterExtras() {}

    static PresenterTabs install(PresenterLayout layout, StatusLine status, TabPane detailTabs) {
        layout.alsoStyle(status::setChartStyle);
        PresenterTabs tabs = new PresenterTabs(detailTabs);
        layout.alsoStyle(tabs::setChartStyle);
        return tabs;
    }
}
