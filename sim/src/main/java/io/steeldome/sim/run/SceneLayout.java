package io.steeldome.sim.run;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.interop.geojson.GeoJson;
import java.util.List;

/**
 * The static picture of a scenario for maps and GeoJSON: defended areas, sites and border lines, already in geodetic
 * coordinates.
 */
public record SceneLayout(
        GeodeticPoint origin,
        List<Area> assets,
        List<Site> sites,
        List<Line> borders,
        List<Site> stations,
        List<Coverage> coverage) {
    public SceneLayout {
        assets = List.copyOf(assets);
        sites = List.copyOf(sites);
        borders = List.copyOf(borders);
        stations = List.copyOf(stations);
        coverage = List.copyOf(coverage);
    }

    /** A layout without terrain-masked coverage. */
    public SceneLayout(
            GeodeticPoint origin, List<Area> assets, List<Site> sites, List<Line> borders, List<Site> stations) {
        this(origin, assets, sites, borders, stations, List.of());
    }

    /**
     * Where a radar's terrain mask lets it see a target at a fixed height: the cells of an azimuthal equidistant grid
     * around the antenna, out to the radar's range, whose centres the mask does not hide, outlined as polygons.
     *
     * @param siteId the radar
     * @param targetHeightM the target's height above the ellipsoid, m
     * @param cellM the grid's cell size, m (the outline is within a cell of the true edge)
     */
    public record Coverage(String siteId, double targetHeightM, double cellM, List<GeoJson.Rings> polygons) {
        public Coverage {
            polygons = List.copyOf(polygons);
        }
    }

    /** A defended asset's outline (circles come as 72-gons). */
    public record Area(String id, String name, double value, List<GeodeticPoint> ring) {
        public Area {
            ring = List.copyOf(ring);
        }
    }

    /** A sensor, effector or border station with its nominal range ring. */
    public record Site(String id, String kind, String label, GeodeticPoint position, double rangeM) {}

    public record Line(String id, String name, List<GeodeticPoint> points) {
        public Line {
            points = List.copyOf(points);
        }
    }
}
