/**
 * The planning entry point ({@link io.steeldome.border.plan.BorderPlanner#plan}) and its outputs: sites and coverage
 * GeoJSON, plan.json, a coverage map PNG and a self-contained HTML report.
 */
package io.steeldome.border.plan;
