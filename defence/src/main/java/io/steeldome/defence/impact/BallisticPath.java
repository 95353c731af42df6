package io.steeldome.defence.impact;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.threat.EcefEphemeris;

/** Gravity-only propagation of a track's mean, from the track time to its predicted ground impact. */
public final class BallisticPath implements PredictedPath {
    private final LocalFrame frame;
    private final EcefEphemeris ephemeris;

    BallisticPath(LocalFrame frame, EcefEphemeris ephemeris) {
        this.frame = frame;
        this.ephemeris = ephemeris;
    }

    @Override
    public SimTime startTime() {
        return ephemeris.startTime();
    }

    @Override
    public SimTime endTime() {
        return ephemeris.endTime();
    }

    @Override
    public EnuVector positionAt(SimTime time) {
        return frame.toEnu(ephemeris.positionAt(time));
    }

    /** Predicted velocity in scenario ENU axes, m/s, clamped like {@link #positionAt}. */
    public EnuVector velocityAt(SimTime time) {
        double[] v = ephemeris.velocityAt(time);
        return frame.rotateFromEcef(v[0], v[1], v[2]);
    }
}
