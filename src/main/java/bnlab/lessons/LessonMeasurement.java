package bnlab.lessons;

import bnlab.data.DatasetException;
import java.io.IOException;
import java.util.List;

/**
 * Measures a lesson's claim with the real engine, so the lesson never promises what the network
 * does not do. One implementation per lesson.
 */
public interface LessonMeasurement {
    /** The id of the lesson whose claim this measures. */
    String lessonId();

    /**
     * Trains what the claim needs and returns one row per claim and setting, reporting honestly
     * whether each held. Curves go to {@code context.dir(lessonId())}.
     */
    List<ClaimRow> measure(MeasurementContext context) throws IOException, InterruptedException, DatasetException;
}
