package io.steeldome.sim.run;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.LineOfSight;
import io.steeldome.core.terrain.LineOfSightOptions;
import io.steeldome.core.terrain.LineOfSightResult;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.ApprovalMode;
import io.steeldome.defence.doctrine.ApprovalRecord;
import io.steeldome.defence.doctrine.ApprovedEngagement;
import io.steeldome.defence.doctrine.CostExchange;
import io.steeldome.defence.doctrine.EffectorStatus;
import io.steeldome.defence.doctrine.EngagementController;
import io.steeldome.defence.doctrine.EngagementDecision;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import io.steeldome.defence.doctrine.FeasibilityWarning;
import io.steeldome.defence.doctrine.IdentityAssessment;
import io.steeldome.defence.doctrine.InterceptOracle;
import io.steeldome.defence.doctrine.NotEngaged;
import io.steeldome.defence.doctrine.NotEngagedReason;
import io.steeldome.defence.doctrine.TrackPicture;
import io.steeldome.defence.doctrine.WeaponsControl;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.effector.EffectorState;
import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.defence.engagement.InterceptSolver;
import io.steeldome.defence.evaluate.AssetRisk;
import io.steeldome.defence.evaluate.DefendedAsset;
import io.steeldome.defence.evaluate.ThreatAssessment;
import io.steeldome.defence.evaluate.ThreatEvaluator;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.defence.threat.Trajectory;
import io.steeldome.sensors.eoir.Atmosphere;
import io.steeldome.sensors.eoir.EoirSensor;
import io.steeldome.sensors.eoir.EoirTarget;
import io.steeldome.sensors.eoir.Task;
import io.steeldome.sensors.radar.Radar;
import io.steeldome.sensors.radar.ScanResult;
import io.steeldome.sensors.radar.TargetSnapshot;
import io.steeldome.sensors.ugs.UgsPollResult;
import io.steeldome.sensors.ugs.UnattendedGroundSensor;
import io.steeldome.sim.engine.EventQueue;
import io.steeldome.sim.live.EngagementReport;
import io.steeldome.sim.live.InventoryReport;
import io.steeldome.sim.live.LiveHooks;
import io.steeldome.sim.live.ScanListener;
import io.steeldome.sim.live.ScanSnapshot;
import io.steeldome.sim.live.ThreatReport;
import io.steeldome.sim.live.TrackReport;
import io.steeldome.sim.scenario.EoirConfig;
import io.steeldome.sim.scenario.EoirMode;
import io.steeldome.sim.scenario.GeoPosition;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.tracking.state.StateLayout;
import io.steeldome.tracking.tracker.Detection;
import io.steeldome.tracking.tracker.MultiTargetTracker;
import io.steeldome.tracking.tracker.Track;
import io.steeldome.tracking.tracker.TrackId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * One run of a scenario: the discrete-event loop that moves truth, lets the radars look, feeds the tracker, evaluates
 * threats, assigns effectors and resolves intercepts. Confined to one thread; deterministic for a seed.
 *
 * <p>The stages see only what they would see in reality: the tracker gets plots, threat evaluation and assignment
 * get tracks. Truth is used for physics (where a threat really is when the interceptor arrives, where it really
 * lands) and for scoring, and nowhere else.
 */
final class Simulation {
    /** Phases at one instant: truth moves, then sensors look, then anything scheduled for decisions. */
    private static final int PHASE_TRUTH = 0;

    private static final int PHASE_SENSE = 1;
    /** Effective earth radius factor for optical lines of sight (the 7/6 of GDAL's viewshed). */
    private static final double OPTICAL_REFRACTION_K = 7.0 / 6.0;
    /** What every output says about approval in a simulation. */
    static final String AUTO_APPROVAL_NOTE = "Engagements auto-approved by simulation (approval: auto): every"
            + " recommendation was approved by 'simulation' at once, with no operator in the loop; live use requires"
            + " a recorded operator approval for each engagement.";
    /** A confirmed track within this distance of a threat counts as tracking it, for scoring only. */
    private static final double SCORING_GATE_M = 2000;
    /** Default spacing of the truth path samples kept for maps and GeoJSON, s. */
    private static final double DEFAULT_PATH_SAMPLE_S = 2.0;

    private sealed interface Event {}

    private record Launch(int threat) implements Event {}

    private record Impact(int threat) implements Event {}

    private record Scan(int radar) implements Event {}

    private record Arrival(int engagement) implements Event {}

    private record End() implements Event {}

    /** An EO/IR camera's look at every airborne threat. */
    private record Frame(int camera) implements Event {}

    /** An unattended ground sensor's report period ends. */
    private record Poll(int groundSensor) implements Event {}

    private final Scenario scenario;
    private final World world;
    private final ProgressListener progress;
    private final LiveHooks hooks;
    /**
     * Recommendations the authority has not decided yet (live runs only: the automatic authority decides at once).
     * Each is looked up again before every event until approved, or until its planned launch has passed.
     */
    private final List<EngagementRecommendation> awaiting = new ArrayList<>();
    /** The last scan's recommendations and threat assessments, for the scan listener. */
    private List<EngagementRecommendation> lastRecommendations = List.of();

    private List<ThreatAssessment> lastAssessments = List.of();
    private final EventQueue<Event> queue = new EventQueue<>();
    private final MultiTargetTracker tracker;
    private final ThreatEvaluator evaluator;
    private final InterceptSolver interceptSolver = InterceptSolver.withDefaults();
    private final EngagementController controller;
    private final List<FeasibilityWarning> feasibility;
    private final SplittableRandom engagementRng;
    /**
     * One kill-draw stream per threat, split from the engagement stream: a shot more or less at one threat (another
     * doctrine) leaves every other threat's draws as they were (common random numbers across doctrines).
     */
    private final List<SplittableRandom> killRng = new ArrayList<>();

