package io.steeldome.server.deploy;

import io.steeldome.border.alert.Releasability;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.defence.effector.EffectorSpec;
import io.steeldome.sensors.radar.Radar;
import io.steeldome.sim.export.ScenarioExport;
import io.steeldome.sim.run.ScenarioModel;
import io.steeldome.sim.run.SceneLayout;
import io.steeldome.sim.scenario.AssetArea;
import io.steeldome.sim.scenario.AssetConfig;
import io.steeldome.sim.scenario.BorderSegmentConfig;
import io.steeldome.sim.scenario.EoirConfig;
import io.steeldome.sim.scenario.LatLon;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.SensorConfig;
import io.steeldome.sim.scenario.UgsConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The static deployment of one scenario, owned by one agency under one releasability marking (those of the live run
 * that drives it): defended assets, sensors (radars, EO/IR cameras, ground sensors), effectors and border sectors,
 * plus the map the simulation's own export draws of it ({@link ScenarioExport#scenarioGeoJson}: defended areas,
 * nominal range rings, terrain-masked radar coverage at 300 m and 3 km above ground, border lines and stations).
 *
 * @param scenarioName the scenario's name ("" for the empty deployment)
 * @param agency the owning agency
 * @param releasability the owner's marking for every item (the same the run's tracks carry)
 * @param mapGeoJson the scenario export's GeoJSON FeatureCollection (RFC 7946)
 */
