package io.steeldome.sim.border;

import io.steeldome.border.detect.FalseAlarmModel;
import io.steeldome.border.dispatch.Mobility;
import io.steeldome.border.geometry.ProtectedSide;
import io.steeldome.border.share.ReleaseRule;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.sim.border.BorderScenario.AgencyDef;
import io.steeldome.sim.border.BorderScenario.BorderRef;
import io.steeldome.sim.border.BorderScenario.DemTerrain;
import io.steeldome.sim.border.BorderScenario.SectorDef;
import io.steeldome.sim.border.BorderScenario.StationDef;
import io.steeldome.sim.border.BorderScenario.SyntheticTerrain;
import io.steeldome.sim.border.BorderScenario.TeamDef;
import io.steeldome.sim.border.BorderScenario.Terrain;
import io.steeldome.sim.scenario.ScenarioException;
import io.steeldome.sim.scenario.ScenarioProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
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
 * Reads a border scenario file (YAML). Every problem found is reported, located as {@code file:line:column: message;
 * hint} in one {@link ScenarioException}, the same form as air-defence scenario files.
 *
 * <pre>
 * name: Zakho stretch
 * seed: 7
 * border: {builtin: iraq-turkey, fromM: 20000, toM: 60000}   # or file: line.geojson
 * side: right                                                # protected side, of the line's direction
 * terrain: {synthetic: {seed: 7, cellArcSec: 3}}             # or {dem: [tile.hgt, ...]}
 * agencies: [{id: A, name: Agency A}]
 * sectors: [{id: S1, agency: A, fromM: 20000, toM: 60000}]
 * releasability: [{owner: A, viewer: B, access: downgraded, gridDeg: 0.05}]
 * stations: [{id: T1, type: radar-tower, position: {latDeg: 37.1, lonDeg: 42.8}}]   # or plan: {stations: 4}
 * teams: [{id: P1, outpost: T1, agency: A, mobility: vehicle}]                      # outpost: station id or {latDeg, lonDeg}
 * crossings: {perDay: 10, nightFactor: 3}
 * days: 7
 * falseAlarms: {radar-tower: 2, eoir-tower: 0.5, outpost: 0.5, ugs-field: 1}   # false plots per hour per station; default 0
 * </pre>
 */
public final class BorderScenarioReader {
    private static final List<String> TOP = List.of(
            "name",
            "seed",
            "border",
            "side",
            "terrain",
            "sectors",
            "agencies",
            "releasability",
            "stations",
            "plan",
            "teams",
            "crossings",
            "days",
            "falseAlarms");
    private static final Map<String, StationType> TYPES = Map.of(
            "radar-tower", StationType.RADAR_TOWER,
            "eoir-tower", StationType.EOIR_TOWER,
            "outpost", StationType.OUTPOST,
            "ugs-field", StationType.UGS_FIELD);
    private static final Map<String, Mobility> MOBILITY = Map.of("foot", Mobility.FOOT, "vehicle", Mobility.VEHICLE);
    private static final Map<String, ProtectedSide> SIDES =
            Map.of("left", ProtectedSide.LEFT, "right", ProtectedSide.RIGHT);
    private static final List<String> BUILTINS = List.of("turkey-iran", "iraq-turkey");
    private static final List<String> ACCESS = List.of("full", "downgraded", "none");

    private final String source;
    private final Path baseDir;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    private BorderScenarioReader(String source, Path baseDir) {
        this.source = source;
        this.baseDir = baseDir;
    }

