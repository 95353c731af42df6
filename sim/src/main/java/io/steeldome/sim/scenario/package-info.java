/**
 * The scenario file format (YAML): immutable, validated records ({@link io.steeldome.sim.scenario.Scenario} and
 * its {@code ...Config} parts) and {@link io.steeldome.sim.scenario.ScenarioLoader}, which reports every problem
 * of a file with its line and column. Units are SI and named in the keys; degrees only where a key ends in
 * {@code Deg}. The format is documented in {@code docs/scenario.md}.
 */
package io.steeldome.sim.scenario;
