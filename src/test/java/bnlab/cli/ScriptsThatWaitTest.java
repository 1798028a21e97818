package bnlab.cli;

import static bnlab.cli.RunCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripted uses that must never wait for a person nor do something absurd: a recording of an
 * experiment that cannot be used, a recording onto what is not a file, speeds and durations
 * that mean nothing. Each ends at once in a sentence and status 2, before any window opens.
 */
class ScriptsThatWaitTest {
    @TempDir
    Path dir;

    private String refused(String... args) {
        Object[] r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli(args));
        assertEquals(2, r[0], (String) r[2]);
        return ((String) r[2]).trim();
    }

    @Test
    void aRecordingOfAnUnusableExperimentEndsInASentence() throws Exception {
        String gif = dir.resolve("out.gif").toString();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"steps\": -1}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"steps\": ");
        Path missingData = Files.writeString(dir.resolve("nodata.json"),
                "{\"dataset\": {\"source\": \"csv\", \"path\": \"nowhere.csv\"}}");
        assertTrue(refused("app", bad.toString(), "--play", "--record", gif).contains("steps must be between 1 and"));
        assertTrue(refused("app", broken.toString(), "--record", gif).contains("this is not valid JSON"));
        assertTrue(refused("app", missingData.toString(), "--play", "--record", gif).contains("nowhere.csv: file not found"));
        assertTrue(refused("app", "/dev/zero", "--record", gif).contains("is a device, not a file"));
        assertTrue(!Files.exists(Path.of(gif)), "nothing recorded");
    }

    @Test
    void aRecordingOntoWhatIsNotAFileIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.gif"));
        Path pipe = bnlab.data.NotAFileTestAccess.fifo(dir.resolve("pipe.gif"));
        for (Path target : new Path[] {folder, pipe, Path.of("/dev/null")}) {
            assertEquals("--record: " + target + " exists and is not a file (a folder, a device, a pipe); only a file is "
                    + "replaced by the recording: name a new file or an existing GIF", refused("app", "--record", target.toString()));
        }
        assertTrue(Files.isDirectory(folder));
        assertEquals(bnlab.data.UserFiles.Kind.PIPE, bnlab.data.UserFiles.kind(pipe));
    }

    @Test
    void speedsAndDurationsThatMeanNothingAreRefused() {
        for (String speed : new String[] {"Infinity", "1e300", "NaN", "-1"}) {
            assertTrue(refused("app", "--speed", speed).startsWith("--speed must be 0 (as fast as possible) or a number of "
                    + "steps per second up to 1000000; got "), speed);
        }
        for (String seconds : new String[] {"Infinity", "0", "1e9"}) {
            assertTrue(refused("app", "--measure", seconds).startsWith("--measure must be a positive number of seconds, at "
                    + "most 86400; got "), seconds);
        }
        for (String seconds : new String[] {"0.000001", "0.4", "0", "1e9"}) {
            assertTrue(refused("bench", "--seconds", seconds).startsWith("--seconds must be between 0.5 and 86400 (a shorter "
                    + "measurement is mostly timer noise); got "), seconds);
        }
    }
}
