package bnlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code bnlab} in a JVM of its own, for what needs its own heap size or a process to kill. */
final class ForkedCli {
    private ForkedCli() {}

    record Outcome(int status, String stdout, String stderr) {}

    static Process start(Path dir, String maxHeap, String... args) throws IOException {
        List<String> command = bnlab.ForkedJvm.command(maxHeap, "bnlab.Launcher", args);
        return new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    static Outcome run(Path dir, String maxHeap, String... args) throws IOException, InterruptedException {
        Process p = start(dir, maxHeap, args);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("bnlab " + String.join(" ", args) + " did not end");
        }
        return new Outcome(p.exitValue(), Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }
}
