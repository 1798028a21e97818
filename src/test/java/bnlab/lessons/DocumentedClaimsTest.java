package bnlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every claim that docs/lessons.md (Results) states as holding is measured again, with the real engine, in
 * the quick form (fewer steps, the same claims), and must hold. The documentation's table is the
 * source: change a verdict there and this test checks the new one.
 */
class DocumentedClaimsTest {
    static final Path DOC = Path.of("docs", "lessons.md");

    /** One row of the documented table. */
    record Documented(String lesson, String claim, boolean holds) {}

    @TempDir
    static Path out;

    static List<Documented> documented() throws IOException {
        assertTrue(Files.isRegularFile(DOC), "run from the project folder: " + DOC.toAbsolutePath());
        List<Documented> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DOC)) {
            if (!line.matches("\\| \\d\\d-[a-z-]+ \\|.*")) continue;
            String[] cells = line.split("\\|");
            // "", lesson, claim, with BN, without BN, holds, (nothing after the last bar)
            assertEquals(6, cells.length, "a table row of docs/lessons.md (Results) has 5 cells: " + line);
            String verdict = cells[5].replace("*", "").trim();
            assertTrue(verdict.equals("yes") || verdict.equals("no"), "holds must be yes or no: " + line);
            rows.add(new Documented(cells[1].trim(), cells[2].trim(), verdict.equals("yes")));
        }
        return rows;
    }

    @Test
    void theDocumentationHasAVerdictForEveryLesson() throws IOException {
        List<Documented> docs = documented();
        for (String id : LessonCatalog.load().ids()) {
            assertTrue(docs.stream().anyMatch(d -> d.lesson().equals(id)), "docs/lessons.md (Results) has no row for " + id);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyClaimDocumentedAsHoldingHolds() throws IOException {
        List<Documented> docs = documented();
        MeasurementContext context = new MeasurementContext(out, true, LessonCatalog.load());
        return LessonMeasurements.all().stream().map(m -> DynamicTest.dynamicTest(m.lessonId(), () -> {
            List<ClaimRow> measured = m.measure(context);
            List<Documented> mine = docs.stream().filter(d -> d.lesson().equals(m.lessonId())).toList();
            assertEquals(measured.size(), mine.size(), "docs/lessons.md (Results) and the measurement list different claims");
            for (Documented d : mine) {
                ClaimRow row = measured.stream().filter(r -> r.claim().equals(d.claim())).findFirst().orElse(null);
                assertNotNull(row, "the documented claim is not measured any more: " + d.claim());
                if (d.holds()) {
                    assertTrue(row.holds(), "documented as holding but does not in the quick form: " + row);
                }
            }
            assertTrue(Files.isDirectory(out.resolve(m.lessonId())), "curves are written under DIR/<lesson-id>/");
            assertFalse(measured.isEmpty());
        }));
    }
}
