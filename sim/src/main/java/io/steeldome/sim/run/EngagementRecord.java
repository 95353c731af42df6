package io.steeldome.sim.run;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.Optional;

/** One interceptor shot: the decision, the plan made from the track, and the physical outcome. */
public record EngagementRecord(
        int id,
        String effectorId,
        String layer,
        long trackId,
        double decisionTimeS,
        double launchTimeS,
        double interceptTimeS,
        GeodeticPoint plannedInterceptPoint,
        double pk,
        double costPerShot,
        Result result,
        Optional<String> threatId,
        double missDistanceM) {
    public enum Result {
        KILL,
        MISS,
        NO_TARGET_IN_BASKET,
        PENDING_AT_END
    }
}
