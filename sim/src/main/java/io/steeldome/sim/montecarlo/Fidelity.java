package io.steeldome.sim.montecarlo;

import io.steeldome.core.error.SteeldomeException;
import java.util.Locale;

/** How much of the simulation each Monte Carlo run goes through. */
public enum Fidelity {
    /**
     * The engagement-level model ({@link EngagementModel}): deterministic parts computed once per scenario, per run
     * only detections, confirmations, decisions, kills and magazines are drawn. Fast; the default.
     */
    ENGAGEMENT,
    /** The full simulation per run (radar plots with noise and clutter, tracker, evaluator, solver, guidance). Slow. */
    FULL;

    /** The name on the command line and in the outputs: {@code engagement}, {@code full}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The fidelity named {@code name} (case-insensitive). */
    public static Fidelity parse(String name) {
        for (Fidelity f : values()) {
            if (f.cliName().equalsIgnoreCase(name.trim())) {
                return f;
            }
        }
        throw new SteeldomeException(MonteCarloError.UNKNOWN_FIDELITY, name);
    }
}
