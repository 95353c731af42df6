package io.steeldome.tracking.filter;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.state.GaussianState;
import java.util.List;

/**
 * The state of an {@link Imm}: one Gaussian per mode (each in its own model's state space), the mode probabilities
 * and their moment-matched combination. Made only by {@link Imm}; immutable.
 */
public final class ImmState {
    private final List<GaussianState> modeStates;
    private final double[] modeProbabilities;
    private final GaussianState combined;

    ImmState(List<GaussianState> modeStates, double[] modeProbabilities, GaussianState combined) {
        this.modeStates = List.copyOf(modeStates);
        this.modeProbabilities = modeProbabilities.clone();
        this.combined = combined;
    }

    public SimTime time() {
        return combined.time();
    }

    /** Mode-conditioned estimates, in the order of the {@link Imm}'s models. */
    public List<GaussianState> modeStates() {
        return modeStates;
    }

    /**
     * Mode probabilities, summing to 1: posterior after {@link Imm#update}, predicted ({@code c_j}) after
     * {@link Imm#predict}.
     */
    public double[] modeProbabilities() {
        return modeProbabilities.clone();
    }

    /**
     * The mixture's mean and covariance (with the spread-of-means term) over the state components that every mode
     * has, in {@link io.steeldome.tracking.model.StateComponent} order; for CV, CA and CT modes this is the 6-D
     * {@link io.steeldome.tracking.state.StateLayout} state.
     */
    public GaussianState combined() {
        return combined;
    }
}