    private final List<SplittableRandom> radarRng = new ArrayList<>();
    /** Split after the engagement stream, so a run without cameras or ground sensors draws exactly as before. */
    private final List<SplittableRandom> cameraRng = new ArrayList<>();

    private final List<SplittableRandom> groundSensorRng = new ArrayList<>();
    private final List<Camera> cameras = new ArrayList<>();
    private final List<EoirSighting> sightings = new ArrayList<>();
    private int[] ugsPolls;
    private int[] ugsDetections;
    private int[] ugsFalseAlarms;

    private final boolean[] alive;
    private final ThreatOutcome.Fate[] fate;
    private final String[] killedBy;
    private final String[] assetHit;
    private final double[] endTimeS;
    private final double[] firstDetectionS;
    private final double[] firstTrackS;
    private final Map<String, Integer> threatIndex = new HashMap<>();
    private final EffectorState[] effectorState;
    private final int[] inFlight;
    private final List<EngagementRecord> engagements = new ArrayList<>();
    private final Map<TrackId, Integer> pendingShots = new HashMap<>();
    /** Rounds fired at each track so far (the doctrine's rounds per threat). */
    private final Map<TrackId, Integer> roundsSpent = new HashMap<>();
    /** Where each track was first seen, for the origin rule of identification. */
    private final Map<TrackId, EnuVector> firstSeen = new HashMap<>();
    /** Last logged reason a track was not engaged, and its identity: logged again only when they change. */
    private final Map<TrackId, NotEngagedReason> lastNotEngaged = new HashMap<>();

    private final Map<TrackId, IdentityAssessment> lastIdentity = new HashMap<>();
    private int recommendations;
    private final List<NotEngagedRecord> notEngagedLog = new ArrayList<>();
    private int approvals;
    private final Map<TrackId, DecisionRecord> lastDecision = new HashMap<>();
    /** Each track's class at the last evaluation: a track once seen as ballistic stays so near apogee. */
    private final Map<TrackId, ThreatClass> lastClasses = new HashMap<>();

    private final List<DecisionRecord> decisions = new ArrayList<>();
    private final List<TrackSample> trackSamples = new ArrayList<>();
    private final List<LoggedEvent> events = new ArrayList<>();
    private final java.util.Set<Long> confirmedEver = new java.util.TreeSet<>();
    private double trackErrorSumM;
    private long trackErrorCount;

    Simulation(Scenario scenario, ProgressListener progress) {
        this(scenario, progress, LiveHooks.BATCH);
    }

    Simulation(Scenario scenario, ProgressListener progress, LiveHooks hooks) {
        this.scenario = scenario;
        this.world = World.build(scenario);
        this.progress = progress;
        this.hooks = hooks;
        this.tracker = new MultiTargetTracker(world.trackerConfig());
        this.evaluator = world.evaluator();
        // Approval: auto in a simulation, the injected authority (operators) live; intercepts solved on each
        // track's predicted path.
        InterceptOracle oracle = InterceptOracle.solving(interceptSolver, world.frame());
        this.controller = hooks.authority()
                .map(a -> DoctrineSetup.controller(scenario, world.frame(), world.radars(), oracle, a))
                .orElseGet(() -> DoctrineSetup.controller(scenario, world.frame(), world.radars(), oracle));
        this.feasibility = DoctrineSetup.feasibility(world);
        SplittableRandom master = new SplittableRandom(scenario.seed());
        for (int i = 0; i < world.radars().size(); i++) {
            radarRng.add(master.split());
        }
        this.engagementRng = master.split();
        for (EoirConfig c : world.cameras()) {
            cameraRng.add(master.split());
            cameras.add(new Camera(c, world.frame(), world.threats().size()));
        }
        for (int u = 0; u < world.groundSensors().size(); u++) {
            groundSensorRng.add(master.split());
        }
        ugsPolls = new int[world.groundSensors().size()];
        ugsDetections = new int[ugsPolls.length];
        ugsFalseAlarms = new int[ugsPolls.length];
        int n = world.threats().size();
        for (int i = 0; i < n; i++) {
            killRng.add(engagementRng.split());
        }
        alive = new boolean[n];
        fate = new ThreatOutcome.Fate[n];
        killedBy = new String[n];
        assetHit = new String[n];
        endTimeS = new double[n];
        firstDetectionS = new double[n];
        firstTrackS = new double[n];
        java.util.Arrays.fill(firstDetectionS, Double.NaN);
        java.util.Arrays.fill(firstTrackS, Double.NaN);
        for (int i = 0; i < n; i++) {
            threatIndex.put(world.threats().get(i).config().id(), i);
        }
        effectorState = new EffectorState[world.effectors().size()];
        inFlight = new int[effectorState.length];
        for (int i = 0; i < effectorState.length; i++) {
            effectorState[i] = EffectorState.full(world.effectors().get(i).spec(), SimTime.ZERO);
        }
    }

