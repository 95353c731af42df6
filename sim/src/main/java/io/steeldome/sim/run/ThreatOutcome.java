package io.steeldome.sim.run;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import java.util.Optional;

/** Ground truth of one threat and what became of it. Used only for reports and scoring, never by the stages. */
public record ThreatOutcome(
        String threatId,
        String type,
        String threatClass,
        double launchTimeS,
        double endTimeS,
        Fate fate,
        Optional<String> assetHit,
        Optional<String> killedBy,
        GeodeticPoint aim,
        GeodeticPoint endPoint,
        List<GeodeticPoint> path) {
    public ThreatOutcome {
        path = List.copyOf(path);
    }

    public enum Fate {
        INTERCEPTED,
        IMPACT_ON_ASSET,
        IMPACT_OPEN_GROUND,
        IN_FLIGHT_AT_END
    }
}
