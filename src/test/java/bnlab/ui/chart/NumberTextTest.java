package bnlab.ui.chart;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;

class NumberTextTest {
    final NumberText en = new NumberText(Locale.ENGLISH);
    final NumberText de = new NumberText(Locale.GERMANY);

    @Test
    void usesTrueMinusAndLocaleSeparators() {
        assertEquals("\u22120.50", en.fixed(-0.5, 2));
        assertEquals("\u22120,50", de.fixed(-0.5, 2));
        assertEquals("12,345", en.count(12_345));
        assertEquals("12.345", de.count(12_345));
        assertEquals("0", en.fixed(-0.0001, 0), "no negative zero");
    }

    @Test
    void compactKeepsThreeSignificantDigitsButWholeNumbersWhole() {
        assertEquals("\u221210", en.compact(-10));
        assertEquals("4.28", en.compact(4.2817));
        assertEquals("0.960", en.compact(0.96));
        assertEquals("2.50", en.compact(2.5));
        assertEquals("1,200", en.compact(1200));
        assertEquals("0.0664", en.compact(0.06641));
        assertEquals("1.2e\u22124", en.compact(0.00012));
        assertEquals("NaN", en.compact(Double.NaN));
        assertEquals("+\u221e", en.compact(Double.POSITIVE_INFINITY));
    }

    @Test
    void briefKeepsTwoSignificantDigits() {
        assertEquals("4.3", en.brief(4.2817));
        assertEquals("15", en.brief(14.6));
        assertEquals("0.027", en.brief(0.0273));
        assertEquals("\u22126.9e\u22124", en.brief(-6.89e-4));
        assertEquals("1,234", en.brief(1234), "no digits are dropped before the decimal point");
        assertEquals("0", en.brief(0));
    }

    @Test
    void sharesNeverRoundASmallPartToZero() {
        assertEquals("50.0%", en.share(1, 2));
        assertEquals("<0.1%", en.share(1, 100_000));
        assertEquals("0.0%", en.share(0, 100_000));
        assertEquals("\u2014", en.share(1, 0));
    }

    @Test
    void tickLabelsTakeTheirDecimalsFromTheStep() {
        assertEquals("\u22120.25", en.tick(-0.25, 0.25));
        assertEquals("5", en.tick(5, 5));
        assertEquals("0.0", en.tick(1e-17, 0.5));
        assertEquals("0.0", en.tick(-1e-17, 0.5));
        assertEquals("2,500", en.tick(2500, 2500));
    }
}
