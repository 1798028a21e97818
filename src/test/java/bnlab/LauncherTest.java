package bnlab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the launcher does with its arguments: a lone experiment file opens the app with it. */
class LauncherTest {
    @Test
    void aLoneJsonArgumentOpensTheApp() {
        assertTrue(Launcher.opensExperiment(new String[] {"lesson.json"}));
        assertTrue(Launcher.opensExperiment(new String[] {"/home/t/Lesson 1.JSON"}));
    }

    @Test
    void subCommandsAndOptionsStaySubCommands() {
        assertFalse(Launcher.opensExperiment(new String[] {"run"}));
        assertFalse(Launcher.opensExperiment(new String[] {"lessons"}));
        assertFalse(Launcher.opensExperiment(new String[] {"run", "lesson.json"}));
        assertFalse(Launcher.opensExperiment(new String[] {"--help"}));
        assertFalse(Launcher.opensExperiment(new String[] {"--version.json"}));
    }
}
