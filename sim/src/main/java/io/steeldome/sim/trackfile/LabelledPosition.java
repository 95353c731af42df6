package io.steeldome.sim.trackfile;

import io.steeldome.core.geo.EnuVector;

/**
 * A position with the number of what it belongs to: a truth target id or a track id.
 *
 * @param positionM x east, y north, z up (0 for 2-D data)
 */
public record LabelledPosition(long id, EnuVector positionM) {}
