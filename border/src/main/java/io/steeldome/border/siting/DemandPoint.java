package io.steeldome.border.siting;

import io.steeldome.core.geo.GeodeticPoint;

/**
 * A piece of border [fromM, toM) represented by its midpoint, with the weight a cover of it earns.
 *
 * @param point the piece's midpoint (along the line)
 * @param weight crossing likelihood times the piece's length
 */
public record DemandPoint(int index, double fromM, double toM, GeodeticPoint point, double weight) {
    public double lengthM() {
        return toM - fromM;
    }
}
