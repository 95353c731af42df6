package io.steeldome.sim.live;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.tracking.tracker.TrackId;
import java.util.Objects;
import java.util.Optional;

/**
 * Threat evaluation's verdict on one confirmed track after a scan.
 *
 * @param rank 1 = highest priority (value at risk x urgency)
 * @param timeToImpactS NaN when no asset is at risk
 * @param impact predicted ballistic impact point, empty for level flight
 * @param impactCovEeM2 impact covariance east-east, m^2 (NaN without an impact)
 * @param threatenedAsset the asset with the highest hit probability, empty when none is at risk
 * @param hitProbability that asset's hit probability
 * @param engage whether the hit probability reaches the policy threshold
 * @param explanation the evaluator's reasons, in words
 */
public record ThreatReport(
        int rank,
        TrackId trackId,
        ThreatClass threatClass,
        double timeToImpactS,
        Optional<GeodeticPoint> impact,
        double impactCovEeM2,
        double impactCovEnM2,
        double impactCovNnM2,
        Optional<String> threatenedAsset,
        double hitProbability,
        double priority,
        boolean engage,
        String explanation) {
    public ThreatReport {
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(threatClass, "threatClass");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(threatenedAsset, "threatenedAsset");
        Objects.requireNonNull(explanation, "explanation");
    }
}
