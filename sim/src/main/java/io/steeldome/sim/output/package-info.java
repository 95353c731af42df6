/**
 * A run's files on disk (report, CSVs, GeoJSON, CZML). It sits above {@code run}, {@code report} and {@code export}
 * so that the engine's package depends on none of its writers.
 */
package io.steeldome.sim.output;
