/**
 * Threat kinds with public-figure presets and their true trajectories (ground truth for the simulation): ballistic
 * arcs found by shooting under point-mass gravity, and waypoint flights for drones, cruise missiles and aircraft.
 */
package io.steeldome.defence.threat;
