package bnlab.lessons;

import java.util.List;

/** Every lesson's measurement, in lesson order. */
public final class LessonMeasurements {
    private LessonMeasurements() {}

    public static List<LessonMeasurement> all() {
        return List.of(new CovariateShiftMeasurement(), new ConvergenceMeasurement(), new LearningRateMeasurement(),
                new InitialisationMeasurement(), new VanishingGradientMeasurement(), new InferenceMeasurement(),
                new SmallBatchMeasurement(), new PlacementMeasurement(),
                new RegularizationMeasurement(), new LandscapeMeasurement(), new SwitchOffMeasurement());
    }
}
