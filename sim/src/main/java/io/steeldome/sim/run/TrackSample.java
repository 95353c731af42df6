package io.steeldome.sim.run;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;

/** One track's estimate after one scan, as written to tracks.csv. */
public record TrackSample(
        double timeS,
        long trackId,
        String status,
        GeodeticPoint position,
        EnuVector positionEnuM,
        EnuVector velocityEnuMps,
        double positionSigmaM) {}
