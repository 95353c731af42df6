package io.steeldome.defence.impact;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;

/**
 * Constant-velocity flight in the scenario ENU frame from a track's mean: the honest "continues on its present
 * course" model for drones, cruise missiles and aircraft. Over ranges of tens of km the ENU straight line rises
 * above a constant-height path by d^2 / (2 R) (31 m at 20 km, 200 m at 50 km); the ground track is unaffected.
 */
public record StraightLinePath(SimTime startTime, EnuVector startEnu, EnuVector velocityEnuMps, SimTime endTime)
        implements PredictedPath {
    public StraightLinePath {
        if (endTime.isBefore(startTime)) {
            throw new SteeldomeException(
                    ImpactError.BAD_INTERVAL, "straight-line path", endTime.seconds(), startTime.seconds());
        }
    }

    @Override
    public EnuVector positionAt(SimTime time) {
        double dt = clampedSecondsSinceStart(time);
        return startEnu.plus(velocityEnuMps.times(dt));
    }

    /** The (constant) velocity, m/s. */
    public EnuVector velocityAt(SimTime time) {
        return velocityEnuMps;
    }

    private double clampedSecondsSinceStart(SimTime time) {
        if (time.isBefore(startTime)) {
            return 0;
        }
        return (time.isAfter(endTime) ? endTime : time).secondsSince(startTime);
    }
}