public record Deployment(
        String scenarioName,
        String agency,
        Releasability releasability,
        List<Asset> assets,
        List<Sensor> sensors,
        List<Effector> effectors,
        List<Sector> sectors,
        String mapGeoJson) {

    /** A geodetic position in degrees and metres (the JSON form the web map uses). */
    public record Position(double latDeg, double lonDeg, double heightM) {
        static Position of(GeodeticPoint p) {
            return new Position(p.latDeg(), p.lonDeg(), p.hM());
        }

        static Position of(LatLon p) {
            return new Position(p.latDeg(), p.lonDeg(), 0);
        }

        GeodeticPoint toGeodetic() {
            return GeodeticPoint.ofDegrees(latDeg, lonDeg, heightM);
        }
    }

    /**
     * A defended asset.
     *
     * @param radiusM the radius of a circular area; empty for a polygon
     * @param outline the area's outline (a circle as the 72-gon the simulation uses)
     */
    public record Asset(
            String id, String name, double value, Position centre, OptionalDouble radiusM, List<Position> outline) {
        public Asset {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(centre, "centre");
            Objects.requireNonNull(radiusM, "radiusM");
            outline = List.copyOf(outline);
        }
    }

    /**
     * A sensor.
     *
     * @param kind "radar", "eoir" or "ugs"
     * @param model the preset it is built from (its scenario name), or "custom"
     * @param rangeM nominal (instrumented or rated) range; empty where the sensor has none
     * @param coverageHeightsM target heights of its terrain-masked coverage in {@link #mapGeoJson} (none without
     *     terrain)
     */
    public record Sensor(
            String id,
            String kind,
            String model,
            Position position,
            OptionalDouble rangeM,
            List<Double> coverageHeightsM) {
        public Sensor {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(rangeM, "rangeM");
            coverageHeightsM = List.copyOf(coverageHeightsM);
        }
    }

    /**
     * A fire unit.
     *
     * @param layer its defence layer as weapons control and recommendations name it (e.g. IRON_DOME_CLASS)
     * @param magazine rounds when full
     */
    public record Effector(
            String id,
            String layer,
            Position position,
            double minRangeM,
            double maxRangeM,
            double maxAltitudeM,
            int magazine) {
        public Effector {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(position, "position");
        }
    }

    /** A border sector: a segment of the border line a border alert names by {@code id}. */
    public record Sector(String id, String name, List<Position> line) {
        public Sector {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            line = List.copyOf(line);
        }
    }

    /** The last scenario built and its deployment. */
    private static final AtomicReference<Map.Entry<Scenario, Deployment>> LAST = new AtomicReference<>();

    private static final String EMPTY_MAP = "{\"type\":\"FeatureCollection\",\"features\":[]}";

    public Deployment {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(releasability, "releasability");
        assets = List.copyOf(assets);
        sensors = List.copyOf(sensors);
        effectors = List.copyOf(effectors);
        sectors = List.copyOf(sectors);
        Objects.requireNonNull(mapGeoJson, "mapGeoJson");
    }

    /** Nothing deployed (a server without a scenario). */
    public static Deployment empty() {
        return new Deployment("", "", Releasability.OWN_ONLY, List.of(), List.of(), List.of(), List.of(), EMPTY_MAP);
    }

    public boolean isEmpty() {
        return assets.isEmpty() && sensors.isEmpty() && effectors.isEmpty() && sectors.isEmpty();
    }

    /**
     * The deployment of {@code scenario}, built as a run builds it ({@link ScenarioModel}: presets resolved, terrain
     * masks computed, which may take a while with terrain) and drawn by the simulation's own export.
     */
    public static Deployment of(Scenario scenario, String agency, Releasability releasability) {
        // Runs of the same scenario (restarts, tests) reuse the last build: the terrain masks cost seconds.
        Map.Entry<Scenario, Deployment> last = LAST.get();
        Deployment built;
        if (last != null && last.getKey().equals(scenario)) {
            built = last.getValue();
        } else {
            built = of(scenario, ScenarioModel.build(scenario), agency, releasability);
            LAST.set(Map.entry(scenario, built));
        }
        return built.withOwner(agency, releasability);
    }

    /** The same deployment, owned by {@code owner} and marked {@code marking}. */
    public Deployment withOwner(String owner, Releasability marking) {
        return new Deployment(scenarioName, owner, marking, assets, sensors, effectors, sectors, mapGeoJson);
    }

    static Deployment of(Scenario scenario, ScenarioModel model, String agency, Releasability releasability) {
        SceneLayout layout = model.layout();
        List<Asset> assets = new ArrayList<>();
        for (AssetConfig a : scenario.assets()) {
            List<Position> outline = layout.assets().stream()
                    .filter(l -> l.id().equals(a.id()))
                    .findFirst()
                    .map(l -> l.ring().stream().map(Position::of).toList())
                    .orElse(List.of());
            switch (a.area()) {
                case AssetArea.Circle c ->
                    assets.add(new Asset(
                            a.id(),
                            a.name(),
                            a.value(),
                            Position.of(c.centre()),
                            OptionalDouble.of(c.radiusM()),
                            outline));
                case AssetArea.Polygon p ->
                    assets.add(new Asset(
                            a.id(), a.name(), a.value(), centroid(p.vertices()), OptionalDouble.empty(), outline));
            }
        }
        List<Sensor> sensors = new ArrayList<>();
        for (SensorConfig s : scenario.sensors()) {
            Optional<Radar> radar =
                    model.radars().stream().filter(r -> r.id().equals(s.id())).findFirst();
            List<Double> heights = layout.coverage().stream()
                    .filter(c -> c.siteId().equals(s.id()) && !c.polygons().isEmpty())
                    .map(SceneLayout.Coverage::targetHeightM)
                    .toList();
            sensors.add(new Sensor(
                    s.id(),
                    "radar",
                    s.preset().map(p -> p.yamlName()).orElse("custom"),
                    Position.of(s.position().toGeodetic()),
                    radar.isPresent()
                            ? OptionalDouble.of(radar.get().spec().maxInstrumentedRangeM())
                            : OptionalDouble.of(s.instrumentedRangeM()),
                    heights));
        }
        for (EoirConfig c : scenario.cameras()) {
            sensors.add(new Sensor(
                    c.id(),
                    "eoir",
                    c.preset().map(p -> p.yamlName()).orElse("custom"),
                    Position.of(c.position().toGeodetic()),
                    c.maxRangeM(),
                    List.of()));
        }
        for (UgsConfig u : scenario.groundSensors()) {
            sensors.add(new Sensor(
                    u.id(),
                    "ugs",
                    u.preset().yamlName(),
                    Position.of(u.position().toGeodetic()),
                    max(u.spec().ratedRangeM().values()),
                    List.of()));
        }
        List<Effector> effectors = model.effectors().stream()
                .map(e -> {
                    EffectorSpec spec = e.spec();
                    return new Effector(
                            e.id(),
                            spec.layerName(),
                            Position.of(e.site()),
                            spec.envelope().minRangeM(),
                            spec.envelope().maxRangeM(),
                            spec.envelope().maxAltitudeM(),
                            spec.magazine());
                })
                .toList();
        List<Sector> sectors = new ArrayList<>();
        scenario.border().ifPresent(b -> {
            for (BorderSegmentConfig seg : b.segments()) {
                sectors.add(new Sector(
                        seg.id(),
                        seg.name(),
                        seg.line().stream().map(Position::of).toList()));
            }
        });
        return new Deployment(
                scenario.name(),
                agency,
                releasability,
                assets,
                sensors,
                effectors,
                sectors,
                ScenarioExport.scenarioGeoJson(layout).toJsonString());
    }

    private static Position centroid(List<LatLon> vertices) {
        double lat = 0;
        double lon = 0;
        for (LatLon v : vertices) {
            lat += v.latDeg();
            lon += v.lonDeg();
        }
        return new Position(lat / vertices.size(), lon / vertices.size(), 0);
    }

    private static OptionalDouble max(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max();
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "Deployment[%s of %s: %d assets, %d sensors, %d effectors, %d sectors]",
                scenarioName,
                agency,
                assets.size(),
                sensors.size(),
                effectors.size(),
                sectors.size());
    }
}
