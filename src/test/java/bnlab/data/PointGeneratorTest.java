package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PointGeneratorTest {

    private static final String[] SHAPES = {"spiral", "circles", "moons", "xor", "blobs"};

    @ParameterizedTest
    @ValueSource(strings = {"spiral", "circles", "moons", "xor", "blobs"})
    void sameArgumentsGiveBitIdenticalPoints(String shape) {
        PointGenerator generator = PointGenerator.named(shape);
        Dataset a = generator.generate(301, 0.2, generator.maxClasses(), 42);
        Dataset b = generator.generate(301, 0.2, generator.maxClasses(), 42);
        assertArrayEquals(bits(a.copyFeatures()), bits(b.copyFeatures()));
        assertArrayEquals(a.copyLabels(), b.copyLabels());
        Dataset other = generator.generate(301, 0.2, generator.maxClasses(), 43);
        assertFalse(Arrays.equals(a.copyFeatures(), other.copyFeatures()), "another seed gives other points");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spiral", "circles", "moons", "xor", "blobs"})
    void classesAreBalancedAndPointsAreTwoD(String shape) {
        PointGenerator generator = PointGenerator.named(shape);
        for (int classes = generator.minClasses(); classes <= generator.maxClasses(); classes++) {
            Dataset data = generator.generate(203, 0.1, classes, 7);
            assertEquals(203, data.size());
            assertEquals(classes, data.classCount());
            assertTrue(data.is2d());
            int[] counts = data.classCounts();
            int min = Arrays.stream(counts).min().orElseThrow();
            int max = Arrays.stream(counts).max().orElseThrow();
            assertTrue(max - min <= 1, shape + " with " + classes + " classes: " + Arrays.toString(counts));
            assertEquals(shape, data.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"spiral", "circles", "moons", "xor", "blobs"})
    void withoutNoiseEveryPointLiesInTheUnitSquare(String shape) {
        PointGenerator generator = PointGenerator.named(shape);
        Dataset data = generator.generate(2000, 0, generator.maxClasses(), 3);
        double largest = 0;
        for (int i = 0; i < data.size(); i++) {
            largest = Math.max(largest, Math.max(Math.abs(data.feature(i, 0)), Math.abs(data.feature(i, 1))));
        }
        assertTrue(largest <= 1.0, shape + " reaches " + largest);
        assertTrue(largest >= 0.5, shape + " uses the square, reaching " + largest);
    }

    @Test
    void noiseIsTheStandardDeviationOfTheJitter() {
        // Same seed: the shape's own draws and the jitter draws interleave identically, so the
        // only difference between noise 0 and noise 0.3 is 0.3 × the same Gaussian numbers.
        Dataset crisp = new XorGenerator().generate(4000, 0, 2, 11);
        Dataset noisy = new XorGenerator().generate(4000, 0.3, 2, 11);
        double sumSquares = 0;
        for (int i = 0; i < crisp.size(); i++) {
            for (int j = 0; j < 2; j++) {
                double jitter = noisy.feature(i, j) - crisp.feature(i, j);
                sumSquares += jitter * jitter;
            }
        }
        double std = Math.sqrt(sumSquares / (2 * crisp.size()));
        assertEquals(0.3, std, 0.015);
    }

    @Test
    void xorLabelsFollowTheSignsOfTheCoordinates() {
        Dataset data = new XorGenerator().generate(400, 0, 2, 5);
        for (int i = 0; i < data.size(); i++) {
            boolean sameSign = data.feature(i, 0) * data.feature(i, 1) > 0;
            assertEquals(sameSign ? 0 : 1, data.label(i));
        }
    }

    @Test
    void circlesPutEachClassInItsOwnRing() {
        Dataset data = new CirclesGenerator().generate(600, 0, 3, 5);
        for (int i = 0; i < data.size(); i++) {
            double radius = Math.hypot(data.feature(i, 0), data.feature(i, 1));
            int c = data.label(i);
            assertTrue(radius >= c / 3.0 && radius <= (c + 1) / 3.0, "class " + c + " at radius " + radius);
        }
    }

    @Test
    void blobsStayNearTheirCentres() {
        Dataset data = new BlobsGenerator().generate(800, 0, 8, 5);
        for (int i = 0; i < data.size(); i++) {
            double angle = 2 * Math.PI * data.label(i) / 8 + Math.PI / 4;
            double dx = data.feature(i, 0) - 0.7 * Math.cos(angle);
            double dy = data.feature(i, 1) - 0.7 * Math.sin(angle);
            assertTrue(Math.hypot(dx, dy) <= 0.2 + 1e-12);
        }
    }

    @Test
    void spiralArmsWindOutwards() {
        Dataset data = new SpiralGenerator().generate(300, 0, 3, 5);
        for (int i = 0; i < data.size(); i++) {
            double radius = Math.hypot(data.feature(i, 0), data.feature(i, 1));
            assertTrue(radius >= 0.05 - 1e-12 && radius <= 1 + 1e-12);
        }
    }

    @Test
    void moonsSpanTheDocumentedBox() {
        Dataset data = new MoonsGenerator().generate(1000, 0, 2, 5);
        for (int i = 0; i < data.size(); i++) {
            assertTrue(Math.abs(data.feature(i, 0)) <= 1 + 1e-12);
            assertTrue(Math.abs(data.feature(i, 1)) <= 0.5 + 1e-12);
        }
    }

    @Test
    void findsGeneratorsByName() {
        assertEquals(List.of(SHAPES), PointGenerator.ALL.stream().map(PointGenerator::name).toList());
        assertSame(PointGenerator.ALL.get(0), PointGenerator.named("spiral"));
        assertNull(PointGenerator.named("Spiral"));
        assertEquals("spiral, circles, moons, xor, blobs", PointGenerator.names());
        assertEquals(3, PointGenerator.named("spiral").defaultClasses());
    }

    @Test
    void rejectsArgumentsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new MoonsGenerator().generate(100, 0.1, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new SpiralGenerator().generate(100, 0.1, 6, 1));
        assertThrows(IllegalArgumentException.class, () -> new BlobsGenerator().generate(100, 1.5, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new BlobsGenerator().generate(2, 0.1, 3, 1));
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