    RunResult run() {
        SimTime end = SimTime.ofSeconds(scenario.durationS());
        world.terrain().ifPresent(this::logTerrain);
        for (FeasibilityWarning w : feasibility) {
            log(SimTime.ZERO, "feasibility", "warning", w.text());
        }
        for (int i = 0; i < world.threats().size(); i++) {
            Trajectory t = world.threats().get(i).trajectory();
            if (!t.launchTime().isAfter(end)) {
                // A threat launched before t = 0 (a long drone flight) is already airborne when the run starts.
                SimTime launchAt = t.launchTime().isBefore(SimTime.ZERO) ? SimTime.ZERO : t.launchTime();
                queue.schedule(launchAt, PHASE_TRUTH, new Launch(i));
            }
            if (!t.endTime().isAfter(end)) {
                queue.schedule(t.endTime(), PHASE_TRUTH, new Impact(i));
            }
            fate[i] = ThreatOutcome.Fate.IN_FLIGHT_AT_END;
            endTimeS[i] = Math.min(t.endTime().seconds(), scenario.durationS());
        }
        for (int r = 0; r < world.radars().size(); r++) {
            // Stagger radars by a fraction of their period so scans interleave deterministically.
            double periodS = world.radars().get(r).spec().scanPeriodS();
            queue.schedule(
                    SimTime.ofSeconds(periodS * (r + 1) / (world.radars().size() + 1)), PHASE_SENSE, new Scan(r));
        }
        for (int c = 0; c < cameras.size(); c++) {
            queue.schedule(SimTime.ofSeconds(cameras.get(c).frameIntervalS), PHASE_SENSE, new Frame(c));
        }
        for (int u = 0; u < world.groundSensors().size(); u++) {
            double periodS = world.groundSensors().get(u).spec().reportPeriodS();
            queue.schedule(SimTime.ofSeconds(periodS), PHASE_SENSE, new Poll(u));
        }
        queue.schedule(end, PHASE_SENSE + 1, new End());

        while (true) {
            EventQueue.Scheduled<Event> s = queue.next().orElseThrow();
            SimTime now = s.time();
            hooks.pacer().awaitSimTime(now);
            progress.onProgress(now.seconds(), scenario.durationS());
            if (!awaiting.isEmpty()) {
                fireLateApprovals(now);
            }
            switch (s.event()) {
                case Launch l -> onLaunch(now, l.threat());
                case Impact i -> onImpact(now, i.threat());
                case Scan sc -> onScan(now, sc.radar(), end);
                case Arrival a -> onArrival(now, a.engagement());
                case Frame f -> onFrame(now, f.camera(), end);
                case Poll p -> onPoll(now, p.groundSensor(), end);
                case End e -> {
                    return finish();
                }
            }
        }
    }

    /** What each radar's terrain mask was built from and how finely (a run without terrain logs nothing). */
    private void logTerrain(TerrainNote terrain) {
        for (Radar radar : world.radars()) {
            radar.terrainMask()
                    .ifPresent(m -> log(
                            SimTime.ZERO,
                            "terrain",
                            "sensor",
                            radar.id(),
                            "source",
                            terrain.source(),
                            "synthetic",
                            terrain.synthetic(),
                            "azimuth_bin_deg",
                            round3(Math.toDegrees(m.azimuthBinRad())),
                            "range_step_m",
                            round3(m.rangeStepM()),
                            "sampled_range_m",
                            round3(m.sampledRangeM())));
        }
    }

    private void onLaunch(SimTime now, int i) {
        alive[i] = true;
        World.ThreatTruth t = world.threats().get(i);
        log(
                now,
                "launch",
                "threat",
                t.config().id(),
                "threat_type",
                t.config().type().yamlName());
    }

    private void onImpact(SimTime now, int i) {
        if (!alive[i]) {
            return;
        }
        alive[i] = false;
        World.ThreatTruth t = world.threats().get(i);
        GeodeticPoint p = t.trajectory().impactPoint();
        Optional<DefendedAsset> hit = world.assetContaining(p);
        fate[i] = hit.isPresent() ? ThreatOutcome.Fate.IMPACT_ON_ASSET : ThreatOutcome.Fate.IMPACT_OPEN_GROUND;
        assetHit[i] = hit.map(DefendedAsset::id).orElse(null);
        endTimeS[i] = now.seconds();
        log(
                now,
                "impact",
                "threat",
                t.config().id(),
                "asset",
                hit.map(DefendedAsset::id).orElse(""),
                "lat",
                round7(p.latDeg()),
                "lon",
                round7(p.lonDeg()));
    }

    /**
     * One EO/IR frame: each airborne threat in range and in sight is given the Johnson probability of each task, and a
     * task is achieved once that probability reaches the threat's threshold, drawn once per (camera, threat) at its
     * first look. The TTPF is the fraction of observers (or looks) that succeed at a range, not an independent chance
     * per frame: drawing anew each frame would make the long-range tail decide. One threshold for the three tasks
     * (a target that is hard to detect is hard to recognise) keeps detection before recognition before
     * identification. Nothing here reaches the tracker.
     */
    private void onFrame(SimTime now, int c, SimTime end) {
        Camera cam = cameras.get(c);
        for (int i = 0; i < alive.length; i++) {
            if (!alive[i] || cam.achieved[i] == Task.values().length) {
                continue;
            }
            World.ThreatTruth t = world.threats().get(i);
            EnuVector p = t.trajectory().positionAt(now);
            double rangeM = p.minus(cam.enu).norm();
            if (rangeM <= 0 || rangeM > cam.maxRangeM || !inSight(cam, p)) {
                continue;
            }
            if (Double.isNaN(cam.threshold[i])) {
                cam.threshold[i] = cameraRng.get(c).nextDouble();
            }
            EoirTarget target = EoirTarget.standard(t.config().type().signature());
            while (cam.achieved[i] < Task.values().length) {
                Task task = Task.values()[cam.achieved[i]];
                if (cam.probability(task, target, rangeM) < cam.threshold[i]) {
                    break;
                }
                cam.achieved[i]++;
                EoirSighting sighting =
                        new EoirSighting(cam.config.id(), t.config().id(), task, now.seconds(), rangeM);
                sightings.add(sighting);
                log(
                        now,
                        "eoir",
                        "sensor",
                        sighting.sensorId(),
                        "threat",
                        sighting.threatId(),
                        "task",
                        sighting.taskName(),
                        "range_m",
                        round3(rangeM),
                        "threshold",
                        round7(cam.threshold[i]));
            }
        }
        SimTime next = now.shiftedBy(cam.frameIntervalS);
        if (!next.isAfter(end)) {
            queue.schedule(next, PHASE_SENSE, new Frame(c));
        }
    }

