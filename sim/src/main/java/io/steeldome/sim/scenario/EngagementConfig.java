package io.steeldome.sim.scenario;

import io.steeldome.core.error.Checks;

/**
 * Engagement doctrine.
 *
 * @param engageThreshold engage a threat only if its probability of hitting a defended asset is at least this
 * @param maxShotsPerTarget interceptors that may be spent on one threat in total
 */
public record EngagementConfig(EngagementPolicy policy, double engageThreshold, int maxShotsPerTarget) {
    /** What a scenario without an {@code engagement} section gets. */
    public static final EngagementConfig DEFAULTS = new EngagementConfig(EngagementPolicy.SHOOT_LOOK_SHOOT, 0.05, 2);

    public EngagementConfig {
        Checks.inRange("engageThreshold", engageThreshold, 0, 1, "");
        Checks.inRange("maxShotsPerTarget", maxShotsPerTarget, 1, Integer.MAX_VALUE, "");
    }
}
