package io.steeldome.sim.border;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.alert.Releasability;
import io.steeldome.border.crossing.CrossingGenerator;
import io.steeldome.border.crossing.LeastCostPath;
import io.steeldome.border.crossing.PlannedCrossing;
import io.steeldome.border.crossing.TimedPath;
import io.steeldome.border.detect.AlertFuser;
import io.steeldome.border.detect.DetectionSimulator;
import io.steeldome.border.detect.FalseAlarmModel;
import io.steeldome.border.detect.LookModel;
import io.steeldome.border.detect.SectorLocator;
import io.steeldome.border.detect.Station;
import io.steeldome.border.detect.StationDetection;
import io.steeldome.border.detect.TrackAlert;
import io.steeldome.border.dispatch.DispatchOptions;
import io.steeldome.border.dispatch.DispatchResult;
import io.steeldome.border.dispatch.Dispatcher;
import io.steeldome.border.dispatch.HeightField;
import io.steeldome.border.dispatch.QueuePolicy;
import io.steeldome.border.dispatch.SectorStatistics;
import io.steeldome.border.dispatch.SectorStatsRecorder;
import io.steeldome.border.dispatch.SlopeTravelModel;
import io.steeldome.border.dispatch.Team;
import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.geometry.Sector;
import io.steeldome.border.io.BorderGeoJson;
import io.steeldome.border.plan.BorderPlanner;
import io.steeldome.border.plan.PlanOptions;
import io.steeldome.border.share.PictureView;
import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.border.share.SharedPicture;
import io.steeldome.border.siting.StationSpec;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.DemLoader;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.terrain.SyntheticTerrain;
import io.steeldome.core.time.SimTime;
import io.steeldome.sim.border.BorderRunResult.AgencyView;
import io.steeldome.sim.border.BorderRunResult.CrossingOutcome;
import io.steeldome.sim.border.BorderScenario.AgencyDef;
import io.steeldome.sim.border.BorderScenario.DemTerrain;
import io.steeldome.sim.border.BorderScenario.SectorDef;
import io.steeldome.sim.border.BorderScenario.StationDef;
import io.steeldome.sim.run.ProgressListener;
import io.steeldome.sim.scenario.ScenarioException;
import io.steeldome.sim.scenario.ScenarioProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs a border scenario: seeded crossings on least-cost paths over the terrain, station detections, fused alerts,
 * patrol dispatch (teams sent to look), per-sector statistics and each agency's view of the shared picture.
 * Deterministic for the scenario's seed. Detection, alerting and dispatch only; nothing models force.
 *
 * <p>Scoring (truth is used here only, never by the models): an alert belongs to the crossing whose true position at
 * the alert's time is nearest, if within {@link #TRUTH_GATE_SIGMAS} of the alert's semi-major axis plus {@link
 * #TRUTH_GATE_M}; otherwise it is a false alert. A crossing counts as detected at its first alert.
 */
public final class BorderSimulation {
    /** Synthetic terrain margin around the stretch: crossers start 2.5 km out and end 3.5 km in (generator). */
    public static final double MARGIN_M = 8_000;
    /** Window around a crossing's start and goal in which its least-cost path is searched, m. */
    public static final double PATH_WINDOW_M = 2_500;

    public static final double TRUTH_GATE_SIGMAS = 4;
    public static final double TRUTH_GATE_M = 300;
    /** Time a patrol spends looking on scene, s (assumed). */
    public static final double ON_SCENE_S = 900;
    /** Off-road patrol vehicle: 30 km/h on the flat, no slope steeper than 0.35 (assumed). */
    public static final double VEHICLE_MPS = 30 / 3.6;

    public static final double VEHICLE_MAX_SLOPE = 0.35;
    /**
     * An alert within this distance of an open incident of the same agency joins it instead of calling another
     * patrol (a crossing often raises several alerts as its track breaks and re-forms), m.
     */
    public static final double INCIDENT_RADIUS_M = 2_000;
    /** How long after its latest alert an incident stays open to new alerts, s. */
    public static final double INCIDENT_WINDOW_S = 1_800;

    private BorderSimulation() {}

    /** The whole line the scenario names (before cutting the stretch). */
    public static BorderLine fullLine(BorderScenario s) {
        if (s.border().file().isPresent()) {
            return BorderGeoJson.read(s.border().file().get()).get(0);
        }
        return s.border().builtin().equals("turkey-iran") ? BorderGeoJson.turkeyIran() : BorderGeoJson.iraqTurkey();
    }

    public static BorderRunResult run(BorderScenario s, int days, ProgressListener progress) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1, got " + days);
        }
        BorderLine full = fullLine(s);
        double from = s.border().fromM();
        double to = Math.min(s.border().toM(), full.lengthM());
        if (!(to > from)) {
            throw new ScenarioException(
                    s.source(),
                    List.of(new ScenarioProblem(
                            s.source(),
                            0,
                            0,
                            "border stretch [" + from + ", " + s.border().toM() + "] m is not on the line",
                            "the line is " + Math.round(full.lengthM()) + " m long")));
        }
        BorderLine stretch = full.part(full.id() + "@" + Math.round(from) + "-" + Math.round(to), from, to);
        List<Sector> sectors = new ArrayList<>();
        Map<String, String> agencyOfSector = new HashMap<>();
        for (SectorDef d : s.sectors()) {
            double a = Math.max(0, d.fromM() - from);
            double b = Math.min(stretch.lengthM(), d.toM() - from);
            sectors.add(new Sector(d.id(), d.agencyId(), a, b, stretch.part(d.id(), a, b)));
            agencyOfSector.put(d.id(), d.agencyId());
        }
        sectors.sort(Comparator.comparingDouble(Sector::fromM));
        ElevationRaster dem = terrain(s, stretch);
        SectorLocator locator = new SectorLocator(stretch, sectors);

        List<Station> stations = stations(s, stretch, dem);
        Map<String, String> stationAgency = new TreeMap<>();
        stations.forEach(st -> stationAgency.put(st.id(), agencyOfSector.get(locator.sectorOf(st.position()))));

        // Crossings, weighted by sector length.
        double[] weights = sectors.stream().mapToDouble(Sector::lengthM).toArray();
        List<PlannedCrossing> planned = CrossingGenerator.bySector(stretch, s.side(), sectors, weights)
                .withNightWeight(s.nightWeight())
                .generate(s.perDay(), days, s.seed());
        Map<String, TimedPath> paths = new LinkedHashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            PlannedCrossing c = planned.get(i);
            try {
                paths.put(c.id(), LeastCostPath.plan(window(dem, c), c.kind(), c.start(), c.goal(), c.departure()));
            } catch (SteeldomeException e) {
                // No passable route (or an end off the DEM): the crossing is reported as unrouted.
            }
            progress.onProgress(i + 1, planned.size() + 1.0);
        }

        List<StationDetection> detections = stations.isEmpty()
                ? List.of()
                : new DetectionSimulator(
                                dem, stations, LookModel.LOOK_PERIOD_S, new FalseAlarmModel(s.falseAlarmsPerHour()))
                        .simulate(paths, s.seed() * 31 + 17, SimTime.ofSeconds(0), SimTime.ofSeconds(days * 86_400.0));
        List<TrackAlert> trackAlerts = stations.isEmpty() || detections.isEmpty()
                ? List.of()
                : new AlertFuser(stretch.pointAt(stretch.lengthM() / 2), stations, LookModel.LOOK_PERIOD_S, locator)
                        .fuse(detections)
                        .first();

        // Truth association for scoring.
        Map<String, Integer> detectionCount = new HashMap<>();
        detections.forEach(d -> detectionCount.merge(d.truthId(), 1, Integer::sum));
        Map<String, List<String>> alertsOf = new HashMap<>();
        Map<String, SimTime> firstAlertOf = new HashMap<>();
        List<String> falseAlerts = new ArrayList<>();
        List<BorderAlert> alerts = new ArrayList<>();
        for (TrackAlert a : trackAlerts) {
            String agency = agencyOfSector.get(a.sectorId());
            alerts.add(a.toBorderAlert(agency, Releasability.ALL_PARTNERS));
            Optional<String> truth = explain(a, paths);
            if (truth.isEmpty()) {
                falseAlerts.add(a.id());
            } else {
                alertsOf.computeIfAbsent(truth.get(), k -> new ArrayList<>()).add(a.id());
                firstAlertOf.merge(truth.get(), a.time(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        alerts.sort(Comparator.comparing(BorderAlert::time).thenComparing(BorderAlert::id));

        List<Team> teams = s.teams().stream()
                .map(t -> new Team(t.id(), t.outpost(), t.agencyId(), t.mobility()))
                .toList();
        DispatchResult dispatch = new Dispatcher(
                        teams,
                        new SlopeTravelModel(HeightField.of(dem), 100, VEHICLE_MPS, VEHICLE_MAX_SLOPE),
                        new DispatchOptions(ON_SCENE_S, QueuePolicy.FIFO))
                .run(incidents(alerts));

        double observedS = days * 86_400.0;
        SectorStatsRecorder recorder = new SectorStatsRecorder();
        List<CrossingOutcome> outcomes = new ArrayList<>();
        for (PlannedCrossing c : planned) {
            TimedPath p = paths.get(c.id());
            Optional<SimTime> first = Optional.ofNullable(firstAlertOf.get(c.id()));
            if (p != null) {
                recorder.crossing(c.sectorId(), c.departure(), first);
            }
            outcomes.add(new CrossingOutcome(
                    c.id(),
                    c.kind(),
                    c.sectorId(),
                    agencyOfSector.getOrDefault(c.sectorId(), "-"),
                    c.departure(),
                    p != null,
                    p == null ? 0 : p.lengthM(),
                    detectionCount.getOrDefault(c.id(), 0),
                    first,
                    alertsOf.getOrDefault(c.id(), List.of()),
                    p == null ? List.of(c.start(), c.goal()) : thin(p)));
        }
        Map<String, String> sectorOfAlert = new HashMap<>();
        alerts.forEach(a -> sectorOfAlert.put(a.id(), a.sectorId()));
        falseAlerts.forEach(id -> recorder.falseAlert(sectorOfAlert.get(id)));
        recorder.responses(dispatch, alerts);
        Map<String, SectorStatistics> stats = new TreeMap<>(recorder.statistics(observedS));
        for (Sector sec : sectors) {
            stats.computeIfAbsent(
                    sec.id(),
                    id -> new SectorStatistics(
                            id,
                            0,
                            0,
                            java.util.OptionalDouble.empty(),
                            0,
                            java.util.OptionalDouble.empty(),
                            0,
                            observedS));
        }

        SharedPicture picture = new SharedPicture(alerts, List.of(), new ReleasePolicy(s.releaseRules()));
        Map<String, BorderAlert> byId = new HashMap<>();
        alerts.forEach(a -> byId.put(a.id(), a));
        List<AgencyView> views = new ArrayList<>();
        for (AgencyDef ag : s.agencies()) {
            PictureView v = picture.viewFor(ag.id());
            int own = 0;
            int fullSeen = 0;
            int down = 0;
            Map<String, Integer> byOwner = new TreeMap<>();
            for (BorderAlert a : v.alerts()) {
                byOwner.merge(a.agencyId(), 1, Integer::sum);
                if (a.agencyId().equals(ag.id())) {
                    own++;
                } else if (a.position().equals(byId.get(a.id()).position())) {
                    fullSeen++;
                } else {
                    down++;
                }
            }
            views.add(new AgencyView(ag.id(), ag.name(), v.alerts().size(), own, fullSeen, down, byOwner));
        }
        progress.onProgress(planned.size() + 1.0, planned.size() + 1.0);
        return new BorderRunResult(
                s,
                days,
                stretch,
                sectors,
                stations,
                stationAgency,
                outcomes,
                alerts,
                falseAlerts,
                dispatch,
                stats,
                views,
                dem.source(),
                dem.synthetic(),
                observedS);
    }

    /**
     * The alerts that open a new incident (the ones patrols are sent to), in time order: an alert joins an open
     * incident of its agency if it is within {@link #INCIDENT_RADIUS_M} of that incident's latest alert and within
     * {@link #INCIDENT_WINDOW_S} after it. Uses only what an operator has (alert times and positions), never truth.
     */
    public static List<BorderAlert> incidents(List<BorderAlert> alertsByTime) {
        List<BorderAlert> leads = new ArrayList<>();
        List<BorderAlert> latest = new ArrayList<>(); // latest alert of each incident, parallel to leads
        for (BorderAlert a : alertsByTime) {
            int joined = -1;
            for (int i = 0; i < latest.size() && joined < 0; i++) {
                BorderAlert l = latest.get(i);
                if (l.agencyId().equals(a.agencyId())
                        && a.time().secondsSince(l.time()) <= INCIDENT_WINDOW_S
                        && io.steeldome.core.geo.Geodesy.inverse(a.position(), l.position())
                                        .distanceM()
                                <= INCIDENT_RADIUS_M) {
                    joined = i;
                }
            }
            if (joined >= 0) {
                latest.set(joined, a);
            } else {
                leads.add(a);
                latest.add(a);
            }
        }
        return leads;
    }

    private static Optional<String> explain(TrackAlert a, Map<String, TimedPath> paths) {
        double gate = TRUTH_GATE_SIGMAS * a.uncertainty().semiMajorM() + TRUTH_GATE_M;
        String best = null;
        double bestD = gate;
        for (Map.Entry<String, TimedPath> e : paths.entrySet()) {
            TimedPath p = e.getValue();
            if (a.time().isBefore(p.start()) || a.time().isAfter(p.end())) {
                continue;
            }
            double d = io.steeldome.core.geo.Geodesy.inverse(a.position(), p.positionAt(a.time()))
                    .distanceM();
            if (d <= bestD) {
                bestD = d;
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<GeodeticPoint> thin(TimedPath p) {
        List<GeodeticPoint> out = new ArrayList<>();
        int n = p.waypoints().size();
        int step = Math.max(1, n / 40);
        for (int i = 0; i < n; i += step) {
            out.add(p.waypoints().get(i).position());
        }
        out.add(p.waypoints().get(n - 1).position());
        return out;
    }

    private static List<Station> stations(BorderScenario s, BorderLine stretch, ElevationRaster dem) {
        if (s.planStations().isPresent()) {
            PlanOptions o = PlanOptions.stations(s.planStations().getAsInt())
                    .withSide(s.side())
                    .withZoneDepthM(5_000)
                    .withStationTypes(List.of(
                            StationSpec.defaultFor(StationType.RADAR_TOWER),
                            StationSpec.defaultFor(StationType.EOIR_TOWER),
                            StationSpec.defaultFor(StationType.OUTPOST)));
            return BorderPlanner.plan(stretch, dem, o).stations().stream()
                    .map(Station::of)
                    .toList();
        }
        List<Station> out = new ArrayList<>();
        for (StationDef d : s.stations()) {
            StationSpec spec = StationSpec.defaultFor(d.type());
            out.add(new Station(d.id(), d.type(), d.position(), spec.mastHeightM(), LookModel.maxRangeM(d.type())));
        }
        return out;
    }

    /** The scenario's terrain over the stretch plus {@link #MARGIN_M}: SYNTHETIC, or the DEM tiles. */
    static ElevationRaster terrain(BorderScenario s, BorderLine stretch) {
        if (s.terrain() instanceof DemTerrain dem) {
            return DemLoader.load(dem.files());
        }
        BorderScenario.SyntheticTerrain syn = (BorderScenario.SyntheticTerrain) s.terrain();
        var lat = stretch.vertices().stream().mapToDouble(GeodeticPoint::latDeg).summaryStatistics();
        double mLat = MARGIN_M / 111_000;
        double mLon = MARGIN_M / (111_000 * Math.cos(Math.toRadians((lat.getMin() + lat.getMax()) / 2)));
        return SyntheticTerrain.covering(stretch.vertices(), mLat, mLon, syn.cellArcSec() / 3600, syn.seed());
    }

    /** The part of the DEM around a crossing's start and goal, so Dijkstra does not sweep the whole DEM. */
    private static ElevationRaster window(ElevationRaster dem, PlannedCrossing c) {
        GridGeometry g = dem.geometry();
        double[] a = g.crs().fromGeodetic(c.start());
        double[] b = g.crs().fromGeodetic(c.goal());
        double marginX;
        double marginY;
        if (g.crs().geographic()) {
            double lat = Math.toRadians(c.start().latDeg());
            marginY = PATH_WINDOW_M / 111_000;
            marginX = PATH_WINDOW_M / (111_000 * Math.max(0.1, Math.cos(lat)));
        } else {
            marginX = PATH_WINDOW_M;
            marginY = PATH_WINDOW_M;
        }
        int c0 = (int) Math.floor(g.colOf(Math.min(a[0], b[0]) - marginX));
        int c1 = (int) Math.ceil(g.colOf(Math.max(a[0], b[0]) + marginX));
        int r0 = (int) Math.floor(g.rowOf(Math.max(a[1], b[1]) + marginY));
        int r1 = (int) Math.ceil(g.rowOf(Math.min(a[1], b[1]) - marginY));
        c0 = Math.max(0, c0);
        r0 = Math.max(0, r0);
        c1 = Math.min(dem.cols() - 1, c1);
        r1 = Math.min(dem.rows() - 1, r1);
        if (c1 < c0 || r1 < r0) {
            return dem;
        }
        int n = r1 - r0 + 1;
        int m = c1 - c0 + 1;
        float[] h = new float[n * m];
        dem.copyWindow(r0, c0, n, m, h);
        return ElevationRaster.of(g.window(r0, c0, n, m), h, dem.source(), dem.synthetic());
    }
}
