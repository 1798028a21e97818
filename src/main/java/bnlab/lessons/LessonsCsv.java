package bnlab.lessons;

import bnlab.data.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code lessons.csv}: one row per measured claim. */
public final class LessonsCsv {
    private LessonsCsv() {}

    /** Writes atomically, so a reader (or an interrupted run) never sees half a file. */
    public static void write(Path file, List<ClaimRow> rows) throws IOException {
        AtomicFiles.writeText(file, w -> {
            w.write(ClaimRow.CSV_HEADER);
            w.write('\n');
            for (ClaimRow r : rows) {
                w.write(r.toCsv());
                w.write('\n');
            }
        });
    }
}
