package io.steeldome.defence.engagement;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.impact.PredictedPath;

/** A constant-velocity path from {@code start} to {@code end}, for tests with analytic answers. */
record LinearPath(SimTime startTime, SimTime endTime, EnuVector startEnu, EnuVector velocityMps)
        implements PredictedPath {

    @Override
    public EnuVector positionAt(SimTime time) {
        SimTime t = time.isBefore(startTime) ? startTime : time.isAfter(endTime) ? endTime : time;
        return startEnu.plus(velocityMps.times(t.secondsSince(startTime)));
    }

    /** Starts at {@code startEnu} at {@code start} and flies at {@code speedMps} until it reaches {@code endEnu}. */
    static LinearPath towards(SimTime start, EnuVector startEnu, EnuVector endEnu, double speedMps) {
        EnuVector d = endEnu.minus(startEnu);
        double durationS = d.norm() / speedMps;
        return new LinearPath(start, start.shiftedBy(durationS), startEnu, d.times(1 / durationS));
    }
}
