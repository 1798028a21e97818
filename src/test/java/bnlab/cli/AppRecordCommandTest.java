package bnlab.cli;

import static org.junit.jupiter.api.Assertions.*;

import bnlab.Launcher;
import bnlab.ui.record.GifReading;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bnlab app EXPERIMENT.json --play --record out.gif --record-seconds 2}: trains, records and
 * quits by itself with status 0. Run as its own process (the launcher's real exit status, and a
 * JavaFX that may start and stop once), headless under Monocle like the other window tests.
 */
class AppRecordCommandTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "Recorded (.+): (\\d+) frames of (\\d+) x (\\d+) pixels, (\\d+) dropped, [0-9.]+ MB");

    private static Process launch(Path dir, String... args) throws Exception {
        List<String> command = bnlab.ForkedJvm.command("1g", List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dheadless.geometry=1280x800-32"), Launcher.class.getName(), args);
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    }

    private static int finish(Process p) throws Exception {
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the app did not quit by itself");
        }
        return p.exitValue();
    }

    @Test
    void trainsRecordsAndQuitsWithStatusZero(@TempDir Path dir) throws Exception {
        Path exp = dir.resolve("spiral.json");
        Files.writeString(exp, bnlab.ui.AppTestSupportAccess.SPIRAL);
        Path gifFile = dir.resolve("out.gif");
        Process p = launch(dir, "app", exp.toString(), "--play", "--lang", "en", "--record", gifFile.toString(),
                "--record-seconds", "2");
        int status = finish(p);
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(0, status, "stdout: " + out + "\nstderr: " + err);
        Matcher m = SUMMARY.matcher(out);
        assertTrue(m.find(), out);
        int frames = Integer.parseInt(m.group(2));
        int width = Integer.parseInt(m.group(3));
        int height = Integer.parseInt(m.group(4));
        int dropped = Integer.parseInt(m.group(5));
        assertEquals(gifFile.toAbsolutePath().toString(), m.group(1));
        assertEquals(20, frames + dropped, "2 s at 10 frames/s, each captured or dropped");

        GifReading gif = GifReading.read(gifFile);
        assertTrue(gif.loopsForever);
        assertEquals(frames, gif.frames.size());
        assertEquals(width, gif.width);
        assertEquals(height, gif.height);
        // The chart area of a 1280 x 800 window: most of its width, all but the menus and status bar.
        assertTrue(width > 640 && width < 1280 && height > 400 && height < 800, width + " x " + height);
        int[] first = gif.frames.get(0);
        int[] last = gif.frames.get(gif.frames.size() - 1);
        int moved = 0;
        for (int i = 0; i < first.length; i++) if (first[i] != last[i]) moved++;
        assertTrue(moved > 1000, "the charts moved while it recorded: " + moved + " pixels changed");
    }

    @Test
    void withoutPlayItRecordsAsAskedAndQuits(@TempDir Path dir) throws Exception {
        Path exp = dir.resolve("spiral.json");
        Files.writeString(exp, bnlab.ui.AppTestSupportAccess.SPIRAL);
        Path gifFile = dir.resolve("still.gif");
        int status = finish(launch(dir, "app", exp.toString(), "--lang", "en", "--record", gifFile.toString(),
                "--record-seconds", "1"));
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(0, status, out + Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
        assertTrue(SUMMARY.matcher(out).find(), out);
        assertTrue(Files.size(gifFile) > 0);
    }

    @Test
    void badRecordOptionsExitWithStatusTwoAndASentence(@TempDir Path dir) throws Exception {
        Object[] r = RunCommandTest.cli("app", "--record-seconds", "5");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("--record-seconds needs --record FILE.gif"), (String) r[2]);
        r = RunCommandTest.cli("app", "--record", dir.resolve("x.gif").toString(), "--record-seconds", "500");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("--record-seconds must be more than 0 and at most 120"), (String) r[2]);
        r = RunCommandTest.cli("app", "--record", dir.resolve("missing").resolve("x.gif").toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("does not exist"), (String) r[2]);
    }
}