    /**
     * Line of sight from a camera: over the scenario's terrain when it has some (optical refraction, k = 7/6; a camera
     * or threat off the raster or over a void counts as seen), else over a smooth earth at {@code groundHeightM}.
     */
    private boolean inSight(Camera cam, EnuVector threat) {
        GeodeticPoint target = world.frame().toGeodetic(threat);
        if (world.raster().isPresent()) {
            ElevationRaster dem = world.raster().get();
            OptionalDouble groundObs = dem.sample(cam.site);
            OptionalDouble groundTgt = dem.sample(target);
            if (groundObs.isEmpty() || groundTgt.isEmpty()) {
                return true;
            }
            if (target.hM() < groundTgt.getAsDouble()) {
                return false;
            }
            LineOfSightOptions options = new LineOfSightOptions(
                    Math.max(0, cam.site.hM() - groundObs.getAsDouble()),
                    target.hM() - groundTgt.getAsDouble(),
                    OPTICAL_REFRACTION_K);
            try {
                return LineOfSight.check(dem, cam.site, target, options).visibility()
                        != LineOfSightResult.Visibility.BLOCKED;
            } catch (SteeldomeException e) { // an end just off the grid's cell edges: no terrain known there
                return true;
            }
        }
        double kR = OPTICAL_REFRACTION_K * Wgs84.A_M;
        double ground = scenario.groundHeightM();
        double horizonM = Math.sqrt(2 * kR * Math.max(0, cam.site.hM() - ground))
                + Math.sqrt(2 * kR * Math.max(0, target.hM() - ground));
        return Geodesy.distanceM(cam.site, target) <= horizonM;
    }

    /** One report period of a ground sensor. Air-defence threats are not ground targets: only false alarms fire. */
    private void onPoll(SimTime now, int u, SimTime end) {
        UnattendedGroundSensor ugs = world.groundSensors().get(u);
        UgsPollResult r = ugs.poll(now, List.of(), groundSensorRng.get(u));
        ugsPolls[u]++;
        ugsDetections[u] += r.detectedTargetIds().size();
        ugsFalseAlarms[u] += r.falseAlarms();
        if (!r.reports().isEmpty()) {
            log(
                    now,
                    "ugs",
                    "sensor",
                    ugs.id(),
                    "modality",
                    tally(u).modalityName(),
                    "reports",
                    r.reports().size(),
                    "false_alarms",
                    r.falseAlarms());
        }
        SimTime next = now.shiftedBy(ugs.spec().reportPeriodS());
        if (!next.isAfter(end)) {
            queue.schedule(next, PHASE_SENSE, new Poll(u));
        }
    }

    private UgsTally tally(int u) {
        UnattendedGroundSensor ugs = world.groundSensors().get(u);
        return new UgsTally(ugs.id(), ugs.spec().modality(), ugsPolls[u], ugsDetections[u], ugsFalseAlarms[u]);
    }

    /** A camera's turret, site and per-threat state. */
    private static final class Camera {
        final EoirConfig config;
        final EoirSensor sensor;
        final Atmosphere atmosphere;
        final EoirMode mode;
        final GeodeticPoint site;
        final EnuVector enu;
        final double frameIntervalS;
        final double maxRangeM;
        /** Per threat: tasks achieved so far (0 to 3), in {@link Task} order. */
        final int[] achieved;
        /** Per threat: the drawn threshold, NaN until the first look. */
        final double[] threshold;

        Camera(EoirConfig config, LocalFrame frame, int threats) {
            this.config = config;
            this.sensor = config.sensor();
            this.atmosphere = config.atmosphereOrDefault().atmosphere();
            this.mode = config.modeOrDefault();
            GeoPosition p = config.position();
            this.site = GeodeticPoint.ofDegrees(p.latDeg(), p.lonDeg(), config.cameraHeightM());
            this.enu = frame.toEnu(site);
            this.frameIntervalS = config.frameIntervalSOrDefault();
            this.maxRangeM = config.maxRangeM().orElse(Double.POSITIVE_INFINITY);
            this.achieved = new int[threats];
            this.threshold = new double[threats];
            java.util.Arrays.fill(threshold, Double.NaN);
        }

        /** The task's probability with the channel(s) watched; with both, the better one. */
        double probability(Task task, EoirTarget target, double rangeM) {
            double day = mode == EoirMode.NIGHT
                    ? 0
                    : sensor.probability(task, target, rangeM, atmosphere, EoirSensor.Illumination.DAY);
            double night = mode == EoirMode.DAY
                    ? 0
                    : sensor.probability(task, target, rangeM, atmosphere, EoirSensor.Illumination.NIGHT);
            return Math.max(day, night);
        }
    }

    private void onScan(SimTime now, int r, SimTime end) {
        Radar radar = world.radars().get(r);
        List<TargetSnapshot> targets = new ArrayList<>();
        for (int i = 0; i < alive.length; i++) {
            if (alive[i]) {
                World.ThreatTruth t = world.threats().get(i);
                targets.add(new TargetSnapshot(
                        t.config().id(),
                        t.trajectory().positionEcefAt(now),
                        t.type().rcsM2()));
            }
        }
        ScanResult scan = radar.scan(now, targets, radarRng.get(r));
        for (String id : scan.detectedTargetIds()) { // truth-side bookkeeping for scoring only
            int i = threatIndex.get(id);
            if (Double.isNaN(firstDetectionS[i])) {
                firstDetectionS[i] = now.seconds();
            }
        }
        List<Detection> detections = Plots.toDetections(scan.plots());
        // The sensor is named so that a radar's empty scan does not count as a miss for targets outside its cover.
        List<Track> tracks = tracker.process(now, radar.id(), detections);
        log(
                now,
                "scan",
                "sensor",
                radar.id(),
                "in_coverage",
                scan.targetsInCoverage(),
                "detected",
                scan.targetsDetected(),
                "false_alarms",
                scan.falseAlarms(),
                "tracks",
                tracks.size());
        recordTracks(now, tracks);
        decide(now, tracks);
        if (hooks.listener() != ScanListener.NONE) {
            hooks.listener().onScan(snapshot(now, radar.id(), tracks));
        }
        SimTime next = now.shiftedBy(radar.spec().scanPeriodS());
        if (next.isBefore(end)) {
            queue.schedule(next, PHASE_SENSE, new Scan(r));
        }
    }

