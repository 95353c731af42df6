/**
 * Measurement models {@code z = h(x) + v}: Cartesian position plots, radar polar plots and passive (EO/IR) bearings,
 * all taken against states in the scenario's local ENU frame whose first entries are
 * {@link io.steeldome.tracking.state.StateLayout} positions (and velocities where a model needs them).
 */
package io.steeldome.tracking.measurement;
