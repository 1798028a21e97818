package bnlab.ui;

import bnlab.ui.chart.ChartStrings;
import java.util.ResourceBundle;

/**
 * What every panel controller is built with (BnLabApp's controller factory passes it to each
 * controller's constructor): the running state, the window's state, the texts in the window's
 * language, and the actions that change what runs.
 */
record WindowContext(LabModel model, ViewModel view, ResourceBundle text, ChartStrings strings, WindowActions actions) {}