    private static EnuVector enuPosition(Track t) {
        return new EnuVector(
                t.state().meanAt(StateLayout.EAST),
                t.state().meanAt(StateLayout.NORTH),
                t.state().meanAt(StateLayout.UP));
    }

    private static EnuVector enuVelocity(Track t) {
        return new EnuVector(
                t.state().meanAt(StateLayout.V_EAST),
                t.state().meanAt(StateLayout.V_NORTH),
                t.state().meanAt(StateLayout.V_UP));
    }

    private void recordTracks(SimTime now, List<Track> tracks) {
        LocalFrame frame = world.frame();
        for (Track t : tracks) {
            EnuVector pos = enuPosition(t);
            EnuVector vel = enuVelocity(t);
            double sigma = Math.sqrt(t.state().covarianceAt(0, 0)
                    + t.state().covarianceAt(1, 1)
                    + t.state().covarianceAt(2, 2));
            trackSamples.add(new TrackSample(
                    now.seconds(), t.id().value(), t.status().name(), frame.toGeodetic(pos), pos, vel, sigma));
            firstSeen.putIfAbsent(t.id(), pos);
            if (t.isConfirmed()) {
                if (confirmedEver.add(t.id().value())) {
                    log(now, "track_confirmed", "track", "T" + t.id().value());
                }
                int nearest = nearestLiveThreat(now, pos);
                if (nearest >= 0) {
                    double d = world.threats()
                            .get(nearest)
                            .trajectory()
                            .positionAt(now)
                            .minus(pos)
                            .norm();
                    trackErrorSumM += d;
                    trackErrorCount++;
                    if (d <= SCORING_GATE_M && Double.isNaN(firstTrackS[nearest])) {
                        firstTrackS[nearest] = now.seconds();
                    }
                }
            }
        }
    }

    private void decide(SimTime now, List<Track> tracks) {
        List<Track> confirmed = tracks.stream().filter(Track::isConfirmed).toList();
        lastRecommendations = List.of();
        lastAssessments = List.of();
        if (confirmed.isEmpty()) {
            return;
        }
        List<ThreatAssessment> assessments = evaluator.evaluate(confirmed, world.assets(), now, lastClasses);
        lastAssessments = assessments;
        lastClasses.clear();
        assessments.forEach(a -> lastClasses.put(a.trackId(), a.threatClass()));
        Map<TrackId, Track> byId = new HashMap<>();
        confirmed.forEach(t -> byId.put(t.id(), t));
        List<TrackPicture> pictures = new ArrayList<>();
        for (ThreatAssessment a : assessments) {
            recordDecision(now, a);
            Track track = byId.get(a.trackId());
            int inFlightTo = pendingShots.getOrDefault(a.trackId(), 0);
            pictures.add(new TrackPicture(
                    a,
                    firstSeen.getOrDefault(a.trackId(), EnuVector.ZERO),
                    track.consecutiveMisses() == 0,
                    inFlightTo,
                    Math.max(inFlightTo, roundsSpent.getOrDefault(a.trackId(), 0))));
        }
        List<EffectorStatus> status = new ArrayList<>();
        for (int e = 0; e < world.effectors().size(); e++) {
            Effector effector = world.effectors().get(e);
            status.add(new EffectorStatus(
                    effector,
                    effectorState[e].roundsAvailable(now),
                    Math.max(0, effector.spec().fireChannels() - inFlight[e])));
        }
        EngagementDecision d = controller.decide(now, pictures, status);
        logDecision(now, d);
        for (ApprovedEngagement ae : d.approved()) {
            fire(now, ae);
        }
        lastRecommendations = d.recommendations();
        if (hooks.authority().isPresent()) {
            java.util.Set<String> decided = new java.util.HashSet<>();
            d.approvals().forEach(a -> decided.add(a.recommendation().id()));
            d.recommendations().stream().filter(r -> !decided.contains(r.id())).forEach(awaiting::add);
        }
    }

    /**
     * Live runs: fires what an operator approved since the recommendation was made, if its planned launch is not past
     * and the effector still has a round and a fire channel; forgets recommendations whose launch has passed. The
     * authority alone says what is approved: a recommendation without its approving record is never fired.
     */
    private void fireLateApprovals(SimTime now) {
        for (ApprovedEngagement ae : controller.approvedNow(List.copyOf(awaiting), now)) {
            EngagementRecommendation r = ae.recommendation();
            awaiting.remove(r);
            logApproval(now, ae.approval());
            int e = world.effectorIndex(r.effectorId());
            boolean ready = effectorState[e].roundsAvailable(now) > 0
                    && world.effectors().get(e).spec().fireChannels() - inFlight[e] > 0;
            if (now.isAfter(r.solution().launchTime()) || !ready) {
                log(
                        now,
                        "approval_unused",
                        "recommendation",
                        r.id(),
                        "detail",
                        ready ? "approved after its planned launch time" : "effector has no round or channel free");
                continue;
            }
            lastNotEngaged.remove(r.trackId());
            fire(now, ae);
        }
        awaiting.removeIf(r -> now.isAfter(r.solution().launchTime()));
    }

