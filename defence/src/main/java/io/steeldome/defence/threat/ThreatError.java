package io.steeldome.defence.threat;

import io.steeldome.core.error.ErrorCode;

/** Failures of threat types and truth trajectories. */
public enum ThreatError implements ErrorCode {
    BLANK_NAME("{0} must not be blank; give it a human-readable name"),
    WRONG_PROFILE("threat type {0} of class {1}: {2}"),
    SHOOTING_FAILED(
            "no ballistic trajectory from {0} to {1} in {2} s: the miss was still {3} m after {4} Newton iterations;"
                    + " choose a flight time nearer the minimum-energy time {5} s"),
    ARC_BELOW_GROUND("a {0} s ballistic flight from {1} to {2} passes {3} m below the ground; use a longer flight time,"
            + " e.g. the minimum-energy time {4} s"),
    TOO_FEW_WAYPOINTS("a waypoint route needs at least 2 points (launch and aim), got {0}"),
    ZERO_LENGTH_ROUTE("the waypoint route from {0} to {1} has zero length; launch and aim must differ"),
    RANGE_TOO_LONG("ground range {0} m is beyond what a single ballistic arc can cover here (max {1} m)");

    private final String template;

    ThreatError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
