package io.steeldome.defence.doctrine;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.defence.evaluate.ThreatAssessment;
import java.util.Objects;

/**
 * What the controller knows of one confirmed track at a decision instant; all from sensors and own bookkeeping,
 * nothing from truth.
 *
 * @param firstSeenEnu where the track was first seen (scenario ENU frame), for the origin rule of identification
 * @param seenThisScan whether the track was updated with a plot at this instant (a look)
 * @param shotsInFlight interceptors on their way to it
 * @param roundsSpent interceptors fired at it so far (including those in flight)
 */
public record TrackPicture(
        ThreatAssessment assessment, EnuVector firstSeenEnu, boolean seenThisScan, int shotsInFlight, int roundsSpent) {
    public TrackPicture {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(firstSeenEnu, "firstSeenEnu");
        if (shotsInFlight < 0 || roundsSpent < shotsInFlight) {
            throw new SteeldomeException(DoctrineError.NOT_A_COUNT, "roundsSpent >= shotsInFlight", 0, roundsSpent);
        }
    }
}
