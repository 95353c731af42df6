package io.steeldome.defence.doctrine;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.impact.PredictedPath;

/** A constant-velocity path from {@code startEnu} at {@code startTime} until {@code endTime}, for analytic tests. */
record LinearPath(SimTime startTime, SimTime endTime, EnuVector startEnu, EnuVector velocityMps)
        implements PredictedPath {

    @Override
    public EnuVector positionAt(SimTime time) {
        SimTime t = time.isBefore(startTime) ? startTime : time.isAfter(endTime) ? endTime : time;
        return startEnu.plus(velocityMps.times(t.secondsSince(startTime)));
    }
}
