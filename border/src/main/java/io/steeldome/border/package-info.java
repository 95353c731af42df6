/**
 * Border surveillance: border lines and sectors ({@code geometry}), station siting as a maximal covering location
 * problem ({@code siting}), and a planning entry point with its outputs ({@code plan}). The module detects, alerts and
 * dispatches patrols; it never models or recommends force against people.
 */
package io.steeldome.border;
