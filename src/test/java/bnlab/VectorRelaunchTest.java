package bnlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher's restart with the Vector API: when it is tried, what it runs, what it filters. */
class VectorRelaunchTest {
    @Test
    void restartsOnlyWithoutGuardOptOutOrPlainKernels() {
        assertTrue(VectorRelaunch.wanted(Map.of(), null, null));
        assertTrue(VectorRelaunch.wanted(Map.of("BNLAB_NO_RELAUNCH", "0"), "true", "vector"));
        assertFalse(VectorRelaunch.wanted(Map.of("BNLAB_RELAUNCHED", "1"), null, null), "loop guard");
        assertFalse(VectorRelaunch.wanted(Map.of("BNLAB_NO_RELAUNCH", "1"), null, null));
        assertFalse(VectorRelaunch.wanted(Map.of(), "false", null));
        assertFalse(VectorRelaunch.wanted(Map.of(), null, "plain"));
    }

    @Test
    void childKeepsTheJvmOptionsClassPathAndArguments() {
        List<String> command = VectorRelaunch.command("/jdk/bin/java", List.of("-Xmx2g", "-Dx=1"), "bnlab.jar",
                "bnlab.Launcher", new String[] {"bench", "--seconds", "3"});
        assertEquals(List.of("/jdk/bin/java", "-Xmx2g", "-Dx=1", "--add-modules", "jdk.incubator.vector", "-cp",
                "bnlab.jar", "bnlab.Launcher", "bench", "--seconds", "3"), command);
    }

    private static String filtered(String stderr) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorRelaunch.copyWithoutWarning(new ByteArrayInputStream(stderr.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dropsOnlyTheIncubatorWarningAtTheStart() {
        String warning = "WARNING: Using incubator modules: jdk.incubator.vector\n";
        assertEquals("error: bad file\n", filtered(warning + "error: bad file\n"));
        assertEquals("", filtered(warning));
        assertEquals("first\n" + warning, filtered("first\n" + warning));
        assertEquals("no newline", filtered("no newline"));
    }
}
