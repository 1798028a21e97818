package bnlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import bnlab.ui.chart.PercentilePoint;
import bnlab.ui.chart.ValueRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandsPanelTest {
    private static List<PercentilePoint> measuredAt(long... steps) {
        List<PercentilePoint> points = new ArrayList<>();
        for (long s : steps) points.add(new PercentilePoint(s, new double[PercentilePoint.PERCENTILES.length]));
        return points;
    }

    @Test
    void twinsThatAreApartShareTheStepsOfBoth() {
        ValueRange r = BandsPanel.sharedSteps(List.of(measuredAt(0, 400, 1502), measuredAt(0, 500, 1772)));
        assertEquals(0, r.min());
        assertEquals(1772, r.max());
    }

    @Test
    void oneNetworkKeepsItsOwnStepAxis() {
        assertNull(BandsPanel.sharedSteps(List.of(measuredAt(0, 100, 200))));
    }

    @Test
    void twinsWithNothingMeasuredYetHaveNoSharedAxis() {
        assertNull(BandsPanel.sharedSteps(List.of(measuredAt(), measuredAt())));
    }

    /** A fast run measures seldom: a lone measurement at step 0 is one column at the left, not a band over a 2-step axis. */
    @Test
    void aLoneMeasurementSpansTheStepsTrained() {
        ValueRange r = BandsPanel.stepsSpanned(List.of(measuredAt(0), measuredAt(0), measuredAt(0)), 3324);
        assertEquals(0, r.min());
        assertEquals(3324, r.max());
        ValueRange one = BandsPanel.stepsSpanned(List.of(measuredAt(0)), 500);
        assertEquals(500, one.max(), "the focus view's single network too");
    }

    @Test
    void runsMeasuredApartSpanFromFirstToLastMeasurement() {
        ValueRange r = BandsPanel.stepsSpanned(List.of(measuredAt(0), measuredAt(0, 1021), measuredAt(0, 400)), 1679);
        assertEquals(0, r.min());
        assertEquals(1021, r.max());
        assertNull(BandsPanel.stepsSpanned(List.of(measuredAt(), measuredAt()), 100), "nothing measured: nothing to span");
    }

    /** Three networks in a projector's right column (1280×720: about 420 px) go one below the other. */
    @Test
    void threeNetworksStackWhereTheirColumnsWouldBeTooNarrow() {
        var p = bnlab.ui.chart.ChartStyle.PRESENTER;
        org.junit.jupiter.api.Assertions.assertTrue(BandsPanel.stacks(420, 3, p));
        org.junit.jupiter.api.Assertions.assertFalse(BandsPanel.stacks(420, 2, p), "two fit side by side");
        org.junit.jupiter.api.Assertions.assertFalse(BandsPanel.stacks(650, 3, p), "a wide screen keeps the columns");
        org.junit.jupiter.api.Assertions.assertFalse(BandsPanel.stacks(100, 1, p), "one network has nothing to stack");
        org.junit.jupiter.api.Assertions.assertTrue(BandsPanel.stacks(400, 3, bnlab.ui.chart.ChartStyle.DEFAULT));
    }
}
