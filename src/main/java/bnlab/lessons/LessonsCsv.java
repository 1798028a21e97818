package bnlab.lessons;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes {@code lessons.csv}: one row per measured claim. */
public final class LessonsCsv {
    private LessonsCsv() {}

    /** Writes atomically, so a reader (or an interrupted run) never sees half a file. */
    public static void write(Path file, List<ClaimRow> rows) throws IOException {
        Path tmp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(ClaimRow.CSV_HEADER);
            w.write('\n');
            for (ClaimRow r : rows) {
                w.write(r.toCsv());
                w.write('\n');
            }
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
