package io.steeldome.sim.run;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import java.util.Optional;

/**
 * Ground truth of one threat and what became of it. Used only for reports and scoring, never by the stages.
 *
 * @param firstDetectionS when a sensor first reported a plot of it (NaN: never)
 * @param firstTrackS when a confirmed track first lay within the scoring gate of it (NaN: never)
 * @param firstShotS when the first interceptor that ended near it was committed (NaN: never)
 * @param path true positions sampled from launch to {@code endTimeS}
 * @param pathTimesS the time of each {@code path} point, s since the scenario start, non-decreasing
 */
public record ThreatOutcome(
        String threatId,
        String type,
        String threatClass,
        double launchTimeS,
        double endTimeS,
        double firstDetectionS,
        double firstTrackS,
        double firstShotS,
        Fate fate,
        Optional<String> assetHit,
        Optional<String> killedBy,
        GeodeticPoint aim,
        GeodeticPoint endPoint,
        List<GeodeticPoint> path,
        List<Double> pathTimesS) {
    public ThreatOutcome {
        path = List.copyOf(path);
        pathTimesS = List.copyOf(pathTimesS);
        if (pathTimesS.size() != path.size()) {
            throw new IllegalArgumentException(
                    "one time per path point: " + pathTimesS.size() + " times for " + path.size() + " points");
        }
    }

    public enum Fate {
        INTERCEPTED,
        IMPACT_ON_ASSET,
        IMPACT_OPEN_GROUND,
        IN_FLIGHT_AT_END
    }
}
