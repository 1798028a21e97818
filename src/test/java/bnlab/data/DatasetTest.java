package bnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    /** 3 examples of 2×2 "images": example i has features 10i, 10i+1, 10i+2, 10i+3. */
    private static Dataset tiny() {
        double[] x = new double[12];
        for (int i = 0; i < 12; i++) {
            x[i] = 10 * (i / 4) + i % 4;
        }
        return Dataset.of("tiny", x, new int[] {0, 1, 1}, List.of("a", "b"), new int[] {2, 2});
    }

    @Test
    void reportsItsShape() {
        Dataset data = tiny();
        assertEquals(3, data.size());
        assertEquals(4, data.featureCount());
        assertEquals(2, data.classCount());
        assertEquals(List.of("a", "b"), data.classNames());
        assertEquals("b", data.className(1));
        assertArrayEquals(new int[] {2, 2}, data.exampleShape());
        assertTrue(data.isImage());
        assertFalse(data.is2d());
        assertArrayEquals(new int[] {1, 2}, data.classCounts());
        assertEquals(22.0, data.feature(2, 2));
        assertEquals(1, data.label(1));
    }

    @Test
    void pointsInThePlaneAreTwoD() {
        Dataset points = Dataset.of("p", new double[] {0, 1, 2, 3}, new int[] {0, 1}, List.of("0", "1"), new int[] {2});
        assertTrue(points.is2d());
        assertFalse(points.isImage());
    }

    @Test
    void copyExampleWritesOneRowAtTheOffset() {
        double[] dst = new double[7];
        tiny().copyExample(1, dst, 2);
        assertArrayEquals(new double[] {0, 0, 10, 11, 12, 13, 0}, dst);
    }

    @Test
    void callersCannotChangeTheData() {
        double[] x = {1, 2, 3, 4};
        int[] y = {0, 1};
        int[] shape = {2};
        Dataset data = Dataset.of("d", x, y, List.of("0", "1"), shape);
        x[0] = 99;
        y[0] = 1;
        shape[0] = 4;
        data.copyFeatures()[1] = 99;
        data.copyLabels()[1] = 0;
        data.exampleShape()[0] = 4;
        assertEquals(1.0, data.feature(0, 0));
        assertEquals(2.0, data.feature(0, 1));
        assertEquals(0, data.label(0));
        assertEquals(1, data.label(1));
        assertEquals(2, data.featureCount());
        assertThrows(UnsupportedOperationException.class, () -> data.classNames().set(0, "x"));
    }

    @Test
    void subsetTakesRowsInTheGivenOrder() {
        Dataset sub = tiny().subset(new int[] {2, 0, 2});
        assertEquals(3, sub.size());
        assertEquals(20.0, sub.feature(0, 0));
        assertEquals(0.0, sub.feature(1, 0));
        assertEquals(23.0, sub.feature(2, 3));
        assertArrayEquals(new int[] {1, 0, 1}, sub.copyLabels());
        assertEquals(tiny().classNames(), sub.classNames());
        assertArrayEquals(new int[] {2, 2}, sub.exampleShape());
    }

    @Test
    void firstKeepsTheHead() {
        Dataset data = tiny();
        Dataset head = data.first(2);
        assertEquals(2, head.size());
        assertEquals(13.0, head.feature(1, 3));
        assertSame(data, data.first(10));
    }

    @Test
    void rejectsInconsistentArrays() {
        List<String> names = List.of("0", "1");
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.of("d", new double[5], new int[] {0, 1}, names, new int[] {2}));
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.of("d", new double[4], new int[] {0, 2}, names, new int[] {2}));
        assertThrows(IllegalArgumentException.class,
                () -> Dataset.of("d", new double[4], new int[] {0, 1}, names, new int[] {0}));
        assertThrows(IndexOutOfBoundsException.class, () -> tiny().feature(0, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> tiny().copyExample(3, new double[4], 0));
    }
}
