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
}
