package bnlab.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepAxisTest {
    @Test
    void readsAListOfNumbersInTheOrderGivenWithoutRepeats() throws Exception {
        SweepAxis a = SweepAxis.parse("optimizer.learningRate=0.3, 0.01,1e-3,0.3");
        assertEquals("optimizer.learningRate", a.path());
        assertEquals(List.of(0.3, 0.01, 0.001), a.values());
        assertFalse(a.spansDecade() && a.values().size() < 2);
    }

    @Test
    void aLogRangeSpacesItsValuesEvenlyOnALogScaleWithBothEnds() throws Exception {
        SweepAxis a = SweepAxis.parse("optimizer.learningRate=0.01..30:log12");
        assertEquals(12, a.values().size());
        assertEquals(0.01, a.values().get(0), 0.0);
        assertEquals(30, a.values().get(11), 0.0);
        double ratio = Math.pow(3000, 1.0 / 11);
        for (int i = 1; i < 12; i++) {
            assertEquals(ratio, a.values().get(i) / a.values().get(i - 1), 1e-9, "a constant ratio at " + i);
        }
        assertTrue(a.spansDecade());
    }

    @Test
    void aLinearRangeAndListedValuesMix() throws Exception {
        SweepAxis a = SweepAxis.parse("network.initScale=0.5..2:4,3");
        assertEquals(List.of(0.5, 1.0, 1.5, 2.0, 3.0), a.values());
        assertFalse(a.spansDecade(), "0.5 to 3 is less than a decade");
        assertEquals(List.of(true, true, true, true, false), a.computed());
    }

    @Test
    void aWholeNumberFieldRoundsARangeButNotAListedValue() throws Exception {
        SweepAxis a = SweepAxis.parse("batchSize=2..64:log6").roundedRanges();
        assertEquals(List.of(2.0, 4.0, 8.0, 16.0, 32.0, 64.0), a.values());
        SweepAxis b = SweepAxis.parse("batchSize=2..10:log4,2.5").roundedRanges();
        assertEquals(List.of(2.0, 3.0, 6.0, 10.0, 2.5), b.values(), "3.42 and 5.85 rounded; 2.5 left for the validator to name");
        SweepAxis c = SweepAxis.parse("batchSize=1..2:5").roundedRanges();
        assertEquals(List.of(1.0, 2.0), c.values(), "repeats after rounding dropped");
    }

    @Test
    void writesValuesWithoutNoise() throws Exception {
        assertEquals("8", SweepAxis.format(8.0));
        assertEquals("0.03", SweepAxis.format(0.03));
        assertEquals("0.3", SweepAxis.format(SweepAxis.parse("x=0.1..0.5:5").values().get(2)));
        assertEquals("-2", SweepAxis.format(-2.0));
    }

    @Test
    void namesWhatIsWrongInOneSentence() {
        assertEquals("--set optimizer.learningRate: \"fast\" is not a number",
                assertThrows(SweepAxis.BadSetting.class, () -> SweepAxis.parse("optimizer.learningRate=0.1,fast")).getMessage());
        assertTrue(assertThrows(SweepAxis.BadSetting.class, () -> SweepAxis.parse("batchSize")).getMessage()
                .contains("write the field, =, and its values"));
        assertTrue(assertThrows(SweepAxis.BadSetting.class, () -> SweepAxis.parse("batchSize=")).getMessage()
                .contains("no values after ="));
        assertTrue(assertThrows(SweepAxis.BadSetting.class, () -> SweepAxis.parse("=1,2")).getMessage()
                .contains("the field before = is missing"));
        assertTrue(assertThrows(SweepAxis.BadSetting.class, () -> SweepAxis.parse("x=1,,2")).getMessage()
                .contains("an empty value between commas"));
        assertTrue(assertThrows(SweepAxis.BadSetting.class, () -> SweepAxis.parse("x=0..1")).getMessage()
                .contains("is not a range; write FROM..TO:COUNT"));
        assertTrue(assertThrows(SweepAxis.BadSetting.class, () -> SweepAxis.parse("x=0..1:1")).getMessage()
                .contains("needs a count from 2 to 1000; got 1"));
        assertTrue(assertThrows(SweepAxis.BadSetting.class, () -> SweepAxis.parse("x=0..1:log5")).getMessage()
                .contains("a log range needs two positive ends"));
        assertTrue(assertThrows(SweepAxis.BadSetting.class, () -> SweepAxis.parse("x=NaN")).getMessage()
                .contains("not a finite number"));
        assertTrue(assertThrows(SweepAxis.BadSetting.class, () -> SweepAxis.parse("x=0..1:600,2..3:600")).getMessage()
                .contains("more than 1000 values"));
    }
}
