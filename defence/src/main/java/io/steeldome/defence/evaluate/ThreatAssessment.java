package io.steeldome.defence.evaluate;

import io.steeldome.defence.impact.ImpactPrediction;
import io.steeldome.defence.impact.PredictedPath;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.tracking.tracker.TrackId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The evaluator's verdict on one track.
 *
 * @param impact the ballistic impact estimate; empty for level flight (its risk is by ground track)
 * @param assetRisks per-asset hit probabilities, in the order the assets were given
 * @param valueAtRisk sum over assets of value x P(hit)
 * @param timeToImpactS to the ballistic impact, or to the closest approach of the asset contributing most value at
 *     risk; empty when no asset is at risk
 * @param priority valueAtRisk x urgency, urgency = 1 / max(timeToImpactS, policy floor)
 * @param engage true if P(hit) of some asset reaches the policy threshold
 * @param path the predicted path used (ballistic or straight line)
 */
public record ThreatAssessment(
        TrackId trackId,
        ThreatClass threatClass,
        Optional<ImpactPrediction> impact,
        List<AssetRisk> assetRisks,
        double valueAtRisk,
        OptionalDouble timeToImpactS,
        double priority,
        boolean engage,
        PredictedPath path,
        String explanation) {
    public ThreatAssessment {
        assetRisks = List.copyOf(assetRisks);
    }

    /** Largest P(hit) over the assets (0 with no assets). */
    public double maxHitProbability() {
        return assetRisks.stream().mapToDouble(AssetRisk::hitProbability).max().orElse(0);
    }

    /** P(hit) of the asset with {@code assetId}, 0 if unknown. */
    public double hitProbability(String assetId) {
        return assetRisks.stream()
                .filter(r -> r.assetId().equals(assetId))
                .mapToDouble(AssetRisk::hitProbability)
                .findFirst()
                .orElse(0);
    }
}
