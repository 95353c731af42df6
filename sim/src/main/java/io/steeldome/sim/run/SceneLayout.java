package io.steeldome.sim.run;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;

/**
 * The static picture of a scenario for maps and GeoJSON: defended areas, sites and border lines, already in geodetic
 * coordinates.
 */
public record SceneLayout(
        GeodeticPoint origin, List<Area> assets, List<Site> sites, List<Line> borders, List<Site> stations) {
    public SceneLayout {
        assets = List.copyOf(assets);
        sites = List.copyOf(sites);
        borders = List.copyOf(borders);
        stations = List.copyOf(stations);
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
