package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** bnlab.data runs in the headless runner and on training threads: no JavaFX, no other bnlab package. */
class PackageBoundaryTest {

    @Test
    void importsOnlyTheJavaPlatform() throws IOException {
        Path sources = Path.of("src/main/java/bnlab/data");
        assertTrue(Files.isDirectory(sources), "run from the project folder");
        List<String> offending;
        try (Stream<Path> files = Files.list(sources)) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(PackageBoundaryTest::lines)
                    .filter(line -> line.startsWith("import ") && !line.startsWith("import java."))
                    .toList();
        }
        assertEquals(List.of(), offending);
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
