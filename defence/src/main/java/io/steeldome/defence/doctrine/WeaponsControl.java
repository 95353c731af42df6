package io.steeldome.defence.doctrine;

import io.steeldome.core.time.SimTime;

/**
 * Where a layer's weapons control status comes from: a planned {@link WcsSchedule} in a simulation, or the orders
 * commanders give in a live run ({@link EngagementAuthority#weaponsControl()}). The controller asks it for every
 * option it weighs, so a live order takes effect at the next decision.
 */
public interface WeaponsControl {
    /** The status of {@code layer} at {@code t}. */
    WeaponsControlStatus statusAt(String layer, SimTime t);

    /** Every status {@code layer} takes over the run, in words, for reports. */
    String describe(String layer);
}
