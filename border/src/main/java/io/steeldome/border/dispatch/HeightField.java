package io.steeldome.border.dispatch;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.ElevationRaster;
import java.util.OptionalDouble;

/** Terrain height under a position, m; empty where unknown (outside a DEM or over a void). */
@FunctionalInterface
public interface HeightField {
    OptionalDouble heightM(GeodeticPoint p);

    /** Flat ground everywhere (height 0). */
    HeightField FLAT = p -> OptionalDouble.of(0);

    /** Bilinear samples of a DEM. */
    static HeightField of(ElevationRaster dem) {
        return dem::sample;
    }
}