    /** The picture after a scan, for the scan listener: tracks, ranked threats, inventory, shots (no truth). */
    private ScanSnapshot snapshot(SimTime now, String sensorId, List<Track> tracks) {
        LocalFrame frame = world.frame();
        List<TrackReport> trackReports = new ArrayList<>();
        for (Track t : tracks) {
            EnuVector pos = enuPosition(t);
            EnuVector vel = enuVelocity(t);
            IdentityAssessment id = lastIdentity.get(t.id());
            trackReports.add(new TrackReport(
                    t.id(),
                    t.status().name(),
                    frame.toGeodetic(pos),
                    vel,
                    t.state().covarianceAt(StateLayout.EAST, StateLayout.EAST),
                    t.state().covarianceAt(StateLayout.EAST, StateLayout.NORTH),
                    t.state().covarianceAt(StateLayout.NORTH, StateLayout.NORTH),
                    Math.sqrt(Math.max(0, t.state().covarianceAt(StateLayout.UP, StateLayout.UP))),
                    Optional.ofNullable(lastClasses.get(t.id())),
                    Optional.ofNullable(id).map(IdentityAssessment::identity)));
        }
        List<ThreatAssessment> ranked = new ArrayList<>(lastAssessments);
        ranked.sort((a, b) -> Double.compare(b.priority(), a.priority()));
        List<ThreatReport> threats = new ArrayList<>();
        for (ThreatAssessment a : ranked) {
            Optional<AssetRisk> top = a.assetRisks().stream()
                    .filter(r -> r.hitProbability() > 0)
                    .max(java.util.Comparator.comparingDouble(AssetRisk::hitProbability));
            double[][] c = a.impact().map(i -> i.covarianceEnM2()).orElse(new double[][] {
                {Double.NaN, Double.NaN}, {Double.NaN, Double.NaN}
            });
            threats.add(new ThreatReport(
                    threats.size() + 1,
                    a.trackId(),
                    a.threatClass(),
                    a.timeToImpactS().orElse(Double.NaN),
                    a.impact().map(i -> frame.toGeodetic(i.impactEnu())),
                    c[0][0],
                    c[0][1],
                    c[1][1],
                    top.map(AssetRisk::assetId),
                    top.map(AssetRisk::hitProbability).orElse(0.0),
                    a.priority(),
                    a.engage(),
                    a.explanation()));
        }
        List<InventoryReport> inventory = new ArrayList<>();
        for (int e = 0; e < world.effectors().size(); e++) {
            Effector effector = world.effectors().get(e);
            inventory.add(new InventoryReport(
                    effector.id(),
                    effector.spec().layerName(),
                    effectorState[e].roundsAvailable(now),
                    effectorState[e].roundsLeft(),
                    effector.spec().magazine()));
        }
        List<EngagementReport> shots = engagements.stream()
                .map(r -> new EngagementReport(
                        r.id(),
                        r.effectorId(),
                        r.layer(),
                        r.trackId(),
                        r.launchTimeS(),
                        r.interceptTimeS(),
                        r.result().name(),
                        r.recommendationId(),
                        r.approvedBy(),
                        r.approvalMode()))
                .toList();
        return new ScanSnapshot(
                now,
                scenario.durationS(),
                sensorId,
                trackReports,
                threats,
                inventory,
                lastRecommendations,
                awaiting,
                shots);
    }

    /** Recommendations and approvals always; identities and reasons for not engaging when they change. */
    /** Counts and logs one approval, whether given at the recommending scan or later by a live operator. */
    private void logApproval(SimTime now, ApprovalRecord a) {
        approvals++;
        log(
                now,
                "approval",
                "recommendation",
                a.recommendation().id(),
                "verdict",
                a.verdict().name(),
                "mode",
                a.mode().label(),
                "by",
                a.decidedBy(),
                "reason",
                a.reason());
    }

