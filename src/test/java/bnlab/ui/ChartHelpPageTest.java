package bnlab.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ChartHelpPageTest {
    /** Every chart's one-sentence help (help.* keys of charts, not of table headers or buttons) is on the page. */
    @Test
    void theHelpPageGathersEveryChartsHelpInBothLanguages() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Messages.CHINESE}) {
            ResourceBundle b = ResourceBundle.getBundle("bnlab.ui.messages", l);
            for (String id : ChartHelpPage.CHARTS) {
                assertFalse(b.getString("help." + id).isBlank(), id);
                assertFalse(b.getString("chartHelp." + id).isBlank(), id);
            }
            Set<String> missing = new TreeSet<>();
            for (String key : b.keySet()) {
                if (!key.startsWith("help.") || key.startsWith("help.diagnostics.") || key.startsWith("help.normSwitch")) continue;
                String id = key.substring("help.".length());
                if (!ChartHelpPage.CHARTS.contains(id)) missing.add(key);
            }
            assertTrue(missing.isEmpty(), "charts whose help is not on the Help page: " + missing);
        }
    }
}
