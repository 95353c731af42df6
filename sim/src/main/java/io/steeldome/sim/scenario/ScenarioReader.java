package io.steeldome.sim.scenario;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.DemLoader;
import io.steeldome.core.terrain.DemMosaic;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.defence.threat.DroneSwarm;
import io.steeldome.sim.scenario.FieldReader.MapView;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one scenario document: the schema of docs/scenario.md, checked key by key. Single use; every problem is
 * collected and, if there is any, thrown together in a {@link ScenarioException}.
 */
final class ScenarioReader {
    /** Positions other than launch points must lie within this of the origin: a scenario is regional. */
    static final double AREA_RADIUS_M = 1_000_000;
    /** Launch points may be farther (longer-range ballistic missiles). */
    static final double LAUNCH_RADIUS_M = 3_000_000;
    /** Swap heuristic: a point this far from the origin ... */
    static final double SWAP_MIN_DISTANCE_M = 50_000;
    /** ... that comes this many times closer with latitude and longitude exchanged was probably written swapped. */
    static final double SWAP_RATIO = 5;

    static final double EARLIEST_LAUNCH_S = -86_400;
    static final String SWAP_HINT = "latitude and longitude look swapped; write latDeg first";
    static final String ID_HINT =
            "ids must be unique across assets, sensors, effectors, threats, border segments and stations";

    private static final Range LAT = Range.closed(-90, 90, "deg");
    private static final Range LON = Range.closed(-180, 180, "deg");
    private static final Range GROUND_HEIGHT = Range.closed(-500, 9_000, "m");
    private static final Range HEIGHT = Range.closed(-500, 30_000, "m");
    private static final Range PROBABILITY = Range.closed(0, 1, "");
    private static final Range CELL_ARC_SEC =
            Range.closed(TerrainConfig.Synthetic.MIN_CELL_ARC_SEC, TerrainConfig.Synthetic.MAX_CELL_ARC_SEC, "arcsec");

    static final List<String> TOP_KEYS = List.of(
            "name",
            "description",
            "seed",
            "durationS",
            "timeStepS",
            "origin",
            "groundHeightM",
            "terrain",
            "assets",
            "sensors",
            "effectors",
            "threats",
            "border",
            "engagement",
            "tracker");
    static final List<String> POSITION_KEYS = List.of("latDeg", "lonDeg", "hM");
    static final List<String> POINT_KEYS = List.of("latDeg", "lonDeg");
    static final List<String> ASSET_KEYS = List.of("id", "name", "value", "point", "radiusM", "polygon");
    static final List<String> SENSOR_KEYS = List.of(
            "id",
            "type",
            "position",
            "preset",
            "maxRangeM",
            "scanPeriodS",
            "rangeSigmaM",
            "azimuthSigmaDeg",
            "elevationSigmaDeg",
            "falseAlarmsPerScan",
            "referenceRangeM",
            "referenceSnrDb",
            "probabilityFalseAlarm");
    static final List<String> EOIR_KEYS = List.of(
            "id",
            "type",
            "position",
            "preset",
            "mastHeightM",
            "atmosphere",
            "mode",
            "frameIntervalS",
            "maxRangeM",
            "dayIfovUrad",
            "nightIfovUrad",
            "dayThresholdContrast",
            "nightThresholdContrastK");
    static final List<String> UGS_KEYS = List.of(
            "id", "type", "position", "preset", "ratedRangeM", "maxProbability", "falseAlarmsPerHour", "reportPeriodS");
    static final List<String> SIGNATURE_KEYS =
            Arrays.stream(SignatureType.values()).map(SignatureType::yamlName).toList();
    static final List<String> EFFECTOR_KEYS = List.of(
            "id",
            "layer",
            "position",
            "magazine",
            "maxRangeM",
            "minRangeM",
            "maxAltitudeM",
            "costPerShot",
            "reloadS",
            "engages");
    static final List<String> THREAT_KEYS = List.of(
            "id",
            "type",
            "launch",
            "aim",
            "launchTimeS",
            "count",
            "intervalS",
            "flightTimeS",
            "ballisticCoefficientKgM2",
            "speedMps",
            "cruiseHeightM",
            "waypoints",
            "swarm");
    static final List<String> SWARM_KEYS = List.of("count", "spacingM", "arrival", "intervalS");
    static final List<String> BORDER_KEYS = List.of("segments", "stations");
    static final List<String> SEGMENT_KEYS = List.of("id", "name", "line", "file");
    static final List<String> STATION_KEYS = List.of("id", "type", "position");
    static final List<String> ENGAGEMENT_KEYS = List.of(
            "policy",
            "engageThreshold",
            "maxShotsPerTarget",
            "salvoSize",
            "weaponsControl",
            "doctrine",
            "hostileArea",
            "approval");
    static final List<String> WCS_KEYS = List.of("timeS", "status", "layers");
    static final List<String> DOCTRINE_KEYS = List.of("policy", "salvoSize", "maxShotsPerTarget");
    static final List<String> DOCTRINE_CLASS_KEYS = Arrays.stream(EngagementConfig.DoctrineClass.values())
            .map(EngagementConfig.DoctrineClass::yamlName)
            .toList();
    static final List<String> HOSTILE_AREA_KEYS = List.of("polygon", "beyondBorder");
    static final List<String> TRACKER_KEYS = List.of("confirmHits", "confirmWindow", "deleteMisses", "processNoise");
    static final List<String> TERRAIN_KEYS = List.of("dem", "synthetic");
    static final List<String> SYNTHETIC_KEYS = List.of("seed", "cellArcSec");
    static final String DEM_HINT = "the path is relative to the scenario file";

    private final FieldReader in;
    private final IncludeResolver includes;
    private final Map<String, IdUse> ids = new HashMap<>();
    private Optional<GeoPosition> origin = Optional.empty();
    private OptionalDouble durationS = OptionalDouble.empty();
    private double groundHeightM;

    /** Where an id was first used. */
    private record IdUse(String path, int line) {}

    ScenarioReader(String source, IncludeResolver includes) {
        this.in = new FieldReader(source);
        this.includes = includes;
    }

    Scenario read(String yaml) {
        Optional<Node> root = compose(yaml);
        if (in.hasProblems()) {
            throw failure();
        }
        if (root.isEmpty()) {
            in.problemAt(
                    1,
                    1,
                    "the file is empty",
                    "a scenario is a mapping with at least name, seed, durationS, origin and groundHeightM");
            throw failure();
        }
        Optional<Scenario> scenario = in.map(root.get(), "", TOP_KEYS).flatMap(this::scenario);
        if (in.hasProblems() || scenario.isEmpty()) {
            throw failure();
        }
        return scenario.get();
    }