    private void logDecision(SimTime now, EngagementDecision d) {
        d.identities().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            IdentityAssessment prev = lastIdentity.put(e.getKey(), e.getValue());
            if (prev == null || prev.identity() != e.getValue().identity()) {
                log(
                        now,
                        "identification",
                        "track",
                        "T" + e.getKey().value(),
                        "identity",
                        e.getValue().identity().name(),
                        "reason",
                        e.getValue().reason());
            }
        });
        for (EngagementRecommendation r : d.recommendations()) {
            recommendations++;
            log(
                    now,
                    "recommendation",
                    "recommendation",
                    r.id(),
                    "effector",
                    r.effectorId(),
                    "track",
                    "T" + r.trackId().value(),
                    "class",
                    r.threatClass().name(),
                    "identity",
                    r.identity().name(),
                    "weapons_control",
                    r.weaponsControl().name(),
                    "round",
                    r.round(),
                    "pk",
                    r.pk(),
                    "reason",
                    r.reason());
        }
        for (ApprovalRecord a : d.approvals()) {
            logApproval(now, a);
        }
        for (NotEngaged n : d.notEngaged()) {
            NotEngagedReason prev = lastNotEngaged.put(n.trackId(), n.reason());
            if (prev != n.reason()) {
                notEngagedLog.add(new NotEngagedRecord(
                        now.seconds(), n.trackId().value(), n.reason().name(), n.detail()));
                log(
                        now,
                        "not_engaged",
                        "track",
                        "T" + n.trackId().value(),
                        "reason",
                        n.reason().name(),
                        "detail",
                        n.detail());
            }
        }
        for (ApprovedEngagement ae : d.approved()) {
            lastNotEngaged.remove(ae.recommendation().trackId());
        }
    }

    /** Fires one approved round: the only way a shot enters the run. */
    private void fire(SimTime now, ApprovedEngagement approved) {
        EngagementRecommendation rec = approved.recommendation();
        ApprovalRecord approval = approved.approval();
        int e = world.effectorIndex(rec.effectorId());
        Effector effector = world.effectors().get(e);
        effectorState[e] = effectorState[e].fire(now, 1);
        if (effectorState[e].roundsLeft() == 0) {
            effectorState[e] = effectorState[e].reload(effector.spec(), now);
            log(
                    now,
                    "reload",
                    "effector",
                    effector.id(),
                    "ready_s",
                    effectorState[e].busyUntil().seconds());
        }
        inFlight[e]++;
        InterceptSolution sol = rec.solution();
        int id = engagements.size() + 1;
        GeodeticPoint planned = world.frame().toGeodetic(sol.interceptPointEnu());
        engagements.add(new EngagementRecord(
                id,
                effector.id(),
                effector.spec().layerName(),
                rec.trackId().value(),
                now.seconds(),
                sol.launchTime().seconds(),
                sol.interceptTime().seconds(),
                planned,
                rec.pk(),
                rec.costPerShotUsd(),
                EngagementRecord.Result.PENDING_AT_END,
                Optional.empty(),
                Double.NaN,
                rec.id(),
                approval.decidedBy(),
                approval.mode().label(),
                rec.reason()));
        pendingShots.merge(rec.trackId(), 1, Integer::sum);
        roundsSpent.merge(rec.trackId(), 1, Integer::sum);
        queue.schedule(sol.interceptTime(), PHASE_TRUTH, new Arrival(id - 1));
        log(
                now,
                "engage",
                "shot",
                id,
                "effector",
                effector.id(),
                "track",
                "T" + rec.trackId().value(),
                "launch_s",
                round3(sol.launchTime().seconds()),
                "intercept_s",
                round3(sol.interceptTime().seconds()),
                "pk",
                rec.pk(),
                "recommendation",
                rec.id(),
                "approved_by",
                approval.decidedBy());
    }

    /**
     * The interceptor reaches its planned point. Its seeker can correct for the track's error only within a basket
     * around that point; then the kill is a draw with the layer's Pk for the threat's true class.
     */
    private void onArrival(SimTime now, int k) {
        EngagementRecord rec = engagements.get(k);
        TrackId trackId = new TrackId(rec.trackId());
        pendingShots.merge(trackId, -1, Integer::sum);
        int e = world.effectorIndex(rec.effectorId());
        inFlight[e]--;
        Effector effector = world.effectors().get(e);
        EnuVector aim = guidedAimPoint(
                now,
                trackId,
                world.frame().toEnu(rec.plannedInterceptPoint()),
                effector.spec().maxDivertM());
        int nearest = nearestLiveThreat(now, aim);
        double best = nearest < 0
                ? Double.POSITIVE_INFINITY
                : world.threats()
                        .get(nearest)
                        .trajectory()
                        .positionAt(now)
                        .minus(aim)
                        .norm();
        EngagementRecord.Result result;
        Optional<String> threatId = Optional.empty();
        if (nearest < 0 || best > effector.spec().seekerBasketM()) {
            result = EngagementRecord.Result.NO_TARGET_IN_BASKET;
        } else {
            World.ThreatTruth t = world.threats().get(nearest);
            threatId = Optional.of(t.config().id());
            double pk = effector.spec().pk(t.type().threatClass()).orElse(0.0);
            if (killRng.get(nearest).nextDouble() < pk) {
                result = EngagementRecord.Result.KILL;
                alive[nearest] = false;
                fate[nearest] = ThreatOutcome.Fate.INTERCEPTED;
                killedBy[nearest] = rec.effectorId();
                endTimeS[nearest] = now.seconds();
            } else {
                result = EngagementRecord.Result.MISS;
            }
        }
        engagements.set(k, rec.withOutcome(result, threatId, Double.isFinite(best) ? best : Double.NaN));
        log(
                now,
                "intercept",
                "shot",
                rec.id(),
                "result",
                result.name(),
                "threat",
                threatId.orElse(""),
                "miss_m",
                Double.isFinite(best) ? round3(best) : -1);
    }

    /**
     * Command midcourse guidance: the interceptor is steered, up to its divert limit, to where the engaged track's
     * latest estimate says the threat is now. If the track has been dropped it flies to the point planned at launch.
     */
    private EnuVector guidedAimPoint(SimTime now, TrackId trackId, EnuVector planned, double maxDivertM) {
        for (Track t : tracker.tracks()) {
            if (t.id().equals(trackId)) {
                double dt = now.secondsSince(t.state().time());
                EnuVector predicted = new EnuVector(
                        t.state().meanAt(StateLayout.EAST) + dt * t.state().meanAt(StateLayout.V_EAST),
                        t.state().meanAt(StateLayout.NORTH) + dt * t.state().meanAt(StateLayout.V_NORTH),
                        t.state().meanAt(StateLayout.UP) + dt * t.state().meanAt(StateLayout.V_UP));
                return predicted.minus(planned).norm() <= maxDivertM ? predicted : planned;
            }
        }
        return planned;
    }

    private void recordDecision(SimTime now, ThreatAssessment a) {
        DecisionRecord d = new DecisionRecord(
                now.seconds(),
                a.trackId().value(),
                a.threatClass().name(),
                a.engage(),
                maxHitProbability(a),
                a.valueAtRisk(),
                a.timeToImpactS().orElse(Double.NaN),
                a.explanation(),
                a.impact()
                        .map(i -> PredictedImpact.ofCovariance(
                                i.impactTime().seconds(),
                                world.frame().toGeodetic(i.impactEnu()),
                                i.covarianceEnM2())));
        DecisionRecord prev = lastDecision.get(a.trackId());
        if (prev == null || prev.engage() != d.engage() || !prev.inferredClass().equals(d.inferredClass())) {
            decisions.add(d);
            log(
                    now,
                    "assessment",
                    "track",
                    "T" + a.trackId().value(),
                    "class",
                    a.threatClass().name(),
                    "engage",
                    a.engage(),
                    "max_p_hit",
                    round3(maxHitProbability(a)));
        }
        lastDecision.put(a.trackId(), d);
    }

    private static double maxHitProbability(ThreatAssessment a) {
        return a.assetRisks().stream()
                .mapToDouble(AssetRisk::hitProbability)
                .max()
                .orElse(0);
    }

    /** Index of the live threat nearest to {@code p} (scoring only), or -1 when none is airborne. */
    private int nearestLiveThreat(SimTime now, EnuVector p) {
        int nearest = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < alive.length; i++) {
            if (alive[i]) {
                double d = world.threats()
                        .get(i)
                        .trajectory()
                        .positionAt(now)
                        .minus(p)
                        .norm();
                if (d < best) {
                    best = d;
                    nearest = i;
                }
            }
        }
        return nearest;
    }

    private RunResult finish() {
        List<ThreatOutcome> outcomes = new ArrayList<>();
        int intercepted = 0;
        int leakers = 0;
        int open = 0;
        int flying = 0;
        double valueLost = 0;
        SimTime end = SimTime.ofSeconds(scenario.durationS());
        double pathSampleS = scenario.timeStepS().orElse(DEFAULT_PATH_SAMPLE_S);
        for (int i = 0; i < world.threats().size(); i++) {
            World.ThreatTruth t = world.threats().get(i);
            Trajectory traj = t.trajectory();
            if (traj.launchTime().isAfter(end)) {
                continue;
            }
            SimTime last = SimTime.ofSeconds(endTimeS[i]);
            List<GeodeticPoint> path = new ArrayList<>();
            List<Double> pathTimes = new ArrayList<>();
            for (SimTime s = traj.launchTime(); s.isBefore(last); s = s.shiftedBy(pathSampleS)) {
                path.add(world.frame().toGeodetic(traj.positionAt(s)));
                pathTimes.add(s.seconds());
            }
            GeodeticPoint endPoint = world.frame().toGeodetic(traj.positionAt(last));
            path.add(endPoint);
            pathTimes.add(last.seconds());
            switch (fate[i]) {
                case INTERCEPTED -> intercepted++;
                case IMPACT_ON_ASSET -> {
                    leakers++;
                    valueLost += world.assetValue(assetHit[i]);
                }
                case IMPACT_OPEN_GROUND -> open++;
                case IN_FLIGHT_AT_END -> flying++;
            }
            String id = t.config().id();
            double firstShot = engagements.stream()
                    .filter(e -> e.threatId().equals(Optional.of(id)))
                    .mapToDouble(EngagementRecord::decisionTimeS)
                    .min()
                    .orElse(Double.NaN);
            outcomes.add(new ThreatOutcome(
                    id,
                    t.config().type().yamlName(),
                    t.type().threatClass().name(),
                    traj.launchTime().seconds(),
                    endTimeS[i],
                    firstDetectionS[i],
                    firstTrackS[i],
                    firstShot,
                    fate[i],
                    Optional.ofNullable(assetHit[i]),
                    Optional.ofNullable(killedBy[i]),
                    traj.impactPoint(),
                    endPoint,
                    path,
                    pathTimes));
        }
        int kills = (int) engagements.stream()
                .filter(e -> e.result() == EngagementRecord.Result.KILL)
                .count();
        double cost =
                engagements.stream().mapToDouble(EngagementRecord::costPerShot).sum();
        RunSummary summary = new RunSummary(
                scenario.name(),
                scenario.seed(),
                outcomes.size(),
                intercepted,
                leakers,
                open,
                flying,
                engagements.size(),
                kills,
                cost,
                valueLost,
                confirmedEver.size(),
                trackErrorCount == 0 ? Double.NaN : trackErrorSumM / trackErrorCount,
                world.terrain(),
                java.util.stream.IntStream.range(0, ugsPolls.length)
                        .mapToObj(this::tally)
                        .toList(),
                approvalNote(),
                weaponsControlByLayer(),
                new CostExchange(cost, attackerSpend(end), kills),
                layerUse(end),
                feasibility.stream().map(FeasibilityWarning::text).toList());
        log(end, "end", "summary", summary.toText().replace("\n", " "));
        return new RunResult(
                scenario.name(),
                scenario.description(),
                scenario.seed(),
                scenario.durationS(),
                world.layout(),
                outcomes,
                trackSamples,
                engagements,
                decisions,
                events,
                summary,
                sightings,
                summary.groundSensors(),
                notEngagedLog);
    }

    private String approvalNote() {
        ApprovalMode mode = controller.authority().mode();
        return mode == ApprovalMode.AUTO_SIMULATION
                ? AUTO_APPROVAL_NOTE + " " + recommendations + " recommendations, " + approvals + " approvals."
                : "Engagements approved by operators: " + approvals + " decisions on " + recommendations
                        + " recommendations.";
    }

    /** Each layer's weapons control status over the run, in the order the effectors are listed. */
    private List<String> weaponsControlByLayer() {
        WeaponsControl wcs = controller.weaponsControl();
        List<String> out = new ArrayList<>();
        for (String layer : layers()) {
            out.add(layer + " " + wcs.describe(layer));
        }
        return out;
    }

    private List<String> layers() {
        List<String> out = new ArrayList<>();
        for (Effector e : world.effectors()) {
            if (!out.contains(e.spec().layerName())) {
                out.add(e.spec().layerName());
            }
        }
        return out;
    }

    private List<LayerUse> layerUse(SimTime end) {
        List<LayerUse> out = new ArrayList<>();
        for (String layer : layers()) {
            List<String> ids = new ArrayList<>();
            int left = 0;
            int reloading = 0;
            for (int e = 0; e < world.effectors().size(); e++) {
                Effector eff = world.effectors().get(e);
                if (eff.spec().layerName().equals(layer)) {
                    ids.add(eff.id());
                    left += effectorState[e].roundsLeft();
                    reloading += effectorState[e].isReady(end) ? 0 : 1;
                }
            }
            int fired = (int)
                    engagements.stream().filter(x -> x.layer().equals(layer)).count();
            out.add(new LayerUse(layer, ids, fired, left, reloading));
        }
        return out;
    }

    /** The attacker's spend: the unit cost of every threat launched before the end of the run. */
    private double attackerSpend(SimTime end) {
        double usd = 0;
        for (World.ThreatTruth t : world.threats()) {
            if (!t.trajectory().launchTime().isAfter(end)) {
                usd += t.type().unitCostUsd();
            }
        }
        return usd;
    }

    private void log(SimTime t, String type, Object... kv) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            fields.put((String) kv[i], kv[i + 1]);
        }
        events.add(new LoggedEvent(t.seconds(), type, fields));
    }

    private static double round3(double v) {
        return Math.rint(v * 1000) / 1000;
    }

    private static double round7(double v) {
        return Math.rint(v * 1e7) / 1e7;
    }
}
