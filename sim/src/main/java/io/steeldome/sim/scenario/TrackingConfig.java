package io.steeldome.sim.scenario;

import io.steeldome.core.error.SteeldomeException;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Optional overrides of the tracker's defaults.
 *
 * @param confirmHits hits needed within {@code confirmWindow} scans to confirm a tentative track (M of M-of-N)
 * @param confirmWindow scans in the confirmation window (N of M-of-N), >= confirmHits
 * @param deleteMisses consecutive misses after which a track is deleted
 * @param processNoise white-acceleration process noise spectral density of the constant-velocity model, m^2/s^3
 */
public record TrackingConfig(
        OptionalInt confirmHits, OptionalInt confirmWindow, OptionalInt deleteMisses, OptionalDouble processNoise) {
    /** No overrides: the tracker's own defaults. */
    public static final TrackingConfig DEFAULTS =
            new TrackingConfig(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.empty());

    public TrackingConfig {
        Fields.atLeast("confirmHits", confirmHits, 1);
        Fields.atLeast("confirmWindow", confirmWindow, 1);
        Fields.atLeast("deleteMisses", deleteMisses, 1);
        Fields.positive("processNoise", processNoise, "m^2/s^3");
        if (confirmHits.isPresent() && confirmWindow.isPresent() && confirmWindow.getAsInt() < confirmHits.getAsInt()) {
            throw new SteeldomeException(
                    ScenarioError.WINDOW_TOO_SHORT, confirmWindow.getAsInt(), confirmHits.getAsInt());
        }
    }
}
