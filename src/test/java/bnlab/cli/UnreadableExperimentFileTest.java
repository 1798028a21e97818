package bnlab.cli;

import static bnlab.cli.RunCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiment files that are not what they claim, given to {@code bnlab run}: devices without end,
 * a folder, a file far too large, UTF-16, Latin-1, binary data. Each ends in a sentence and status
 * 2 within seconds, with nothing written; and a pipe, as a shell's {@code <(…)} gives, is read.
 */
class UnreadableExperimentFileTest {
    @TempDir
    Path dir;

    static final String TINY = """
            {"name": "tiny caf\u00e9", "dataset": {"source": "xor", "points": 40}, "network": {"hidden": [4]},
             "normalization": {"kind": "none"}, "batchSize": 8, "steps": 20, "evalEvery": 10}
            """;

    private String refusal(Path experiment) {
        Path out = dir.resolve("out");
        Object[] r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> cli("run", experiment.toString(), "--out", out.toString(), "--quiet"));
        assertEquals(2, r[0], (String) r[2]);
        assertFalse(Files.exists(out), "nothing written");
        assertFalse(Files.exists(dir.resolve("out.incomplete")), "nothing left half-made");
        return ((String) r[2]).trim();
    }

    @Test
    void whatIsNotAnExperimentFileIsRefusedWithASentence() throws Exception {
        Map<Path, String> cases = new LinkedHashMap<>();
        cases.put(Path.of("/dev/zero"), "zero: this file is a device, not a file (/dev/zero); reading a device");
        cases.put(Path.of("/dev/urandom"), "urandom: this file is a device, not a file (/dev/urandom)");
        cases.put(Files.createDirectory(dir.resolve("folder.json")), "folder.json: this file is a folder, not a file");
        cases.put(Files.write(dir.resolve("huge.json"), new byte[(1 << 20) + 1]),
                "huge.json: this file is larger than 1 MB; an experiment file is never that large");
        cases.put(Files.write(dir.resolve("utf16.json"), TINY.getBytes(StandardCharsets.UTF_16)),
                "utf16.json: this file is not UTF-8 text (it starts with the byte-order mark of UTF-16); save it as UTF-8");
        cases.put(Files.write(dir.resolve("utf16le.json"), TINY.getBytes(StandardCharsets.UTF_16LE)),
                "utf16le.json: this file is not UTF-8 text (it looks like UTF-16");
        cases.put(Files.write(dir.resolve("latin1.json"), TINY.getBytes(StandardCharsets.ISO_8859_1)),
                "latin1.json: this file is not UTF-8 text: line 1, byte 19 (0xE9) is not UTF-8");
        cases.put(Files.write(dir.resolve("binary.json"), new byte[] {'{', '"', 0, 0, 0, 0, 'a', '}'}),
                "binary.json: this file is not text: byte 3 is a NUL (0x00)");
        for (Map.Entry<Path, String> c : cases.entrySet()) {
            String m = refusal(c.getKey());
            assertTrue(m.startsWith(c.getValue()), c.getKey() + ": " + m);
            assertFalse(m.contains("Exception") || m.contains("Input length"), m);
        }
    }

    @Test
    void aPipeIsReadAsTheShellsProcessSubstitutionGivesIt() throws Exception {
        Path pipe = bnlab.data.NotAFileTestAccess.fifo(dir.resolve("63"));
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(pipe, TINY);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Path out = dir.resolve("piped");
        Object[] r = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> cli("run", pipe.toString(), "--out", out.toString(), "--quiet"));
        writer.join();
        assertEquals(0, r[0], (String) r[2]);
        assertTrue(Files.readString(out.resolve("experiment.json")).contains("tiny café"));
    }
}
