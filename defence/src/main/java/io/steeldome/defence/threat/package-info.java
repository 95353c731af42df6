/**
 * Threat kinds with public-figure presets and their true trajectories (ground truth for the simulation): ballistic
 * arcs found by shooting under point-mass gravity (optionally with drag), and waypoint flights for drones, cruise
 * missiles, aircraft and helicopters, at a constant height or {@linkplain TerrainFollowingProfile following the
 * terrain}; {@link DroneSwarm} lays out swarms flying one route line abreast.
 */
package io.steeldome.defence.threat;