    /** Reads a file; relative paths in it are relative to its folder. */
    public static BorderScenario load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), e.toString(), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), dir == null ? Path.of(".") : dir);
    }

    /** Reads YAML text; {@code source} names it in messages, {@code baseDir} resolves relative paths. */
    public static BorderScenario parse(String yaml, String source, Path baseDir) {
        BorderScenarioReader r = new BorderScenarioReader(source, baseDir);
        Optional<BorderScenario> s = r.read(yaml);
        if (!r.problems.isEmpty() || s.isEmpty()) {
            if (r.problems.isEmpty()) {
                r.problems.add(new ScenarioProblem(source, 0, 0, "unusable scenario", ""));
            }
            throw new ScenarioException(source, r.problems);
        }
        return s.get();
    }

    // ---- the document

    private Optional<BorderScenario> read(String yaml) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setSchema(new CoreSchema())
                .setUseMarks(true)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problem(e.getProblemMark().or(e::getContextMark), "YAML syntax error: " + e.getProblem() + context, "");
            return Optional.empty();
        } catch (YamlEngineException e) {
            problem(Optional.empty(), "YAML error: " + e.getMessage(), "");
            return Optional.empty();
        }
        if (root.isEmpty()) {
            problem(Optional.empty(), "the file is empty", "start with 'name:' and 'border:'");
            return Optional.empty();
        }
        Optional<Fields> top = fields(root.get(), "", TOP);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        String name = f.opt("name").flatMap(n -> text(n, "name")).orElse(source);
        long seed = f.opt("seed")
                .flatMap(n -> integer(n, "seed", 0, Long.MAX_VALUE))
                .orElse(1L);
        Optional<BorderRef> border = f.req("border").flatMap(this::border);
        ProtectedSide side =
                f.req("side").flatMap(n -> choice(n, "side", SIDES)).orElse(ProtectedSide.LEFT);
        Terrain terrain = f.opt("terrain").flatMap(n -> terrain(n, seed)).orElse(new SyntheticTerrain(seed, 3));
        List<AgencyDef> agencies =
                f.req("agencies").map(n -> list(n, "agencies", this::agency)).orElse(List.of());
        Set<String> agencyIds = new HashSet<>();
        for (AgencyDef a : agencies) {
            agencyIds.add(a.id());
        }
        List<SectorDef> sectors = f.req("sectors")
                .map(n -> list(n, "sectors", (node, path) -> sector(node, path, agencyIds, border)))
                .orElse(List.of());
        checkSectors(f.get("sectors"), sectors);
        List<ReleaseRule> rules = f.opt("releasability")
                .map(n -> list(n, "releasability", (node, path) -> rule(node, path, agencyIds)))
                .orElse(List.of());
        List<StationDef> stations =
                f.opt("stations").map(n -> list(n, "stations", this::station)).orElse(List.of());
        OptionalInt plan = OptionalInt.empty();
        if (f.has("plan")) {
            if (f.has("stations")) {
                problem(f.get("plan"), "give either 'stations' or 'plan', not both", "remove one of them");
            }
            plan = f.opt("plan")
                    .flatMap(n -> fields(n, "plan", List.of("stations")))
                    .flatMap(p -> p.req("stations"))
                    .flatMap(n -> integer(n, "plan.stations", 1, 200))
                    .map(v -> OptionalInt.of(v.intValue()))
                    .orElse(OptionalInt.empty());
        }
        Map<String, GeodeticPoint> stationPos = new LinkedHashMap<>();
        stations.forEach(s -> stationPos.put(s.id(), s.position()));
        Set<String> listedStations = rawIds(f.get("stations"));
        List<TeamDef> teams = f.opt("teams")
                .map(n -> list(n, "teams", (node, path) -> team(node, path, agencyIds, stationPos, listedStations)))
                .orElse(List.of());
        int perDay = 10;
        double night = 3;
        Optional<Fields> crossings =
                f.opt("crossings").flatMap(n -> fields(n, "crossings", List.of("perDay", "nightFactor")));
        if (crossings.isPresent()) {
            perDay = crossings
                    .get()
                    .req("perDay")
                    .flatMap(n -> integer(n, "crossings.perDay", 0, 10_000))
                    .orElse(0L)
                    .intValue();
            night = crossings
                    .get()
                    .opt("nightFactor")
                    .flatMap(n -> number(n, "crossings.nightFactor", 1e-3, 1e3))
                    .orElse(3.0);
        }
        int days = f.opt("days")
                .flatMap(n -> integer(n, "days", 1, 3650))
                .orElse(1L)
                .intValue();
        Map<StationType, Double> falseAlarms =
                f.opt("falseAlarms").map(this::falseAlarms).orElse(Map.of());
        if (border.isEmpty() || !problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BorderScenario(
                source,
                name,
                seed,
                border.get(),
                side,
                terrain,
                sectors,
                agencies,
                rules,
                stations,
                plan,
                teams,
                perDay,
                night,
                days,
                falseAlarms));
    }

    /** {@code falseAlarms: {radar-tower: 2, ...}}: false plots per hour per station of each listed type. */
    private Map<StationType, Double> falseAlarms(Node node) {
        List<String> keys = TYPES.keySet().stream().sorted().toList();
        Map<StationType, Double> out = new EnumMap<>(StationType.class);
        fields(node, "falseAlarms", keys).ifPresent(f -> {
            for (String k : keys) {
                f.opt(k)
                        .flatMap(n -> number(n, "falseAlarms." + k, 0, FalseAlarmModel.MAX_PER_HOUR))
                        .ifPresent(v -> out.put(TYPES.get(k), v));
            }
        });
        return out;
    }

    private Optional<BorderRef> border(Node node) {
        Optional<Fields> of = fields(node, "border", List.of("file", "builtin", "fromM", "toM"));
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        Optional<Path> file = f.opt("file").flatMap(n -> text(n, "border.file")).map(baseDir::resolve);
        String builtin = "";
        if (file.isEmpty()) {
            builtin = f.req("builtin")
                    .flatMap(n -> choice(n, "border.builtin", mapOf(BUILTINS)))
                    .orElse("");
        } else if (f.has("builtin")) {
            problem(f.get("builtin"), "give either border.file or border.builtin, not both", "");
        }
        Optional<Double> from = f.opt("fromM").flatMap(n -> number(n, "border.fromM", 0, 1e8));
        Optional<Double> to = f.opt("toM").flatMap(n -> number(n, "border.toM", 0, 1e8));
        double fromM = from.orElse(0.0);
        double toM = to.orElse(Double.POSITIVE_INFINITY);
        if (from.isPresent() && to.isPresent() && !(toM > fromM)) {
            problem(f.get("toM"), "border.toM must be greater than border.fromM (" + fmt(fromM) + ")", "");
        }
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
            problem(
                    f.get("file"),
                    "border.file " + file.get() + " does not exist",
                    "give a GeoJSON line path relative to the scenario");
        }
        if (file.isEmpty() && builtin.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BorderRef(file, builtin, fromM, toM));
    }

    private Optional<Terrain> terrain(Node node, long seed) {
        Optional<Fields> of = fields(node, "terrain", List.of("synthetic", "dem"));
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Fields f = of.get();
        if (f.has("dem")) {
            List<Path> files =
                    list(f.get("dem"), "terrain.dem", (n, p) -> text(n, p).map(baseDir::resolve));
            if (files.isEmpty()) {
                problem(f.get("dem"), "terrain.dem lists no files", "give SRTM .hgt or GeoTIFF tiles");
            }
            return Optional.of(new DemTerrain(files));
        }
        if (!f.has("synthetic")) {
            problem(node, "terrain needs 'synthetic' or 'dem'", "e.g. terrain: {synthetic: {seed: 1, cellArcSec: 3}}");
            return Optional.empty();
        }
        Node sn = f.get("synthetic");
        if (sn instanceof ScalarNode sc
                && (sc.getValue().isEmpty() || sc.getValue().equals("true"))) {
            return Optional.of(new SyntheticTerrain(seed, 3));
        }
        return fields(sn, "terrain.synthetic", List.of("seed", "cellArcSec"))
                .map(s -> new SyntheticTerrain(
                        s.opt("seed")
                                .flatMap(n -> integer(n, "terrain.synthetic.seed", 0, Long.MAX_VALUE))
                                .orElse(seed),
                        s.opt("cellArcSec")
                                .flatMap(n -> number(n, "terrain.synthetic.cellArcSec", 1, 30))
                                .orElse(3.0)));
    }

    private Optional<AgencyDef> agency(Node node, String path) {
        return fields(node, path, List.of("id", "name")).flatMap(f -> {
            Optional<String> id = f.req("id").flatMap(n -> text(n, path + ".id"));
            String name = f.opt("name").flatMap(n -> text(n, path + ".name")).orElse(id.orElse(""));
            return id.map(i -> new AgencyDef(i, name));
        });
    }

    private Optional<SectorDef> sector(Node node, String path, Set<String> agencies, Optional<BorderRef> border) {
        return fields(node, path, List.of("id", "agency", "fromM", "toM")).flatMap(f -> {
            Optional<String> id = f.req("id").flatMap(n -> text(n, path + ".id"));
            Optional<String> agency = f.req("agency").flatMap(n -> known(n, path + ".agency", agencies, "agency"));
            Optional<Double> from = f.req("fromM").flatMap(n -> number(n, path + ".fromM", 0, 1e8));
            Optional<Double> to = f.req("toM").flatMap(n -> number(n, path + ".toM", 0, 1e8));
            if (from.isEmpty() || to.isEmpty() || id.isEmpty() || agency.isEmpty()) {
                return Optional.empty();
            }
            if (!(to.get() > from.get())) {
                problem(f.get("toM"), path + ".toM must be greater than its fromM (" + fmt(from.get()) + ")", "");
                return Optional.empty();
            }
            if (border.isPresent()
                    && (from.get() < border.get().fromM() - 1e-6
                            || to.get() > border.get().toM() + 1e-6)) {
                problem(
                        f.get(from.get() < border.get().fromM() ? "fromM" : "toM"),
                        path + " [" + fmt(from.get()) + ", " + fmt(to.get()) + "] m lies outside the border stretch ["
                                + fmt(border.get().fromM()) + ", "
                                + fmt(border.get().toM()) + "] m",
                        "sector distances are along the whole line, like border.fromM/toM");
                return Optional.empty();
            }
            return Optional.of(new SectorDef(id.get(), agency.get(), from.get(), to.get()));
        });
    }

    private void checkSectors(Node at, List<SectorDef> sectors) {
        if (at == null) {
            return;
        }
        if (sectors.isEmpty() && problems.isEmpty()) {
            problem(at, "sectors must list at least one sector", "e.g. - {id: S1, agency: A, fromM: 0, toM: 20000}");
        }
        Set<String> ids = new HashSet<>();
        List<SectorDef> sorted = new ArrayList<>(sectors);
        sorted.sort((a, b) -> Double.compare(a.fromM(), b.fromM()));
        for (int i = 0; i < sorted.size(); i++) {
            if (!ids.add(sorted.get(i).id())) {
                problem(at, "sector id '" + sorted.get(i).id() + "' is used twice", "");
            }
            if (i > 0 && sorted.get(i).fromM() < sorted.get(i - 1).toM()) {
                problem(
                        at,
                        "sectors " + sorted.get(i - 1).id() + " and "
                                + sorted.get(i).id() + " overlap",
                        "");
            }
        }
    }

    private Optional<ReleaseRule> rule(Node node, String path, Set<String> agencies) {
        return fields(node, path, List.of("owner", "viewer", "access", "gridDeg"))
                .flatMap(f -> {
                    Optional<String> owner = f.req("owner").flatMap(n -> known(n, path + ".owner", agencies, "agency"));
                    Optional<String> viewer =
                            f.req("viewer").flatMap(n -> known(n, path + ".viewer", agencies, "agency"));
                    Optional<String> access = f.req("access").flatMap(n -> choice(n, path + ".access", mapOf(ACCESS)));
                    if (owner.isEmpty() || viewer.isEmpty() || access.isEmpty()) {
                        return Optional.empty();
                    }
                    if (owner.get().equals(viewer.get())) {
                        problem(f.get("viewer"), path + ": an agency always sees its own alerts", "remove this rule");
                        return Optional.empty();
                    }
                    return switch (access.get()) {
                        case "full" -> Optional.of(ReleaseRule.full(owner.get(), viewer.get()));
                        case "none" -> Optional.of(ReleaseRule.none(owner.get(), viewer.get()));
                        default ->
                            f.req("gridDeg")
                                    .flatMap(n -> number(n, path + ".gridDeg", 1e-4, 10))
                                    .map(g -> ReleaseRule.downgraded(owner.get(), viewer.get(), g));
                    };
                });
    }

    private Optional<StationDef> station(Node node, String path) {
        return fields(node, path, List.of("id", "type", "position")).flatMap(f -> {
            Optional<String> id = f.req("id").flatMap(n -> text(n, path + ".id"));
            Optional<StationType> type = f.req("type").flatMap(n -> choice(n, path + ".type", TYPES));
            Optional<GeodeticPoint> pos = f.req("position").flatMap(n -> position(n, path + ".position"));
            if (id.isEmpty() || type.isEmpty() || pos.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new StationDef(id.get(), type.get(), pos.get()));
        });
    }

    private Optional<TeamDef> team(
            Node node, String path, Set<String> agencies, Map<String, GeodeticPoint> stations, Set<String> listed) {
        return fields(node, path, List.of("id", "outpost", "agency", "mobility"))
                .flatMap(f -> {
                    Optional<String> id = f.req("id").flatMap(n -> text(n, path + ".id"));
                    Optional<String> agency =
                            f.req("agency").flatMap(n -> known(n, path + ".agency", agencies, "agency"));
                    Mobility mobility = f.opt("mobility")
                            .flatMap(n -> choice(n, path + ".mobility", MOBILITY))
                            .orElse(Mobility.VEHICLE);
                    Optional<GeodeticPoint> outpost = f.req("outpost")
                            .flatMap(n -> n instanceof ScalarNode sc
                                    ? (listed.contains(sc.getValue()) && !stations.containsKey(sc.getValue())
                                            ? Optional.empty() // that station's own problem is reported already
                                            : known(n, path + ".outpost", stations.keySet(), "station")
                                                    .map(stations::get))
                                    : position(n, path + ".outpost"));
                    if (id.isEmpty() || agency.isEmpty() || outpost.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new TeamDef(id.get(), outpost.get(), agency.get(), mobility));
                });
    }

    /** The {@code id} values of a list of mappings, read or not (so one bad station does not fail its teams). */
    private static Set<String> rawIds(Node list) {
        Set<String> ids = new HashSet<>();
        if (list instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode m) {
                    for (NodeTuple t : m.getValue()) {
                        if (t.getKeyNode() instanceof ScalarNode k
                                && k.getValue().equals("id")
                                && t.getValueNode() instanceof ScalarNode v) {
                            ids.add(v.getValue());
                        }
                    }
                }
            }
        }
        return ids;
    }

    private Optional<GeodeticPoint> position(Node node, String path) {
        return fields(node, path, List.of("latDeg", "lonDeg")).flatMap(f -> {
            Optional<Double> lat = f.req("latDeg").flatMap(n -> number(n, path + ".latDeg", -90, 90));
            Optional<Double> lon = f.req("lonDeg").flatMap(n -> number(n, path + ".lonDeg", -180, 180));
            if (lat.isEmpty() || lon.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(GeodeticPoint.ofDegrees(lat.get(), lon.get()));
        });
    }

    // ---- typed values

    /** A mapping's entries by key, with unknown and duplicate keys reported. */
    private final class Fields {
        private final Node node;
        private final String path;
        private final Map<String, Node> values = new LinkedHashMap<>();

        Fields(MappingNode node, String path, List<String> allowed) {
            this.node = node;
            this.path = path;
            for (NodeTuple t : node.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                if (!allowed.contains(key)) {
                    problem(
                            t.getKeyNode(),
                            "unknown key '" + key + "' " + (path.isEmpty() ? "at the top level" : "in " + path),
                            suggest(key, allowed));
                } else if (values.put(key, t.getValueNode()) != null) {
                    problem(t.getKeyNode(), "key '" + key + "' appears twice", "");
                }
            }
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        Node get(String key) {
            return values.get(key);
        }

        Optional<Node> opt(String key) {
            return Optional.ofNullable(values.get(key));
        }

        Optional<Node> req(String key) {
            Node v = values.get(key);
            if (v == null) {
                problem(node, "missing key '" + key + "' " + (path.isEmpty() ? "at the top level" : "in " + path), "");
            }
            return Optional.ofNullable(v);
        }
    }

    private Optional<Fields> fields(Node node, String path, List<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            problem(
                    node,
                    "expected a mapping (key: value) for " + (path.isEmpty() ? "the file" : path),
                    "valid keys here: " + String.join(", ", allowed));
            return Optional.empty();
        }
        return Optional.of(new Fields(m, path, allowed));
    }

    private <T> List<T> list(Node node, String path, BiFunction<Node, String, Optional<T>> item) {
        if (!(node instanceof SequenceNode seq)) {
            problem(node, "expected a list for " + path, "write one '- ' line per item");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            item.apply(seq.getValue().get(i), path + "[" + i + "]").ifPresent(out::add);
        }
        return out;
    }

    private Optional<String> text(Node node, String path) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return Optional.of(s.getValue());
        }
        problem(node, "expected text for " + path, "");
        return Optional.empty();
    }

    private Optional<Double> number(Node node, String path, double min, double max) {
        if (node instanceof ScalarNode s) {
            try {
                double v = Double.parseDouble(s.getValue().replace("_", ""));
                if (v >= min && v <= max) {
                    return Optional.of(v);
                }
                problem(
                        node,
                        path + " = " + s.getValue() + " is out of range",
                        "must be in [" + fmt(min) + ", " + fmt(max) + "]");
                return Optional.empty();
            } catch (NumberFormatException e) {
                problem(node, "expected a number for " + path + ", got '" + s.getValue() + "'", "");
                return Optional.empty();
            }
        }
        problem(node, "expected a number for " + path, "");
        return Optional.empty();
    }

    private Optional<Long> integer(Node node, String path, long min, long max) {
        if (node instanceof ScalarNode s) {
            try {
                long v = Long.parseLong(s.getValue().replace("_", ""));
                if (v >= min && v <= max) {
                    return Optional.of(v);
                }
                problem(
                        node,
                        path + " = " + s.getValue() + " is out of range",
                        "must be in [" + min + ", " + max + "]");
                return Optional.empty();
            } catch (NumberFormatException e) {
                problem(node, "expected a whole number for " + path + ", got '" + s.getValue() + "'", "");
                return Optional.empty();
            }
        }
        problem(node, "expected a whole number for " + path, "");
        return Optional.empty();
    }

    private <T> Optional<T> choice(Node node, String path, Map<String, T> options) {
        if (node instanceof ScalarNode s) {
            T v = options.get(s.getValue().toLowerCase(Locale.ROOT));
            if (v != null) {
                return Optional.of(v);
            }
            List<String> keys = options.keySet().stream().sorted().toList();
            problem(
                    node,
                    "unknown " + path + " '" + s.getValue() + "'",
                    suggest(s.getValue(), keys) + "one of: " + String.join(", ", keys));
            return Optional.empty();
        }
        problem(node, "expected one word for " + path, "");
        return Optional.empty();
    }

    private Optional<String> known(Node node, String path, Set<String> ids, String what) {
        return text(node, path).flatMap(id -> {
            if (ids.contains(id)) {
                return Optional.of(id);
            }
            List<String> sorted = ids.stream().sorted().toList();
            problem(node, path + " names an unknown " + what + " '" + id + "'", "known: " + String.join(", ", sorted));
            return Optional.empty();
        });
    }

    private static Map<String, String> mapOf(List<String> words) {
        Map<String, String> m = new LinkedHashMap<>();
        words.forEach(w -> m.put(w, w));
        return m;
    }

    private static String suggest(String word, List<String> options) {
        String best = null;
        int bestD = 3;
        for (String o : options) {
            int d = distance(word.toLowerCase(Locale.ROOT), o.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = o;
            }
        }
        return best == null ? "" : "did you mean '" + best + "'? ";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private void problem(Node at, String message, String hint) {
        problem(at.getStartMark(), message, hint);
    }

    private void problem(Optional<Mark> mark, String message, String hint) {
        String h = hint.strip();
        problems.add(mark.map(m -> new ScenarioProblem(source, m.getLine() + 1, m.getColumn() + 1, message, h))
                .orElseGet(() -> new ScenarioProblem(source, 0, 0, message, h)));
    }
}
