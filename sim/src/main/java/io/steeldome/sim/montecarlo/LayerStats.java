package io.steeldome.sim.montecarlo;

/**
 * What one defence layer did over the runs.
 *
 * @param shots interceptors launched per run
 * @param kills threats killed per run
 * @param killShare the layer's share of all kills (its contribution), 0 when nothing was killed
 * @param costUsd the layer's interceptor spend per run
 */
public record LayerStats(String layer, Estimate shots, Estimate kills, double killShare, Estimate costUsd) {}
