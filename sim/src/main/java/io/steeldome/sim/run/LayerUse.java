package io.steeldome.sim.run;

import java.util.List;

/**
 * Interceptors of one layer over a run.
 *
 * @param effectorIds the layer's effectors, in scenario order
 * @param fired rounds fired
 * @param roundsLeft rounds in the layer's launchers at the end (a launcher emptied during the run reloads to full)
 * @param reloading launchers still reloading at the end
 */
public record LayerUse(String layer, List<String> effectorIds, int fired, int roundsLeft, int reloading) {
    public LayerUse {
        effectorIds = List.copyOf(effectorIds);
    }
}
