package io.steeldome.defence.doctrine;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.tracking.tracker.TrackId;
import java.util.Objects;

/**
 * One round the controller recommends firing: which effector, at which track, planned how, and why. It becomes an
 * engagement only through an {@link ApprovedEngagement}.
 *
 * @param id unique within a run, e.g. "R12"
 * @param round the round's number among all rounds at this track (1 = first)
 * @param expectedValueSaved the assigner's marginal reduction of expected surviving value
 * @param reason why this shot, in words for the operator
 */
public record EngagementRecommendation(
        String id,
        SimTime madeAt,
        String effectorId,
        String layer,
        TrackId trackId,
        ThreatClass threatClass,
        Identification identity,
        WeaponsControlStatus weaponsControl,
        int round,
        double pk,
        InterceptSolution solution,
        double costPerShotUsd,
        double expectedValueSaved,
        String reason) {
    public EngagementRecommendation {
        for (String[] s :
                new String[][] {{"id", id}, {"effectorId", effectorId}, {"layer", layer}, {"reason", reason}}) {
            if (s[1] == null || s[1].isBlank()) {
                throw new SteeldomeException(DoctrineError.BLANK, "recommendation " + s[0]);
            }
        }
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(threatClass, "threatClass");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(weaponsControl, "weaponsControl");
        Objects.requireNonNull(solution, "solution");
        if (round < 1) {
            throw new SteeldomeException(DoctrineError.NOT_A_COUNT, "round", 1, round);
        }
        Checks.inRange("pk", pk, 0, 1, "");
        Checks.nonNegative("costPerShotUsd", costPerShotUsd, "USD");
        Checks.finite("expectedValueSaved", expectedValueSaved);
    }
}
