package io.steeldome.defence.engagement;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import java.util.Objects;

/**
 * A feasible intercept: launch at {@code launchTime}, meet the threat at {@code interceptTime} at
 * {@code interceptPointEnu} (scenario ENU frame).
 *
 * @param launchTime when the interceptor leaves so as to arrive at {@code interceptTime} (interceptTime - flyoutS,
 *     never before the decision time + the spec's launch delay)
 * @param rangeM slant range from the effector site to the intercept point
 * @param altitudeM height of the intercept point above the effector site
 * @param flyoutS interceptor time of flight to that range (equal to interceptTime - launchTime up to rounding)
 */
public record InterceptSolution(
        SimTime launchTime,
        SimTime interceptTime,
        EnuVector interceptPointEnu,
        double rangeM,
        double altitudeM,
        double flyoutS) {
    public InterceptSolution {
        Objects.requireNonNull(launchTime, "launchTime");
        Objects.requireNonNull(interceptTime, "interceptTime");
        Objects.requireNonNull(interceptPointEnu, "interceptPointEnu");
        Checks.nonNegative("rangeM", rangeM, "m");
        Checks.finite("altitudeM", altitudeM);
        Checks.nonNegative("flyoutS", flyoutS, "s");
        Checks.nonNegative("interceptTime - launchTime", interceptTime.secondsSince(launchTime), "s");
    }

    /** Interceptor time of flight as scheduled, launch to intercept. */
    public double timeOfFlightS() {
        return interceptTime.secondsSince(launchTime);
    }
}
