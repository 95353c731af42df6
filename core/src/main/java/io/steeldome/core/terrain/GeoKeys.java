package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The few GeoTIFF 1.0 keys steeldome reads and writes (OGC 19-008r4, sec. 7): the GeoKeyDirectoryTag (34735) is a
 * header {1, 1, 0, n} then n entries {key, tiffTagLocation, count, value}; location 0 means the value is the SHORT
 * itself, other locations point into GeoDoubleParams/GeoAsciiParams, which we never need for EPSG-coded CRSs.
 */
final class GeoKeys {
    static final int MODEL_TYPE = 1024;
    static final int RASTER_TYPE = 1025;
    static final int GEOGRAPHIC_TYPE = 2048;
    static final int GEOG_ANGULAR_UNITS = 2054;
    static final int PROJECTED_CS_TYPE = 3072;
    static final int PROJ_LINEAR_UNITS = 3076;

    static final int MODEL_TYPE_PROJECTED = 1;
    static final int MODEL_TYPE_GEOGRAPHIC = 2;
    static final int RASTER_PIXEL_IS_AREA = 1;
    static final int RASTER_PIXEL_IS_POINT = 2;
    static final int USER_DEFINED = 32767;
    static final int ANGULAR_DEGREE = 9102;
    static final int LINEAR_METRE = 9001;

    private final Map<Integer, Integer> shortValues;

    private GeoKeys(Map<Integer, Integer> shortValues) {
        this.shortValues = shortValues;
    }

    /** Parses a directory; a malformed one is a NOT_GEOREFERENCED error naming {@code file}. */
    static GeoKeys parse(List<? extends Number> directory, String file) {
        if (directory.size() < 4 || directory.get(0).intValue() != 1) {
            throw new SteeldomeException(
                    TerrainError.NOT_GEOREFERENCED, file, "GeoKeyDirectoryTag (34735) is malformed: " + directory);
        }
        int n = directory.get(3).intValue();
        if (directory.size() < 4 + 4 * n) {
            throw new SteeldomeException(
                    TerrainError.NOT_GEOREFERENCED,
                    file,
                    "GeoKeyDirectoryTag (34735) announces " + n + " keys but holds " + (directory.size() - 4) / 4);
        }
        Map<Integer, Integer> values = new TreeMap<>();
        for (int k = 0; k < n; k++) {
            int at = 4 + 4 * k;
            if (directory.get(at + 1).intValue() == 0) {
                values.put(directory.get(at).intValue(), directory.get(at + 3).intValue());
            }
        }
        return new GeoKeys(values);
    }

    /** The SHORT value of {@code key}, if present and stored inline. */
    OptionalInt get(int key) {
        Integer v = shortValues.get(key);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** The directory for an EPSG-coded CRS, pixel-is-area. */
    static List<Integer> directoryFor(Crs crs) {
        Map<Integer, Integer> keys = new TreeMap<>(); // GeoTIFF requires ascending key ids
        keys.put(RASTER_TYPE, RASTER_PIXEL_IS_AREA);
        if (crs.geographic()) {
            keys.put(MODEL_TYPE, MODEL_TYPE_GEOGRAPHIC);
            keys.put(GEOGRAPHIC_TYPE, crs.epsg());
            keys.put(GEOG_ANGULAR_UNITS, ANGULAR_DEGREE);
        } else {
            keys.put(MODEL_TYPE, MODEL_TYPE_PROJECTED);
            keys.put(PROJECTED_CS_TYPE, crs.epsg());
            keys.put(PROJ_LINEAR_UNITS, LINEAR_METRE);
        }
        List<Integer> dir = new ArrayList<>(List.of(1, 1, 0, keys.size()));
        keys.forEach((key, value) -> dir.addAll(List.of(key, 0, 1, value)));
        return dir;
    }
}
