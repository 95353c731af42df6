/**
 * Border surveillance scenarios: a YAML file naming a stretch of a border, its sectors and agencies, stations, patrol
 * teams and release rules ({@link io.steeldome.sim.border.BorderScenarioReader}); a seeded run of crossings, detection,
 * alerting and patrol dispatch over it ({@link io.steeldome.sim.border.BorderSimulation}); and its output files
 * ({@link io.steeldome.sim.border.BorderOutputs}). Detection, alerting and patrol dispatch only: a patrol is sent to
 * look, and nothing here models or recommends force against people.
 */
package io.steeldome.sim.border;
