package io.steeldome.sim.montecarlo;

import io.steeldome.core.error.ErrorCode;

/** Problems with a Monte Carlo study's settings or its runs. */
public enum MonteCarloError implements ErrorCode {
    BAD_SETTING("{0} = {1} {2}; {3}"),
    UNKNOWN_FIDELITY("unknown fidelity ''{0}''; use engagement or full"),
    RUN_FAILED("run {0} (seed {1}) failed: {2}"),
    INTERRUPTED("the Monte Carlo study was interrupted after {0} of {1} runs");

    private final String template;

    MonteCarloError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
