package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {

    @TempDir
    Path dir;

    @Test
    void generatedPointsAreSplitEightyTwentyAndBalanced() throws Exception {
        DatasetSplit split = DatasetLoader.load(DatasetSpec.of("spiral"), 1, dir);
        assertEquals(400, split.train().size());
        assertEquals(100, split.test().size());
        assertTrue(split.train().is2d());
        int[] counts = split.test().classCounts();
        assertTrue(Arrays.stream(counts).max().orElseThrow() - Arrays.stream(counts).min().orElseThrow() <= 1,
                Arrays.toString(counts));
    }

    @Test
    void sameSpecAndSeedGiveTheSameSplit() throws Exception {
        DatasetSpec spec = DatasetSpec.points("moons", 300, 0.2, 2);
        DatasetSplit a = DatasetLoader.load(spec, 7, dir);
        DatasetSplit b = DatasetLoader.load(spec, 7, dir);
        DatasetSplit c = DatasetLoader.load(spec, 8, dir);
        assertArrayEquals(a.train().copyFeatures(), b.train().copyFeatures());
        assertArrayEquals(a.test().copyLabels(), b.test().copyLabels());
        assertFalse(Arrays.equals(a.train().copyFeatures(), c.train().copyFeatures()));
    }

    @Test
    void trainSizeKeepsPartOfTheRest() throws Exception {
        DatasetSplit split = DatasetLoader.load(DatasetSpec.of("xor").withSizes(100, 50), 3, dir);
        assertEquals(100, split.train().size());
        assertEquals(50, split.test().size());
    }

    @Test
    void digitsDefaultTo1437And360StratifiedAndInZeroOne() throws Exception {
        DatasetSplit split = DatasetLoader.load(DatasetSpec.of("digits"), 42, null);
        assertEquals(1437, split.train().size());
        assertEquals(360, split.test().size());
        for (int count : split.test().classCounts()) {
            assertTrue(count >= 35 && count <= 37, Arrays.toString(split.test().classCounts()));
        }
        assertTrue(Arrays.stream(split.train().copyFeatures()).allMatch(v -> v >= 0 && v <= 1));
    }

    @Test
    void fashionMnistKeepsTheFirstImages() throws Exception {
        DatasetSplit split = DatasetLoader.load(DatasetSpec.of("fashion-mnist").withSizes(500, 100), 1, null);
        assertEquals(500, split.train().size());
        assertEquals(100, split.test().size());
        assertEquals(9, split.train().label(0), "first image of the file, not a random one");
    }

    @Test
    void idxFilesResolveAgainstTheExperimentFolder() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        IdxFiles.images(data.resolve("train-images.gz"), 40, 4, 4, true);
        IdxFiles.labels(data.resolve("train-labels.gz"), IdxFiles.cycle(40, 4), true);
        IdxFiles.images(data.resolve("test-images"), 12, 4, 4, false);
        IdxFiles.labels(data.resolve("test-labels"), IdxFiles.cycle(12, 4), false);

        DatasetSplit pair = DatasetLoader.load(DatasetSpec.idx("data/train-images.gz", "data/train-labels.gz",
                "data/test-images", "data/test-labels").withSizes(30, null), 1, dir);
        assertEquals(30, pair.train().size());
        assertEquals(12, pair.test().size());
        assertArrayEquals(new int[] {4, 4}, pair.train().exampleShape());

        DatasetSplit pooled = DatasetLoader.load(DatasetSpec.idx("data/train-images.gz", "data/train-labels.gz",
                null, null), 1, dir);
        assertEquals(32, pooled.train().size());
        assertEquals(8, pooled.test().size());
        assertArrayEquals(new int[] {2, 2, 2, 2}, pooled.test().classCounts());
    }

    @Test
    void csvIsSplitAndStandardizedByDefault() throws Exception {
        StringBuilder content = new StringBuilder("height,weight,kind\n");
        for (int i = 0; i < 50; i++) {
            content.append(150 + i).append(',').append(1000 * i).append(',').append(i % 2 == 0 ? "even" : "odd").append('\n');
        }
        Files.writeString(dir.resolve("people.csv"), content);
        DatasetSplit split = DatasetLoader.load(DatasetSpec.csv("people.csv", "kind"), 5, dir);
        assertEquals(40, split.train().size());
        assertEquals(10, split.test().size());
        assertFalse(split.standardizer().isIdentity());
        double mean = 0;
        for (int i = 0; i < split.train().size(); i++) {
            mean += split.train().feature(i, 1);
        }
        assertEquals(0.0, mean / split.train().size(), 1e-12);
    }

    @Test
    void standardizeFalseLeavesValuesAlone() throws Exception {
        DatasetSplit split = DatasetLoader.load(DatasetSpec.of("digits").withStandardize(false), 1, null);
        assertTrue(split.standardizer().isIdentity());
        DatasetSplit standardized = DatasetLoader.load(DatasetSpec.of("digits").withStandardize(true), 1, null);
        assertFalse(standardized.standardizer().isIdentity());
    }

    @Test
    void specProblemsBecomeTheMessage() {
        DatasetSpec spec = new DatasetSpec("spiral", null, null, null, 3.0, 7, null, null, null, null, null, null, null, null);
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.load(spec, 1, dir));
        assertEquals("dataset.noise must be between 0 and 1; got 3\n"
                + "dataset.classes for spiral must be between 2 and 5; got 7", e.getMessage());
    }

    @Test
    void fileProblemsNameTheFile() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> DatasetLoader.load(DatasetSpec.csv("nope.csv", null), 1, dir));
        assertTrue(e.getMessage().startsWith("nope.csv: file not found (looked for " + dir.toAbsolutePath()),
                e.getMessage());
    }

    @Test
    void trainSizeLargerThanTheFileIsReported() throws Exception {
        IdxFiles.images(dir.resolve("i"), 10, 2, 2, false);
        IdxFiles.labels(dir.resolve("l"), IdxFiles.cycle(10, 2), false);
        DatasetException e = assertThrows(DatasetException.class,
                () -> DatasetLoader.load(DatasetSpec.idx("i", "l", null, null).withSizes(9, null), 1, dir));
        assertEquals("dataset.trainSize is 9 but only 8 examples are left for training (i holds 10 and 2 go to the "
                + "test set)", e.getMessage());
    }
}
