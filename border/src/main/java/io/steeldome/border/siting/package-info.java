/**
 * Station siting as a maximal covering location problem: candidate sites (ridge tops, outposts, road access), station
 * types, coverage of border demand points from viewsheds, and the solver (greedy, local search, branch and bound,
 * Lagrangian upper bound).
 */
package io.steeldome.border.siting;
