package bnlab.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results folders that another run is writing, that hold a user's things under a result file's
 * name, or that are reached through a link: a run owns its folder while it works, {@code --force}
 * replaces only what the program wrote, and a link is followed before anything is loaded.
 */
class RacingRunsTest {
    @TempDir
    Path dir;

    @Test
    void aSecondRunIntoAFolderInUseIsRefusedUntilTheFirstEnds() throws Exception {
        Path out = dir.resolve("out");
        for (boolean force : new boolean[] {false, true}) {
            try (ResultsFolder first = ResultsFolder.open(out, true)) {
                ResultsFolder.Refused e = assertThrows(ResultsFolder.Refused.class, () -> ResultsFolder.open(out, force));
                assertEquals(out + " is being written by another run (process " + ProcessHandle.current().pid()
                        + "); wait for it to finish, or choose another folder", e.getMessage());
                assertTrue(Files.isDirectory(first.staging()), "the first run's files are untouched");
                first.abandon();
            }
            ResultsFolder.open(out, true).abandon(); // free again once the first has ended
        }
        assertFalse(Files.exists(dir.resolve(".out.lock")), "no lock file left behind");
    }

    /** Another process opening the folder as a run does, then waiting until it is killed. */
    public static final class HoldFolder {
        static ResultsFolder held; // referenced, as a run references its folder: a collected lock is released

        public static void main(String[] args) throws Exception {
            held = ResultsFolder.open(Path.of(args[0]), true);
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    @Test
    void aRunInAnotherProcessHoldsTheFolderUntilItDies() throws Exception {
        Path out = dir.resolve("shared");
        Process holder = new ProcessBuilder(bnlab.ForkedJvm.command("64m", HoldFolder.class.getName(), out.toString()))
                .redirectErrorStream(true).start();
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
            String line = lines.readLine();
            while (line != null && !line.equals("holding")) line = lines.readLine(); // past the JVM's warnings
            assertEquals("holding", line);
            ResultsFolder.Refused e = assertThrows(ResultsFolder.Refused.class, () -> ResultsFolder.open(out, true));
            assertEquals(out + " is being written by another run (process " + holder.pid()
                    + "); wait for it to finish, or choose another folder", e.getMessage());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        // Killed, it could not clean up; the system dropped its lock, and its unfinished set may be replaced.
        ResultsFolder.open(out, true).abandon();
    }

    @Test
    void forceNeverReplacesWhatTheProgramDidNotWrite() throws Exception {
        Path out = Files.createDirectory(dir.resolve("results"));
        for (String name : ResultsFolder.RESULT_FILES) {
            Path mine = Files.createDirectory(out.resolve(name));
            Files.writeString(mine.resolve("notes.txt"), "my notes");
            ResultsFolder.Refused e = assertThrows(ResultsFolder.Refused.class, () -> ResultsFolder.open(out, true));
            assertEquals(mine.toAbsolutePath() + " is not a file that BatchNorm Lab wrote (it is a folder or a link), and a "
                    + "run would have to replace it; move it away, or choose another folder", e.getMessage());
            assertEquals("my notes", Files.readString(mine.resolve("notes.txt")));
            Files.delete(mine.resolve("notes.txt"));
            Files.delete(mine);
        }
        Path notOurs = Files.createDirectory(dir.resolve("results.incomplete"));
        Files.writeString(notOurs.resolve("draft.txt"), "mine");
        ResultsFolder.Refused e = assertThrows(ResultsFolder.Refused.class, () -> ResultsFolder.open(out, true));
        assertTrue(e.getMessage().contains("BatchNorm Lab did not write it (it has no INCOMPLETE.txt)"), e.getMessage());
        assertEquals("mine", Files.readString(notOurs.resolve("draft.txt")));
    }

    @Test
    void aLinkIsFollowedToTheFolderItNames() throws Exception {
        Path target = dir.resolve("real");
        Path dangling = Files.createSymbolicLink(dir.resolve("link"), target);
        Path chain = Files.createSymbolicLink(dir.resolve("link2"), dangling);
        for (Path out : new Path[] {dangling, chain}) {
            try (ResultsFolder f = ResultsFolder.open(out, true)) {
                assertEquals(target.toAbsolutePath(), f.out());
                assertEquals(dir.resolve("real.incomplete").toAbsolutePath(), f.staging());
                f.abandon();
            }
        }
        Path loop = dir.resolve("loop");
        Files.createSymbolicLink(loop, loop);
        assertTrue(assertThrows(ResultsFolder.Refused.class, () -> ResultsFolder.open(loop, true)).getMessage()
                .contains("is a symbolic link in a loop"));
    }
}
