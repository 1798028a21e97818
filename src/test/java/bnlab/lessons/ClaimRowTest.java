package bnlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClaimRowTest {
    @Test
    void numbersAreShortAndLocaleFree() {
        assertEquals("0.8275", ClaimRow.number(0.8275));
        assertEquals("1200", ClaimRow.number(1200));
        assertEquals("3.8e-05", ClaimRow.number(3.8e-5));
        assertEquals("12.5", ClaimRow.number(12.5));
        assertEquals("0.1", ClaimRow.number(0.1));
        assertEquals("-0.315", ClaimRow.number(-0.315));
        assertEquals("", ClaimRow.number(Double.NaN));
    }

    @Test
    void claimsWithCommasAreQuoted() {
        ClaimRow r = new ClaimRow("02-x", "steps until 70%, tested every 50 steps", 100, Double.NaN, true);
        assertEquals("02-x,\"steps until 70%, tested every 50 steps\",100,,true", r.toCsv());
        assertEquals("\"a \"\"b\"\"\"", ClaimRow.quote("a \"b\""));
        assertEquals("plain", ClaimRow.quote("plain"));
    }
}