    private Optional<Node> compose(String yaml) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(in.source())
                .setSchema(new CoreSchema())
                .setUseMarks(true)
                .build();
        try {
            return new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            in.problem(e.getProblemMark().or(e::getContextMark), "YAML syntax error: " + e.getProblem() + context, "");
        } catch (YamlEngineException e) {
            in.problem(Optional.empty(), "YAML error: " + e.getMessage(), "");
        }
        return Optional.empty();
    }

    private ScenarioException failure() {
        return new ScenarioException(in.source(), in.problems());
    }

    private Optional<Scenario> scenario(MapView top) {
        Optional<String> name = top.requiredString("name");
        String description = top.optionalString("description").orElse("");
        OptionalLong seed = top.required("seed").map(v -> in.integer(v, "seed")).orElse(OptionalLong.empty());
        durationS = number(top, "durationS", true, Range.positive("s"));
        OptionalDouble timeStepS = number(top, "timeStepS", false, Range.positive("s"));
        if (timeStepS.isPresent() && durationS.isPresent() && timeStepS.getAsDouble() > durationS.getAsDouble()) {
            in.problem(
                    top.value("timeStepS").orElseThrow(),
                    "timeStepS = " + FieldReader.text(top.value("timeStepS").orElseThrow())
                            + " s is longer than the run (durationS = "
                            + Range.format(durationS.getAsDouble()) + " s)",
                    "");
        }
        origin = top.required("origin").flatMap(v -> position(v, "origin", true, GROUND_HEIGHT, 0));
        OptionalDouble ground = number(top, "groundHeightM", true, GROUND_HEIGHT);
        groundHeightM = ground.orElse(0);

        List<AssetConfig> assets = top.optionalList("assets", this::asset);
        List<Object> sites = top.optionalList("sensors", this::sensorSite);
        List<SensorConfig> sensors = only(sites, SensorConfig.class);
        List<EoirConfig> cameras = only(sites, EoirConfig.class);
        List<UgsConfig> groundSensors = only(sites, UgsConfig.class);
        // after the sensors: synthetic terrain is generated around them
        Optional<TerrainConfig> terrain = top.value("terrain").flatMap(v -> terrain(v, "terrain", sensors));
        List<EffectorConfig> effectors = top.optionalList("effectors", this::effector);
        List<ThreatConfig> threats = top.optionalList("threats", this::threat).stream()
                .flatMap(List::stream)
                .toList();
        Optional<BorderConfig> border = top.value("border").flatMap(v -> border(v, "border"));
        Optional<EngagementConfig> engagement = top.value("engagement")
                .map(v -> engagement(v, "engagement", border))
                .orElse(Optional.of(EngagementConfig.DEFAULTS));
        Optional<TrackingConfig> tracker =
                top.value("tracker").map(v -> tracker(v, "tracker")).orElse(Optional.of(TrackingConfig.DEFAULTS));

        if (in.hasProblems()
                || name.isEmpty()
                || seed.isEmpty()
                || durationS.isEmpty()
                || origin.isEmpty()
                || ground.isEmpty()
                || engagement.isEmpty()
                || tracker.isEmpty()) {
            return Optional.empty();
        }
        return build(
                top.node(),
                () -> new Scenario(
                        name.get(),
                        description,
                        seed.getAsLong(),
                        durationS.getAsDouble(),
                        timeStepS,
                        origin.get(),
                        ground.getAsDouble(),
                        assets,
                        sensors,
                        effectors,
                        threats,
                        border,
                        engagement.get(),
                        tracker.get(),
                        terrain,
                        cameras,
                        groundSensors));
    }

    // ---- assets

    private Optional<AssetConfig> asset(Node node, String path) {
        Optional<MapView> map = in.map(node, path, ASSET_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        Optional<String> id = id(m);
        Optional<String> name = m.requiredString("name");
        OptionalDouble value = number(m, "value", true, Range.positive(""));
        Optional<AssetArea> area = area(m);
        if (id.isEmpty() || name.isEmpty() || value.isEmpty() || area.isEmpty()) {
            return Optional.empty();
        }
        return build(node, () -> new AssetConfig(id.get(), name.get(), value.getAsDouble(), area.get()));
    }

    private Optional<AssetArea> area(MapView m) {
        boolean point = m.has("point");
        boolean polygon = m.has("polygon");
        if (point && polygon) {
            in.problem(
                    m.keyNode("polygon").orElseThrow(),
                    m.path() + " has both point and polygon",
                    "give either point with radiusM (a circle) or polygon");
            return Optional.empty();
        }
        if (polygon) {
            m.keyNode("radiusM")
                    .ifPresent(k -> in.problem(
                            k, "radiusM applies only to a point (circle) asset, not to a polygon", "remove radiusM"));
            return polygon(m.value("polygon").orElseThrow(), m.child("polygon"));
        }
        if (point) {
            Optional<LatLon> centre = point(m.value("point").orElseThrow(), m.child("point"), AREA_RADIUS_M);
            OptionalDouble radiusM = number(m, "radiusM", true, Range.positive("m"));
            if (centre.isEmpty() || radiusM.isEmpty()) {
                return Optional.empty();
            }
            return build(m.node(), () -> new AssetArea.Circle(centre.get(), radiusM.getAsDouble()));
        }
        in.problem(
                m.node(),
                "missing required key 'point' (with radiusM) or 'polygon' in " + m.path(),
                "a defended asset is a circle (point + radiusM) or a polygon [[latDeg, lonDeg], ...]");
        return Optional.empty();
    }

    private Optional<AssetArea> polygon(Node node, String path) {
        Optional<List<LatLon>> vertices = in.listOfAll(node, path, (n, p) -> pair(n, p, AREA_RADIUS_M));
        if (vertices.isEmpty()) {
            return Optional.empty();
        }
        List<LatLon> ring = new ArrayList<>(vertices.get());
        if (ring.size() > 1 && ring.getFirst().equals(ring.getLast())) {
            ring.removeLast(); // a closed ring: the repeated first vertex is implied
        }
        long distinct = ring.stream().distinct().count();
        if (distinct < 3) {
            in.problem(
                    node,
                    path + " needs at least 3 distinct vertices, got " + distinct,
                    "list the corners as [[latDeg, lonDeg], ...]");
            return Optional.empty();
        }
        return build(node, () -> new AssetArea.Polygon(ring));
    }

    // ---- sensors and effectors

    private static <T> List<T> only(List<Object> sites, Class<T> type) {
        return sites.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A sensors[] entry, read by the schema of its {@code type} (radar when the type is missing or unknown). */
    private Optional<Object> sensorSite(Node node, String path) {
        String type = "";
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k
                        && k.getValue().equals("type")
                        && t.getValueNode() instanceof ScalarNode v) {
                    type = v.getValue();
                }
            }
        }
        if (type.equals(SensorType.EO_IR.yamlName())) {
            return eoir(node, path).map(Object.class::cast);
        }
        if (type.equals(SensorType.UGS.yamlName())) {
            return ugs(node, path).map(Object.class::cast);
        }
        return sensor(node, path).map(Object.class::cast);
    }

    private Optional<EoirConfig> eoir(Node node, String path) {
        Optional<MapView> map = in.map(node, path, EOIR_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        Optional<String> id = id(m);
        m.requiredEnum("type", SensorType.class);
        Optional<GeoPosition> position = sitePosition(m);
        Optional<EoirPreset> preset = m.optionalEnum("preset", EoirPreset.class);
        OptionalDouble mastHeightM = number(m, "mastHeightM", false, Range.closed(0, 500, "m"));
        Optional<AtmosphereKind> atmosphere = m.optionalEnum("atmosphere", AtmosphereKind.class);
        Optional<EoirMode> mode = m.optionalEnum("mode", EoirMode.class);
        OptionalDouble frameIntervalS = number(m, "frameIntervalS", false, Range.closed(0.01, 3_600, "s"));
        OptionalDouble maxRangeM = number(m, "maxRangeM", false, Range.closed(1, 200_000, "m"));
        OptionalDouble dayIfovUrad = number(m, "dayIfovUrad", false, Range.closed(0.1, 10_000, "urad"));
        OptionalDouble nightIfovUrad = number(m, "nightIfovUrad", false, Range.closed(0.1, 10_000, "urad"));
        OptionalDouble dayThreshold = number(m, "dayThresholdContrast", false, Range.closed(0.001, 1, ""));
        OptionalDouble nightThresholdK = number(m, "nightThresholdContrastK", false, Range.closed(0.001, 10, "K"));
        if (id.isEmpty() || position.isEmpty()) {
            return Optional.empty();
        }
        return build(
                node,
                () -> new EoirConfig(
                        id.get(),
                        position.get(),
                        preset,
                        mastHeightM,
                        atmosphere,
                        mode,
                        frameIntervalS,
                        maxRangeM,
                        dayIfovUrad,
                        nightIfovUrad,
                        dayThreshold,
                        nightThresholdK));
    }

    private Optional<UgsConfig> ugs(Node node, String path) {
        Optional<MapView> map = in.map(node, path, UGS_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        Optional<String> id = id(m);
        m.requiredEnum("type", SensorType.class);
        Optional<GeoPosition> position = sitePosition(m);
        Optional<UgsPreset> preset = m.requiredEnum("preset", UgsPreset.class);
        Map<SignatureType, Double> ratedRangeM = new EnumMap<>(SignatureType.class);
        boolean rangesRead = m.value("ratedRangeM")
                .map(v -> {
                    Optional<MapView> ranges = in.map(v, m.child("ratedRangeM"), SIGNATURE_KEYS);
                    ranges.ifPresent(r -> {
                        for (SignatureType t : SignatureType.values()) {
                            number(r, t.yamlName(), false, Range.closed(0.1, 100_000, "m"))
                                    .ifPresent(x -> ratedRangeM.put(t, x));
                        }
                    });
                    return ranges.isPresent();
                })
                .orElse(true);
        OptionalDouble maxProbability = number(m, "maxProbability", false, new Range(0, false, 1, ""));
        OptionalDouble falseAlarmsPerHour = number(m, "falseAlarmsPerHour", false, Range.closed(0, 3_600, "1/h"));
        OptionalDouble reportPeriodS = number(m, "reportPeriodS", false, Range.closed(0.1, 3_600, "s"));
        if (id.isEmpty() || position.isEmpty() || preset.isEmpty() || !rangesRead) {
            return Optional.empty();
        }
        return build(
                node,
                () -> new UgsConfig(
                        id.get(),
                        position.get(),
                        preset.get(),
                        ratedRangeM,
                        maxProbability,
                        falseAlarmsPerHour,
                        reportPeriodS));
    }

    private Optional<SensorConfig> sensor(Node node, String path) {
        Optional<MapView> map = in.map(node, path, SENSOR_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        Optional<String> id = id(m);
        Optional<SensorType> type = m.requiredEnum("type", SensorType.class);
        Optional<GeoPosition> position = sitePosition(m);
        Optional<RadarPreset> preset = m.optionalEnum("preset", RadarPreset.class);
        OptionalDouble maxRangeM = number(m, "maxRangeM", false, Range.positive("m"));
        OptionalDouble scanPeriodS = number(m, "scanPeriodS", false, Range.positive("s"));
        OptionalDouble rangeSigmaM = number(m, "rangeSigmaM", false, Range.positive("m"));
        OptionalDouble azimuthSigmaDeg = number(m, "azimuthSigmaDeg", false, Range.positive("deg"));
        OptionalDouble elevationSigmaDeg = number(m, "elevationSigmaDeg", false, Range.positive("deg"));
        OptionalDouble falseAlarmsPerScan = number(m, "falseAlarmsPerScan", false, Range.nonNegative(""));
        OptionalDouble referenceRangeM = number(m, "referenceRangeM", false, Range.positive("m"));
        OptionalDouble referenceSnrDb = number(m, "referenceSnrDb", false, Range.closed(-100, 200, "dB"));
        OptionalDouble probabilityFalseAlarm = number(m, "probabilityFalseAlarm", false, PROBABILITY);
        if (id.isEmpty() || type.isEmpty() || position.isEmpty()) {
            return Optional.empty();
        }
        return build(
                node,
                () -> new SensorConfig(
                        id.get(),
                        type.get(),
                        position.get(),
                        preset,
                        maxRangeM,
                        scanPeriodS,
                        rangeSigmaM,
                        azimuthSigmaDeg,
                        elevationSigmaDeg,
                        falseAlarmsPerScan,
                        referenceRangeM,
                        referenceSnrDb,
                        probabilityFalseAlarm));
    }

    private Optional<EffectorConfig> effector(Node node, String path) {
        Optional<MapView> map = in.map(node, path, EFFECTOR_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        Optional<String> id = id(m);
        Optional<EffectorLayer> layer = m.requiredEnum("layer", EffectorLayer.class);
        Optional<GeoPosition> position = sitePosition(m);
        OptionalInt magazine = integer(m, "magazine", 0, 1_000_000);
        OptionalDouble maxRangeM = number(m, "maxRangeM", false, Range.positive("m"));
        OptionalDouble minRangeM = number(m, "minRangeM", false, Range.nonNegative("m"));
        OptionalDouble maxAltitudeM = number(m, "maxAltitudeM", false, Range.positive("m"));
        OptionalDouble costPerShot = number(m, "costPerShot", false, Range.nonNegative(""));
        OptionalDouble reloadS = number(m, "reloadS", false, Range.nonNegative("s"));
        Optional<List<EngagementConfig.DoctrineClass>> engages = m.value("engages")
                .map(v -> in.listOfAll(
                        v, m.child("engages"), (n, q) -> in.enumValue(n, q, EngagementConfig.DoctrineClass.class)))
                .orElse(Optional.of(List.of()));
        if (engages.isEmpty()) {
            return Optional.empty();
        }
        if (minRangeM.isPresent() && maxRangeM.isPresent() && minRangeM.getAsDouble() >= maxRangeM.getAsDouble()) {
            in.problem(
                    m.value("minRangeM").orElseThrow(),
                    m.child("minRangeM") + " = " + Range.format(minRangeM.getAsDouble())
                            + " m must be less than maxRangeM = " + Range.format(maxRangeM.getAsDouble()) + " m",
                    "");
            return Optional.empty();
        }
        if (id.isEmpty() || layer.isEmpty() || position.isEmpty()) {
            return Optional.empty();
        }
        return build(
                node,
                () -> new EffectorConfig(
                        id.get(),
                        layer.get(),
                        position.get(),
                        magazine,
                        maxRangeM,
                        minRangeM,
                        maxAltitudeM,
                        costPerShot,
                        reloadS,
                        engages.get().stream()
                                .map(EngagementConfig.DoctrineClass::threatClass)
                                .toList()));
    }

    private Optional<GeoPosition> sitePosition(MapView m) {
        return m.required("position").flatMap(v -> position(v, m.child("position"), true, HEIGHT, AREA_RADIUS_M));
    }

    // ---- threats

    private Optional<List<ThreatConfig>> threat(Node node, String path) {
        Optional<MapView> map = in.map(node, path, THREAT_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        Optional<String> id = m.requiredString("id");
        Optional<ThreatKind> type = m.requiredEnum("type", ThreatKind.class);
        Optional<GeoPosition> launch =
                m.required("launch").flatMap(v -> position(v, m.child("launch"), false, HEIGHT, LAUNCH_RADIUS_M));
        Optional<LatLon> aim = m.required("aim").flatMap(v -> point(v, m.child("aim"), AREA_RADIUS_M));
        OptionalDouble launchTimeS =
                number(m, "launchTimeS", true, new Range(EARLIEST_LAUNCH_S, true, Double.POSITIVE_INFINITY, "s"));
        OptionalInt count = integer(m, "count", 1, 10_000);
        OptionalDouble intervalS = number(m, "intervalS", false, Range.positive("s"));
        OptionalDouble flightTimeS = number(m, "flightTimeS", false, Range.positive("s"));
        OptionalDouble betaKgM2 = number(m, "ballisticCoefficientKgM2", false, Range.positive("kg/m²"));
        OptionalDouble speedMps = number(m, "speedMps", false, Range.positive("m/s"));
        OptionalDouble cruiseHeightM = number(m, "cruiseHeightM", false, HEIGHT);
        if (cruiseHeightM.isPresent() && cruiseHeightM.getAsDouble() <= groundHeightM) {
            double given = cruiseHeightM.getAsDouble();
            in.problem(
                    m.value("cruiseHeightM").orElseThrow(),
                    m.child("cruiseHeightM") + " = " + Range.format(given) + " m is not above the ground"
                            + " (groundHeightM = " + Range.format(groundHeightM) + " m)",
                    "cruiseHeightM is a height above the ellipsoid like hM: for " + Range.format(given)
                            + " m above the ground write " + Range.format(groundHeightM + given));
        }
        List<LatLon> waypoints = m.value("waypoints")
                .flatMap(v -> in.listOfAll(v, m.child("waypoints"), (n, p) -> pair(n, p, LAUNCH_RADIUS_M)))
                .orElse(List.of());
        type.ifPresent(t -> rejectForType(m, t));
        Optional<SwarmSpec> swarm = m.value("swarm").flatMap(v -> swarm(v, m, type));
        int rounds = swarm.map(SwarmSpec::count).orElse(count.orElse(1));
        if (m.has("swarm")) {
            rejectSalvoKeys(m);
        } else if (count.isPresent() || !m.has("count")) { // an unreadable count was reported already
            checkSalvo(m, rounds, intervalS);
        }
        if (launchTimeS.isPresent() && !m.has("swarm")) {
            checkLaunchTime(m, launchTimeS.getAsDouble(), rounds, intervalS.orElse(0));
        }
        Optional<List<DroneSwarm.Member>> members = Optional.empty();
        if (swarm.isPresent() && type.isPresent() && launch.isPresent() && aim.isPresent()) {
            members = swarmMembers(m, swarm.get(), type.get(), launch.get(), waypoints, aim.get(), speedMps);
            if (members.isPresent() && launchTimeS.isPresent()) {
                checkSwarmLaunches(m, swarm.get(), members.get(), launchTimeS.getAsDouble());
            }
        }
        if (in.hasProblems()
                || id.isEmpty()
                || type.isEmpty()
                || launch.isEmpty()
                || aim.isEmpty()
                || launchTimeS.isEmpty()) {
            // ids are still registered so that duplicates are reported even in a file with other problems
            id.ifPresent(i -> registerRounds(m, i, rounds));
            return Optional.empty();
        }
        List<String> roundIds = registerRounds(m, id.get(), rounds);
        List<ThreatConfig> threats = new ArrayList<>(rounds);
        for (int k = 0; k < rounds; k++) {
            double timeS = launchTimeS.getAsDouble() + k * intervalS.orElse(0);
            GeoPosition roundLaunch = launch.get();
            LatLon roundAim = aim.get();
            List<LatLon> roundWaypoints = waypoints;
            if (members.isPresent()) { // a swarm member flies its own parallel route
                DroneSwarm.Member member = members.get().get(k);
                List<GeodeticPoint> r = member.route();
                timeS = launchTimeS.getAsDouble() + member.launchDelayS();
                roundLaunch = new GeoPosition(
                        Math.toDegrees(r.get(0).latRad()),
                        Math.toDegrees(r.get(0).lonRad()),
                        r.get(0).hM());
                roundAim = latLon(r.get(r.size() - 1));
                roundWaypoints = r.subList(1, r.size() - 1).stream()
                        .map(ScenarioReader::latLon)
                        .toList();
            }
            String roundId = roundIds.get(k);
            Optional<String> salvoId = rounds > 1 ? id : Optional.empty();
            double roundTimeS = timeS;
            GeoPosition fromP = roundLaunch;
            LatLon toP = roundAim;
            List<LatLon> viaP = roundWaypoints;
            build(
                            node,
                            () -> new ThreatConfig(
                                    roundId,
                                    type.get(),
                                    fromP,
                                    toP,
                                    roundTimeS,
                                    flightTimeS,
                                    betaKgM2,
                                    speedMps,
                                    cruiseHeightM,
                                    viaP,
                                    salvoId))
                    .ifPresent(threats::add);
        }
        return threats.size() == rounds ? Optional.of(threats) : Optional.empty();
    }

    /** A swarm as written: {@code threats[].swarm}. */
    private record SwarmSpec(int count, double spacingM, SwarmArrival arrival, double intervalS) {}

    private Optional<SwarmSpec> swarm(Node node, MapView threat, Optional<ThreatKind> type) {
        String path = threat.child("swarm");
        Optional<MapView> map = in.map(node, path, SWARM_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        if (type.isPresent() && type.get().ballistic()) {
            in.problem(
                    threat.keyNode("swarm").orElseThrow(),
                    "swarm does not apply to " + type.get().yamlName() + " threats (ballistic) in " + threat.path(),
                    "a salvo of rockets or missiles is written with count and intervalS");
            return Optional.empty();
        }
        Optional<Node> countNode = m.required("count");
        OptionalInt count = integer(m, "count", 1, DroneSwarm.MAX_COUNT);
        OptionalDouble spacingM = number(m, "spacingM", true, Range.nonNegative("m"));
        Optional<SwarmArrival> arrival = m.value("arrival").isPresent()
                ? m.optionalEnum("arrival", SwarmArrival.class)
                : Optional.of(SwarmArrival.STAGGERED);
        OptionalDouble intervalS = number(m, "intervalS", false, Range.nonNegative("s"));
        if (arrival.isPresent() && arrival.get() == SwarmArrival.SIMULTANEOUS && intervalS.isPresent()) {
            in.problem(
                    m.keyNode("intervalS").orElseThrow(),
                    "intervalS does not apply to a swarm with simultaneous arrival in " + path,
                    "launch times follow from the routes; remove intervalS, or use arrival: staggered");
            return Optional.empty();
        }
        if (countNode.isEmpty() || count.isEmpty() || spacingM.isEmpty() || arrival.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SwarmSpec(count.getAsInt(), spacingM.getAsDouble(), arrival.get(), intervalS.orElse(0)));
    }

    private void rejectSalvoKeys(MapView m) {
        for (String key : List.of("count", "intervalS")) {
            m.keyNode(key)
                    .ifPresent(k -> in.problem(
                            k,
                            key + " does not apply next to swarm in " + m.path(),
                            "give the number of members and their launch interval inside swarm"));
        }
    }

    private Optional<List<DroneSwarm.Member>> swarmMembers(
            MapView m,
            SwarmSpec spec,
            ThreatKind type,
            GeoPosition launch,
            List<LatLon> waypoints,
            LatLon aim,
            OptionalDouble speedMps) {
        List<GeodeticPoint> route = new ArrayList<>();
        route.add(launch.toGeodetic());
        waypoints.forEach(w -> route.add(w.toGeodetic(groundHeightM)));
        route.add(aim.toGeodetic(groundHeightM));
        try {
            DroneSwarm swarm =
                    new DroneSwarm(spec.count(), spec.spacingM(), spec.arrival().arrival(), spec.intervalS());
            return Optional.of(
                    swarm.members(route, speedMps.orElse(type.threatType().speedMps())));
        } catch (SteeldomeException e) {
            in.problem(
                    m.keyNode("swarm").orElseThrow(),
                    "cannot form the swarm of " + m.path() + ": " + e.getMessage(),
                    "check the route (launch, waypoints, aim) and the swarm's values");
            return Optional.empty();
        }
    }

    private void checkSwarmLaunches(MapView m, SwarmSpec spec, List<DroneSwarm.Member> members, double firstS) {
        if (durationS.isEmpty()) {
            return;
        }
        double endS = durationS.getAsDouble();
        double lastS = firstS
                + members.stream()
                        .mapToDouble(DroneSwarm.Member::launchDelayS)
                        .max()
                        .orElse(0);
        if (firstS >= endS) {
            in.problem(
                    m.value("launchTimeS").orElseThrow(),
                    m.child("launchTimeS") + " = " + Range.format(firstS) + " s is not before the end of the run"
                            + " (durationS = " + Range.format(endS) + " s)",
                    "launch earlier or make durationS longer");
        } else if (lastS >= endS) {
            in.problem(
                    m.keyNode("swarm").orElseThrow(),
                    "the last member of " + m.path() + " launches at " + Range.format(Math.round(lastS * 10) / 10.0)
                            + " s, not before the end of the run (durationS = " + Range.format(endS) + " s)",
                    spec.arrival() == SwarmArrival.SIMULTANEOUS
                            ? "launch earlier or make durationS longer"
                            : "reduce count or intervalS, or make durationS longer");
        }
    }

    private static LatLon latLon(GeodeticPoint p) {
        return new LatLon(Math.toDegrees(p.latRad()), Math.toDegrees(p.lonRad()));
    }

    private void rejectForType(MapView m, ThreatKind type) {
        List<String> notApplicable = type.ballistic()
                ? List.of("speedMps", "cruiseHeightM", "waypoints")
                : List.of("flightTimeS", "ballisticCoefficientKgM2");
        String kind = type.ballistic() ? "ballistic" : "air-breathing";
        String hint = type.ballistic()
                ? "ballistic threats take flightTimeS and ballisticCoefficientKgM2"
                : "air-breathing threats take speedMps, cruiseHeightM and waypoints";
        for (String key : notApplicable) {
            m.keyNode(key)
                    .ifPresent(k -> in.problem(
                            k,
                            key + " does not apply to " + type.yamlName() + " threats (" + kind + ") in " + m.path(),
                            hint));
        }
    }

    private void checkSalvo(MapView m, int rounds, OptionalDouble intervalS) {
        if (rounds > 1 && !m.has("intervalS")) {
            in.problem(
                    m.value("count").orElseThrow(),
                    m.path() + " is a salvo of " + rounds + " but has no intervalS",
                    "add intervalS: the time between launches, s");
        } else if (rounds == 1 && intervalS.isPresent()) {
            in.problem(
                    m.keyNode("intervalS").orElseThrow(),
                    "intervalS applies only to a salvo (count > 1) in " + m.path(),
                    "add count or remove intervalS");
        }
    }

    private void checkLaunchTime(MapView m, double firstS, int rounds, double intervalS) {
        if (durationS.isEmpty()) {
            return;
        }
        double endS = durationS.getAsDouble();
        double lastS = firstS + (rounds - 1) * intervalS;
        if (firstS >= endS) {
            in.problem(
                    m.value("launchTimeS").orElseThrow(),
                    m.child("launchTimeS") + " = " + Range.format(firstS) + " s is not before the end of the run"
                            + " (durationS = " + Range.format(endS) + " s)",
                    "launch earlier or make durationS longer");
        } else if (lastS >= endS) {
            in.problem(
                    m.value("count").orElseThrow(),
                    "the last round of " + m.path() + " launches at " + Range.format(lastS)
                            + " s, not before the end of the run (durationS = " + Range.format(endS) + " s)",
                    "reduce count or intervalS, or make durationS longer");
        }
    }

    private List<String> registerRounds(MapView m, String id, int rounds) {
        Node idNode = m.value("id").orElseThrow();
        if (rounds == 1) {
            register(id, idNode, m.path(), "");
            return List.of(id);
        }
        List<String> roundIds = new ArrayList<>(rounds);
        for (int k = 1; k <= rounds; k++) {
            String roundId = id + "-" + k;
            register(roundId, idNode, m.path(), " (round " + k + " of the salvo)");
            roundIds.add(roundId);
        }
        return roundIds;
    }

    // ---- border

    private Optional<BorderConfig> border(Node node, String path) {
        Optional<MapView> map = in.map(node, path, BORDER_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        List<BorderSegmentConfig> segments = m.optionalList("segments", this::segment);
        List<StationConfig> stations = m.optionalList("stations", this::station);
        return build(node, () -> new BorderConfig(segments, stations));
    }

    private Optional<BorderSegmentConfig> segment(Node node, String path) {
        Optional<MapView> map = in.map(node, path, SEGMENT_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        Optional<String> id = id(m);
        Optional<String> name = m.requiredString("name");
        Optional<List<LatLon>> line;
        if (m.has("line") && m.has("file")) {
            in.problem(m.keyNode("file").orElseThrow(), path + " has both line and file", "give one of them");
            line = Optional.empty();
        } else if (m.has("line")) {
            line = m.value("line")
                    .flatMap(v -> in.listOfAll(v, m.child("line"), (n, p) -> pair(n, p, AREA_RADIUS_M)))
                    .flatMap(l -> atLeastTwo(l, m.value("line").orElseThrow(), m.child("line")));
        } else if (m.has("file")) {
            Node fileNode = m.value("file").orElseThrow();
            line = in.string(fileNode, m.child("file")).flatMap(f -> lineFromFile(f, fileNode));
        } else {
            in.problem(
                    m.node(),
                    "missing required key 'line' or 'file' in " + path,
                    "give the line inline as [[latDeg, lonDeg], ...] or as a GeoJSON LineString file");
            line = Optional.empty();
        }
        if (id.isEmpty() || name.isEmpty() || line.isEmpty()) {
            return Optional.empty();
        }
        return build(node, () -> new BorderSegmentConfig(id.get(), name.get(), line.get()));
    }

    private Optional<List<LatLon>> atLeastTwo(List<LatLon> line, Node node, String path) {
        if (line.size() < 2) {
            in.problem(node, path + " needs at least 2 points, got " + line.size(), "");
            return Optional.empty();
        }
        return Optional.of(line);
    }

    private Optional<List<LatLon>> lineFromFile(String file, Node fileNode) {
        String json;
        try {
            json = includes.read(file);
        } catch (IOException e) {
            in.problem(
                    fileNode,
                    "cannot read border file '" + file + "': " + describe(e),
                    "the path is relative to the scenario file");
            return Optional.empty();
        }
        List<double[]> raw;
        try {
            raw = GeoJsonLine.read(json);
        } catch (GeoJsonLine.FormatException e) {
            in.problem(fileNode, "border file '" + file + "' is not usable: " + e.getMessage(), "");
            return Optional.empty();
        }
        List<LatLon> line = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            double lat = raw.get(i)[0];
            double lon = raw.get(i)[1];
            Optional<Double> distanceM = Optional.empty();
            if (LAT.contains(lat) && LON.contains(lon)) {
                LatLon p = new LatLon(lat, lon);
                distanceM = origin.map(o -> distanceFromOriginM(p));
                if (distanceM.isEmpty() || distanceM.get() <= AREA_RADIUS_M) {
                    line.add(p);
                    continue;
                }
            }
            String what = distanceM.isPresent()
                    ? "is " + km(distanceM.get()) + " from the origin; positions must be within " + km(AREA_RADIUS_M)
                    : "is out of range (longitude " + lon + ", latitude " + lat + ")";
            in.problem(fileNode, "border file '" + file + "' coordinate " + i + " " + what, "");
            return Optional.empty();
        }
        return atLeastTwo(line, fileNode, "border file '" + file + "'");
    }

    private Optional<StationConfig> station(Node node, String path) {
        Optional<MapView> map = in.map(node, path, STATION_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        Optional<String> id = id(m);
        Optional<StationType> type = m.requiredEnum("type", StationType.class);
        Optional<GeoPosition> position = sitePosition(m);
        if (id.isEmpty() || type.isEmpty() || position.isEmpty()) {
            return Optional.empty();
        }
        return build(node, () -> new StationConfig(id.get(), type.get(), position.get()));
    }

    // ---- terrain

    private Optional<TerrainConfig> terrain(Node node, String path, List<SensorConfig> sensors) {
        Optional<MapView> map = in.map(node, path, TERRAIN_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        if (m.has("dem") && m.has("synthetic")) {
            Node dem = m.keyNode("dem").orElseThrow();
            Node synthetic = m.keyNode("synthetic").orElseThrow();
            in.problem(
                    later(dem, synthetic),
                    path + " has both dem and synthetic",
                    "give one of them: dem for elevation files, synthetic for generated relief");
            return Optional.empty();
        }
        if (m.has("dem")) {
            return dem(m.value("dem").orElseThrow(), m.child("dem"));
        }
        if (m.has("synthetic")) {
            return synthetic(
                    m.keyNode("synthetic").orElseThrow(),
                    m.value("synthetic").orElseThrow(),
                    m.child("synthetic"),
                    sensors);
        }
        if (m.suggested("dem") || m.suggested("synthetic")) {
            return Optional.empty(); // the misspelt key was reported with its correction
        }
        in.problem(
                m.node(),
                "missing required key 'dem' or 'synthetic' in " + path,
                "give elevation files as dem: [N39E044.hgt, ...] or generated relief as synthetic: {seed: 1}");
        return Optional.empty();
    }

    /** The node that comes second in the file. */
    private static Node later(Node a, Node b) {
        int ia = a.getStartMark().map(Mark::getIndex).orElse(0);
        int ib = b.getStartMark().map(Mark::getIndex).orElse(0);
        return ia > ib ? a : b;
    }

    /** One entry of {@code terrain.dem}: the text as written and where. */
    private record DemEntry(String name, Node node) {}

    private Optional<TerrainConfig> dem(Node node, String path) {
        Optional<List<DemEntry>> entries =
                in.listOfAll(node, path, (n, p) -> in.string(n, p).map(f -> new DemEntry(f, n)));
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        if (entries.get().isEmpty()) {
            in.problem(node, path + " needs at least one elevation file", "list them as [N39E044.hgt, ...]");
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        List<ElevationRaster> tiles = new ArrayList<>();
        for (DemEntry e : entries.get()) {
            demTile(e).ifPresent(tile -> {
                files.add(tile.file());
                tiles.add(tile.raster());
            });
        }
        if (tiles.size() < entries.get().size()) {
            return Optional.empty();
        }
        ElevationRaster mosaic;
        try {
            mosaic = DemMosaic.of(tiles); // what DemLoader.load(files) does after reading each file
        } catch (SteeldomeException ex) {
            in.problem(node, "the files of " + path + " cannot be combined: " + ex.getMessage(), "");
            return Optional.empty();
        }
        return build(node, () -> new TerrainConfig.Dem(files, mosaic));
    }

    private record DemTile(Path file, ElevationRaster raster) {}

    /** Reads one elevation file on its own, so that a problem is reported at its entry. */
    private Optional<DemTile> demTile(DemEntry e) {
        Optional<Path> file;
        try {
            file = includes.path(e.name());
        } catch (InvalidPathException ex) {
            in.problem(e.node(), "DEM file '" + e.name() + "' is not a valid path: " + ex.getReason(), "");
            return Optional.empty();
        }
        if (file.isEmpty()) {
            in.problem(
                    e.node(),
                    "cannot read DEM file '" + e.name() + "': this scenario was not read from a file",
                    "elevation files are read relative to a scenario file on disk");
            return Optional.empty();
        }
        Path p = file.get();
        if (!Files.exists(p)) {
            in.problem(e.node(), "cannot read DEM file '" + e.name() + "': no such file (" + p + ")", DEM_HINT);
            return Optional.empty();
        }
        if (!Files.isRegularFile(p)) {
            in.problem(e.node(), "cannot read DEM file '" + e.name() + "': not a file (" + p + ")", DEM_HINT);
            return Optional.empty();
        }
        try {
            return Optional.of(new DemTile(p, DemLoader.load(List.of(p))));
        } catch (SteeldomeException ex) {
            // the terrain readers' messages start with the path, which the problem already names
            String reason = ex.getMessage();
            String prefix = p + ": ";
            if (reason.startsWith(prefix)) {
                reason = reason.substring(prefix.length());
            }
            in.problem(e.node(), "DEM file '" + e.name() + "' is not usable: " + reason, "");
            return Optional.empty();
        }
    }

    private Optional<TerrainConfig> synthetic(Node keyNode, Node node, String path, List<SensorConfig> sensors) {
        Optional<MapView> map = in.map(node, path, SYNTHETIC_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        OptionalLong seed =
                m.required("seed").map(v -> in.integer(v, m.child("seed"))).orElse(OptionalLong.empty());
        OptionalDouble cellArcSec = number(m, "cellArcSec", false, CELL_ARC_SEC);
        if (seed.isEmpty() || (m.has("cellArcSec") && cellArcSec.isEmpty())) {
            return Optional.empty();
        }
        TerrainConfig.Synthetic terrain = new TerrainConfig.Synthetic(
                seed.getAsLong(), cellArcSec.orElse(TerrainConfig.Synthetic.DEFAULT_CELL_ARC_SEC));
        try {
            terrain.grid(sensors);
        } catch (SteeldomeException ex) {
            if (ex.code() == ScenarioError.SYNTHETIC_TERRAIN_TOO_LARGE) {
                in.problem(m.value("cellArcSec").orElse(keyNode), ex.getMessage(), "");
            } else {
                GeoPosition p = sensors.stream()
                        .map(SensorConfig::position)
                        .filter(q -> !TerrainConfig.Synthetic.covers(q.latDeg(), q.lonDeg()))
                        .findFirst()
                        .orElseThrow();
                in.problem(
                        keyNode,
                        ex.getMessage(),
                        "for terrain there give elevation files instead, e.g. terrain: {dem: [" + srtmTile(p)
                                + "]} (SRTM tiles or GeoTIFFs, relative to the scenario file)");
            }
            return Optional.empty();
        }
        return Optional.of(terrain);
    }

    /** The name of the SRTM tile holding a point, e.g. N39E044.hgt. */
    static String srtmTile(GeoPosition p) {
        int lat = (int) Math.floor(p.latDeg());
        int lon = (int) Math.floor(p.lonDeg());
        return String.format(
                Locale.ROOT,
                "%s%02d%s%03d.hgt",
                lat < 0 ? "S" : "N",
                Math.abs(lat),
                lon < 0 ? "W" : "E",
                Math.abs(lon));
    }

    // ---- engagement and tracker

    private Optional<EngagementConfig> engagement(Node node, String path, Optional<BorderConfig> border) {
        Optional<MapView> map = in.map(node, path, ENGAGEMENT_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        int before = in.problems().size();
        EngagementConfig defaults = EngagementConfig.DEFAULTS;
        Optional<EngagementPolicy> policy = m.optionalEnum("policy", EngagementPolicy.class);
        OptionalDouble threshold = number(m, "engageThreshold", false, PROBABILITY);
        OptionalInt maxShots = integer(m, "maxShotsPerTarget", 1, 1_000);
        OptionalInt salvoSize = integer(m, "salvoSize", 1, 1_000);
        List<EngagementConfig.WcsChange> wcs = m.value("weaponsControl")
                .map(v -> weaponsControl(v, m.child("weaponsControl")))
                .orElse(List.of());
        Map<EngagementConfig.DoctrineClass, EngagementConfig.ClassDoctrine> doctrine =
                new EnumMap<>(EngagementConfig.DoctrineClass.class);
        m.value("doctrine").ifPresent(v -> classDoctrines(v, m.child("doctrine"), doctrine));
        Optional<EngagementConfig.HostileAreaConfig> hostile =
                m.value("hostileArea").flatMap(v -> hostileArea(v, m.child("hostileArea"), border));
        Optional<EngagementConfig.Approval> approval =
                m.value("approval").flatMap(v -> approval(v, m.child("approval")));
        if (in.problems().size() > before || (m.has("approval") && approval.isEmpty())) {
            return Optional.empty();
        }
        return build(
                node,
                () -> new EngagementConfig(
                        policy.orElse(defaults.policy()),
                        threshold.orElse(defaults.engageThreshold()),
                        maxShots.orElse(defaults.maxShotsPerTarget()),
                        salvoSize.orElse(EngagementConfig.DEFAULT_SALVO_SIZE),
                        wcs,
                        doctrine,
                        hostile,
                        approval.orElse(EngagementConfig.Approval.AUTO)));
    }

    /** {@code weaponsControl}: one status for every layer from the start, or a list of timed changes. */
    private List<EngagementConfig.WcsChange> weaponsControl(Node node, String path) {
        if (node instanceof ScalarNode) {
            return in.enumValue(node, path, EngagementConfig.WeaponsControl.class)
                    .map(s -> List.of(new EngagementConfig.WcsChange(0, s, List.of())))
                    .orElse(List.of());
        }
        if (!(node instanceof SequenceNode)) {
            in.problem(
                    node,
                    "expected hold, tight or free, or a list of changes, for " + path + ", got "
                            + FieldReader.describe(node),
                    "write weaponsControl: tight, or a list like - {timeS: 0, status: tight, layers: [short-range]}");
            return List.of();
        }
        List<EngagementConfig.WcsChange> changes = new ArrayList<>();
        List<Node> timeNodes = new ArrayList<>();
        List<Node> items = ((SequenceNode) node).getValue();
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            Optional<MapView> map = in.map(items.get(i), p, WCS_KEYS);
            if (map.isEmpty()) {
                continue;
            }
            MapView c = map.get();
            OptionalDouble timeS = number(c, "timeS", true, Range.nonNegative("s"));
            Optional<EngagementConfig.WeaponsControl> status =
                    c.requiredEnum("status", EngagementConfig.WeaponsControl.class);
            Optional<List<EffectorLayer>> layers = c.value("layers")
                    .map(v -> in.listOfAll(v, c.child("layers"), (n, q) -> in.enumValue(n, q, EffectorLayer.class)))
                    .orElse(Optional.of(List.of()));
            if (timeS.isPresent() && durationS.isPresent() && timeS.getAsDouble() >= durationS.getAsDouble()) {
                in.problem(
                        c.value("timeS").orElseThrow(),
                        c.child("timeS") + " = " + Range.format(timeS.getAsDouble())
                                + " s is not before the end of the run (durationS = "
                                + Range.format(durationS.getAsDouble()) + " s)",
                        "a change after the end never takes effect; remove it or make durationS longer");
                continue;
            }
            if (timeS.isEmpty() || status.isEmpty() || layers.isEmpty()) {
                continue;
            }
            if (!changes.isEmpty() && timeS.getAsDouble() < changes.getLast().timeS()) {
                in.problem(
                        c.value("timeS").orElseThrow(),
                        c.child("timeS") + " = " + Range.format(timeS.getAsDouble())
                                + " s comes before the previous change (at "
                                + Range.format(changes.getLast().timeS()) + " s, line "
                                + FieldReader.line(timeNodes.getLast()) + ")",
                        "list the changes in time order");
                continue;
            }
            changes.add(new EngagementConfig.WcsChange(timeS.getAsDouble(), status.get(), layers.get()));
            timeNodes.add(c.value("timeS").orElseThrow());
        }
        return changes;
    }

    private void classDoctrines(
            Node node, String path, Map<EngagementConfig.DoctrineClass, EngagementConfig.ClassDoctrine> out) {
        Optional<MapView> map = in.map(node, path, DOCTRINE_CLASS_KEYS);
        if (map.isEmpty()) {
            return;
        }
        MapView m = map.get();
        for (EngagementConfig.DoctrineClass c : EngagementConfig.DoctrineClass.values()) {
            m.value(c.yamlName())
                    .flatMap(v -> in.map(v, m.child(c.yamlName()), DOCTRINE_KEYS))
                    .ifPresent(d -> {
                        Optional<EngagementPolicy> policy = d.optionalEnum("policy", EngagementPolicy.class);
                        OptionalInt salvo = integer(d, "salvoSize", 1, 1_000);
                        OptionalInt shots = integer(d, "maxShotsPerTarget", 1, 1_000);
                        build(d.node(), () -> new EngagementConfig.ClassDoctrine(policy, salvo, shots))
                                .ifPresent(x -> out.put(c, x));
                    });
        }
    }

    private Optional<EngagementConfig.HostileAreaConfig> hostileArea(
            Node node, String path, Optional<BorderConfig> border) {
        Optional<MapView> map = in.map(node, path, HOSTILE_AREA_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        if (m.has("polygon") && m.has("beyondBorder")) {
            in.problem(
                    m.keyNode("beyondBorder").orElseThrow(),
                    path + " has both polygon and beyondBorder",
                    "give one of them");
            return Optional.empty();
        }
        if (m.has("polygon")) {
            return polygon(m.value("polygon").orElseThrow(), m.child("polygon"))
                    .map(a -> new EngagementConfig.HostileAreaConfig.Polygon(((AssetArea.Polygon) a).vertices()));
        }
        if (m.has("beyondBorder")) {
            Node v = m.value("beyondBorder").orElseThrow();
            Optional<String> id = in.string(v, m.child("beyondBorder"));
            if (id.isEmpty()) {
                return Optional.empty();
            }
            List<String> segments = border.stream()
                    .flatMap(b -> b.segments().stream())
                    .map(BorderSegmentConfig::id)
                    .toList();
            if (!segments.contains(id.get())) {
                String hint = segments.isEmpty()
                        ? "declare the segment under border: segments:, or give the area as polygon: [[latDeg,"
                                + " lonDeg], ...]"
                        : Suggestions.closest(id.get(), segments)
                                .map(x -> "did you mean '" + x + "'?")
                                .orElse("border segments: " + String.join(", ", segments));
                in.problem(v, "no border segment '" + id.get() + "' for " + m.child("beyondBorder"), hint);
                return Optional.empty();
            }
            return Optional.of(new EngagementConfig.HostileAreaConfig.BeyondBorder(id.get()));
        }
        if (!m.suggested("polygon") && !m.suggested("beyondBorder")) {
            in.problem(
                    m.node(),
                    "missing required key 'polygon' or 'beyondBorder' in " + path,
                    "give the hostile territory as polygon: [[latDeg, lonDeg], ...] or as the far side of a border"
                            + " segment, beyondBorder: <segment id>");
        }
        return Optional.empty();
    }

    private Optional<EngagementConfig.Approval> approval(Node node, String path) {
        if (node instanceof ScalarNode scalar
                && List.of("operator", "live", "manual").contains(scalar.getValue())) {
            in.problem(
                    node,
                    path + " = " + scalar.getValue() + " is not available in a simulation: operator approval needs"
                            + " the live C2 server; a simulation auto-approves every engagement and says so in its"
                            + " outputs",
                    "write approval: auto, or leave the key out");
            return Optional.empty();
        }
        return in.enumValue(node, path, EngagementConfig.Approval.class);
    }

    private Optional<TrackingConfig> tracker(Node node, String path) {
        Optional<MapView> map = in.map(node, path, TRACKER_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        OptionalInt confirmHits = integer(m, "confirmHits", 1, 1_000);
        OptionalInt confirmWindow = integer(m, "confirmWindow", 1, 1_000);
        OptionalInt deleteMisses = integer(m, "deleteMisses", 1, 1_000);
        OptionalDouble processNoise = number(m, "processNoise", false, Range.positive("m^2/s^3"));
        if (confirmHits.isPresent() && confirmWindow.isPresent() && confirmWindow.getAsInt() < confirmHits.getAsInt()) {
            in.problem(
                    m.value("confirmWindow").orElseThrow(),
                    m.child("confirmWindow") + " = " + confirmWindow.getAsInt() + " must be >= confirmHits = "
                            + confirmHits.getAsInt(),
                    "M-of-N confirmation needs N >= M");
            return Optional.empty();
        }
        if (in.hasProblems()) {
            return Optional.empty();
        }
        return build(node, () -> new TrackingConfig(confirmHits, confirmWindow, deleteMisses, processNoise));
    }

    // ---- shared pieces

    private Optional<String> id(MapView m) {
        Optional<String> id = m.requiredString("id");
        id.ifPresent(i -> register(i, m.value("id").orElseThrow(), m.path(), ""));
        return id;
    }

    private void register(String id, Node idNode, String path, String detail) {
        IdUse first = ids.putIfAbsent(id, new IdUse(path, FieldReader.line(idNode)));
        if (first != null) {
            in.problem(
                    idNode,
                    "duplicate id '" + id + "'" + detail + " in " + path + "; already used by " + first.path()
                            + " at line " + first.line(),
                    ID_HINT);
        }
    }

    /** A number with a range check; absent optional keys give empty without a problem. */
    private OptionalDouble number(MapView m, String key, boolean required, Range range) {
        Optional<Node> node = required ? m.required(key) : m.value(key);
        if (node.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = in.number(node.get(), m.child(key));
        if (value.isPresent() && !range.contains(value.getAsDouble())) {
            outOfRange(node.get(), m.child(key), range);
            return OptionalDouble.empty();
        }
        return value;
    }

    private OptionalInt integer(MapView m, String key, int min, int max) {
        Optional<Node> node = m.value(key);
        if (node.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalLong value = in.integer(node.get(), m.child(key));
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (value.getAsLong() < min || value.getAsLong() > max) {
            outOfRange(node.get(), m.child(key), Range.closed(min, max, ""));
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) value.getAsLong());
    }

    private void outOfRange(Node node, String path, Range range) {
        in.problem(node, path + " = " + FieldReader.text(node) + Range.withUnit(range.unit()) + " " + range.rule(), "");
    }

    /**
     * A {@code {latDeg, lonDeg, hM}} mapping. Without {@code heightRequired}, a missing hM is the ground height.
     * {@code maxDistanceM} 0 skips the distance and swap checks (for the origin itself).
     */
    private Optional<GeoPosition> position(
            Node node, String path, boolean heightRequired, Range heightRange, double maxDistanceM) {
        Optional<MapView> map = in.map(node, path, POSITION_KEYS);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapView m = map.get();
        Optional<LatLon> latLon = latLonKeys(m, maxDistanceM);
        OptionalDouble hM = number(m, "hM", heightRequired, heightRange);
        if (latLon.isEmpty() || (hM.isEmpty() && m.has("hM")) || (hM.isEmpty() && heightRequired)) {
            return Optional.empty();
        }
        return build(node, () -> latLon.get().atHeight(hM.orElse(groundHeightM)));
    }

    /** A {@code {latDeg, lonDeg}} mapping. */
    private Optional<LatLon> point(Node node, String path, double maxDistanceM) {
        return in.map(node, path, POINT_KEYS).flatMap(m -> latLonKeys(m, maxDistanceM));
    }

    private Optional<LatLon> latLonKeys(MapView m, double maxDistanceM) {
        Optional<Node> latNode = m.required("latDeg");
        Optional<Node> lonNode = m.required("lonDeg");
        OptionalDouble lat = latNode.map(n -> in.number(n, m.child("latDeg"))).orElse(OptionalDouble.empty());
        OptionalDouble lon = lonNode.map(n -> in.number(n, m.child("lonDeg"))).orElse(OptionalDouble.empty());
        if (lat.isPresent() && lon.isPresent()) {
            return latLon(
                    lat.getAsDouble(),
                    latNode.get(),
                    m.child("latDeg"),
                    lon.getAsDouble(),
                    lonNode.get(),
                    m.child("lonDeg"),
                    m.node(),
                    m.path(),
                    maxDistanceM);
        }
        if (lat.isPresent() && !LAT.contains(lat.getAsDouble())) {
            outOfRange(latNode.get(), m.child("latDeg"), LAT);
        }
        if (lon.isPresent() && !LON.contains(lon.getAsDouble())) {
            outOfRange(lonNode.get(), m.child("lonDeg"), LON);
        }
        return Optional.empty();
    }

    /** A {@code [latDeg, lonDeg]} pair. */
    private Optional<LatLon> pair(Node node, String path, double maxDistanceM) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().size() != 2) {
            String got = node instanceof SequenceNode s
                    ? "a list of " + s.getValue().size() + " items"
                    : FieldReader.describe(node);
            in.problem(node, "expected a [latDeg, lonDeg] pair for " + path + ", got " + got, "");
            return Optional.empty();
        }
        Node latNode = sequence.getValue().get(0);
        Node lonNode = sequence.getValue().get(1);
        OptionalDouble lat = in.number(latNode, path + "[0]");
        OptionalDouble lon = in.number(lonNode, path + "[1]");
        if (lat.isEmpty() || lon.isEmpty()) {
            return Optional.empty();
        }
        return latLon(
                lat.getAsDouble(),
                latNode,
                path + "[0] (latDeg)",
                lon.getAsDouble(),
                lonNode,
                path + "[1] (lonDeg)",
                node,
                path,
                maxDistanceM);
    }

    /** Range checks, the swapped-coordinates heuristic and the distance from the origin. */
    private Optional<LatLon> latLon(
            double lat,
            Node latNode,
            String latPath,
            double lon,
            Node lonNode,
            String lonPath,
            Node whole,
            String path,
            double maxDistanceM) {
        if (!LAT.contains(lat)) {
            boolean swapped = LON.contains(lat) && LAT.contains(lon);
            in.problem(
                    latNode,
                    latPath + " = " + FieldReader.text(latNode) + " deg " + LAT.rule(),
                    swapped ? SWAP_HINT : "");
            return Optional.empty();
        }
        if (!LON.contains(lon)) {
            outOfRange(lonNode, lonPath, LON);
            return Optional.empty();
        }
        LatLon point = new LatLon(lat, lon);
        if (maxDistanceM <= 0 || origin.isEmpty()) {
            return Optional.of(point);
        }
        double distanceM = distanceFromOriginM(point);
        if (distanceM > SWAP_MIN_DISTANCE_M && LAT.contains(lon)) {
            double swappedM = distanceFromOriginM(new LatLon(lon, lat));
            if (swappedM * SWAP_RATIO < distanceM) {
                in.problem(
                        latNode,
                        path + " (latDeg " + FieldReader.text(latNode) + ", lonDeg " + FieldReader.text(lonNode)
                                + ") is " + km(distanceM) + " from the origin but " + km(swappedM)
                                + " with latitude and longitude exchanged",
                        SWAP_HINT);
                return Optional.empty();
            }
        }
        if (distanceM > maxDistanceM) {
            in.problem(
                    whole,
                    path + " is " + km(distanceM) + " from the origin; this position must be within " + km(maxDistanceM)
                            + " of it",
                    "check the coordinates, or move the origin into the scenario area");
            return Optional.empty();
        }
        return Optional.of(point);
    }

    private double distanceFromOriginM(LatLon point) {
        GeoPosition o = origin.orElseThrow();
        return Geodesy.distanceM(
                GeodeticPoint.ofDegrees(o.latDeg(), o.lonDeg()),
                GeodeticPoint.ofDegrees(point.latDeg(), point.lonDeg()));
    }

    private static String km(double metres) {
        return String.format(Locale.ROOT, "%.0f km", metres / 1000);
    }

    /**
     * Builds a record whose parts were all checked; if its constructor still rejects them (an invariant the
     * reader does not pre-check), the rejection becomes a problem located at {@code at}.
     */
    private <T> Optional<T> build(Node at, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (SteeldomeException e) {
            in.problem(at, e.getMessage(), "");
            return Optional.empty();
        }
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file (" + e.getMessage() + ")";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        } else if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
