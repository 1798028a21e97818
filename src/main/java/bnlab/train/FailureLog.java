package bnlab.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Where the stack traces of internal errors go instead of the user's screen: appended to
 * {@code bnlab-errors.log} in the system's temporary folder, for a bug report.
 */
public final class FailureLog {
    private static volatile boolean echo;

    private FailureLog() {}

    /** Also print each stack trace on stderr (bnlab run --debug). */
    public static void echoToStderr(boolean on) {
        echo = on;
    }

    public static Path file() {
        return Path.of(System.getProperty("java.io.tmpdir"), "bnlab-errors.log");
    }

    /** Appends the time, the thread and the stack trace; a log that cannot be written is not an error of its own. */
    public static synchronized void write(Throwable t) {
        StringWriter text = new StringWriter();
        text.write(Instant.now() + " in thread " + Thread.currentThread().getName() + "\n");
        t.printStackTrace(new PrintWriter(text));
        if (echo) System.err.print(text);
        try {
            Files.writeString(file(), text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException ignored) {
            // the sentence the user sees is what matters; the log is a courtesy
        }
    }
}
