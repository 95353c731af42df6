package io.steeldome.defence.threat;

import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;

/**
 * The true flight of one threat, from launch to impact, in the scenario's local ENU frame. Queries outside
 * [launchTime, endTime] are clamped to the nearest end, so a threat sits at its launch point before launch and at
 * its impact point after impact; callers decide whether it exists then.
 */
public interface Trajectory {
    /** The scenario frame the ENU positions are expressed in. */
    LocalFrame frame();

    SimTime launchTime();

    /** The time of impact. */
    SimTime endTime();

    EnuVector positionAt(SimTime time);

    /** Velocity in the scenario ENU axes, m/s. */
    EnuVector velocityAt(SimTime time);

    EcefPoint positionEcefAt(SimTime time);

    GeodeticPoint impactPoint();

    /** The impact point in the scenario frame. */
    default EnuVector impactEnu() {
        return frame().toEnu(impactPoint());
    }
}
