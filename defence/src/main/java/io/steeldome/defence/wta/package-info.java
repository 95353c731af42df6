/**
 * Weapon-target assignment: the static WTA objective (expected surviving target value) and a greedy
 * maximum-marginal-return assigner over feasible engagement options.
 */
package io.steeldome.defence.wta;
