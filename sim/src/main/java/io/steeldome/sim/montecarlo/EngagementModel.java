package io.steeldome.sim.montecarlo;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.DoctrineTable;
import io.steeldome.defence.doctrine.EngagementController;
import io.steeldome.defence.doctrine.Identifier;
import io.steeldome.defence.doctrine.WcsSchedule;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.effector.EffectorSpec;
import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.defence.engagement.InterceptSolver;
import io.steeldome.defence.evaluate.DefendedAsset;
import io.steeldome.defence.evaluate.ThreatAssessment;
import io.steeldome.defence.evaluate.ThreatEvaluator;
import io.steeldome.defence.impact.PredictedPath;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.defence.threat.Trajectory;
import io.steeldome.sensors.radar.Radar;
import io.steeldome.sensors.radar.ScanResult;
import io.steeldome.sensors.radar.TargetSnapshot;
import io.steeldome.sim.run.DoctrineSetup;
import io.steeldome.sim.run.Plots;
import io.steeldome.sim.run.ScenarioModel;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.tracking.state.StateLayout;
import io.steeldome.tracking.tracker.MultiTargetTracker;
import io.steeldome.tracking.tracker.Track;
import io.steeldome.tracking.tracker.TrackId;
import io.steeldome.tracking.tracker.TrackerConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The engagement-level model of a scenario: everything that does not depend on the random draws of a run,
 * computed once, so that a run only draws detections, kills and their consequences.
 *
 * <p>Computed here, with the domain modules' own code:
 *
 * <ul>
 *   <li>the true trajectories and the impact point's asset (the run's {@link ScenarioModel});
 *   <li>every radar's scan times (staggered as the full run staggers them) and, per scan and threat in flight, the
 *       single-look probability of detection from the radar range equation, Swerling 1 and the coverage tests
 *       (horizon, elevation window, terrain mask) of {@link Radar#probabilityOfDetection};
 *   <li>a reference track per threat: the real {@link MultiTargetTracker} fed with noise-free plots (made by the real
 *       radar with a zero-noise generator, so they carry the radar's own measurement covariance) at every scan that
 *       covers the threat. Its estimate has the tracker's lag and its covariance the filter's, but no noise;
 *   <li>the real {@link ThreatEvaluator} on that track at every scan (class, defended-area filter, value at risk),
 *       with the class history a continuous track would have;
 *   <li>for every scan at which the threat would be engaged, the assessment and each effector's {@link
 *       InterceptSolver} solution on the evaluator's predicted path from the scan time (a {@link Row}): the
 *       intercepts the run's {@link EngagementController} is given in place of solving them itself (see {@link
 *       EngagementRun} for how its layering rule's look ahead is answered);
 *   <li>the true position at every scan that covers a threat: where a new track of it is first seen, for the
 *       identification's origin rule;
 *   <li>the scenario's doctrine as the full run configures it (weapons control status per layer, fire doctrine per
 *       threat class, identification with the declared hostile territory, commit horizon and look delay);
 *   <li>for the rounds that would be committed, whether the interceptor would find the threat in its seeker basket:
 *       the reference track's estimate at its
 *       last scan before the intercept, extrapolated at constant velocity as the full run's command guidance does,
 *       used as aim point if within the divert limit of the planned point, else the planned point.
 * </ul>
 *
 * <p>Immutable and thread-safe once built; {@link EngagementRun} draws the runs.
 */
public final class EngagementModel {
    /** As the full run: a round is committed only if it must leave within this time. */
    static final double MAX_COMMIT_AHEAD_S = DoctrineSetup.COMMIT_AHEAD_S;
    /** Noisy track starts per air-breathing threat that estimate how often a young track is classed ballistic. */
    static final int YOUNG_TRACK_SAMPLES = 16;
    /** Confirmed scans after which a young track's class is taken as settled. */
    static final int YOUNG_TRACK_SCANS = 8;
    /** A confirmed track within this distance of a threat is taken as its track (the full run's scoring gate). */
    static final double SAME_THREAT_M = 2000;

    final Scenario scenario;
    final ScenarioModel world;
    final double durationS;
    final int threats;
    final int effectors;
    final int assets;
    final List<String> layers;
    final int[] layerOf;
    /** Per threat: when it is airborne in the run (launch clamped to 0), when it lands, whether it launches at all. */
    final double[] airborneFromS;

    final double[] endS;
    final boolean[] launched;
    /** Per threat: index of the asset its true impact point lies in, -1 for open ground. */
    final int[] impactAsset;

    final double[] attackerCostUsd;
    /** [effector][threat]: Pk against the threat's true class (0 if the layer cannot kill it). */
    final double[][] pkTrue;

    final int[] magazine;
    final int[] fireChannels;
    final double[] reloadS;
    final double[] costUsd;
    final DoctrineTable doctrine;
    final WcsSchedule weaponsControl;
    final Identifier identifier;
    final EngagementController.Settings controllerSettings;
    final int confirmHits;
    final int confirmWindow;
    final int deleteMisses;

    final SimTime[] scanTime;
    final double[] scanTimeS;
    final int[] scanRadar;
    /** Per scan: the threats in coverage (airborne in truth, Pd > 0) and their Pd. */
    final int[][] scanThreats;

    final double[][] scanPd;
    /** As {@link #scanThreats}: each threat's true position at the scan (where a track started then is first seen). */
    final EnuVector[][] scanTruthEnu;
    /** [scan][threat]: the reference track's row when the evaluator would engage the threat; else null. */
    final Row[][] rows;
    /**
     * As {@link #rows}, only where some effector has a round to commit now (else null): what a run's decision
     * scans, kept apart so that it tests most threats without reading their rows.
     */
    final Row[][] committable;
    /**
     * Per threat: the probability that a new track of it is classed ballistic by its first evaluations (young tracks
     * have noisy velocities) and, the evaluator keeping a ballistic class, stays so; 0 for ballistic threats.
     */
    final double[] stuckProbability;
    /** As {@link #rows} and {@link #committable}, for a track stuck with a ballistic class. */
    final Row[][] rowsStuck;

    final Row[][] committableStuck;
    /**
     * [threat][sample] of the noisy young-track starts: whether the track was stuck with a ballistic class, and at how
     * many scans at which the reference track would be engaged it was not yet (its noisy estimate put the threat
     * off the defended assets). A run draws one sample per new track.
     */
    final boolean[][] youngStuck;

    final int[][] youngDelay;
    /** Per threat, the scans at which the reference track's evaluation says engage. */
    final java.util.BitSet[] referenceEngages;

    private EngagementModel(Scenario scenario, ScenarioModel world) {
        this.scenario = scenario;
        this.world = world;
        this.durationS = scenario.durationS();
        List<ScenarioModel.Threat> ts = world.threats();
        List<Effector> es = world.effectors();
        List<DefendedAsset> as = world.assets();
        this.threats = ts.size();
        this.effectors = es.size();
        this.assets = as.size();
        SimTime end = SimTime.ofSeconds(durationS);

        List<String> layerNames = new ArrayList<>();
        layerOf = new int[effectors];
        magazine = new int[effectors];
        fireChannels = new int[effectors];
        reloadS = new double[effectors];
        costUsd = new double[effectors];
        for (int e = 0; e < effectors; e++) {
            EffectorSpec spec = es.get(e).spec();
            if (!layerNames.contains(spec.layerName())) {
                layerNames.add(spec.layerName());
            }
            layerOf[e] = layerNames.indexOf(spec.layerName());
            magazine[e] = spec.magazine();
            fireChannels[e] = spec.fireChannels();
            reloadS[e] = spec.reloadS();
            costUsd[e] = spec.costPerShotUsd();
        }
        layers = List.copyOf(layerNames);

        airborneFromS = new double[threats];
        endS = new double[threats];
        launched = new boolean[threats];
        impactAsset = new int[threats];
        attackerCostUsd = new double[threats];
        pkTrue = new double[effectors][threats];
        for (int i = 0; i < threats; i++) {
            ScenarioModel.Threat t = ts.get(i);
            Trajectory traj = t.trajectory();
            launched[i] = !traj.launchTime().isAfter(end);
            airborneFromS[i] = Math.max(0, traj.launchTime().seconds());
            endS[i] = traj.endTime().seconds();
            impactAsset[i] =
                    world.assetContaining(traj.impactPoint()).map(as::indexOf).orElse(-1);
            attackerCostUsd[i] = t.type().unitCostUsd();
            for (int e = 0; e < effectors; e++) {
                pkTrue[e][i] = es.get(e).spec().pk(t.type().threatClass()).orElse(0.0);
            }
        }
        doctrine = DoctrineSetup.doctrine(scenario.engagement());
        weaponsControl = DoctrineSetup.weaponsControl(scenario.engagement());
        identifier = DoctrineSetup.identifier(scenario, world.frame());
        controllerSettings = DoctrineSetup.controllerSettings(world.radars());
        TrackerConfig tc = world.trackerConfig();
        confirmHits = tc.confirmHits();
        confirmWindow = tc.confirmWindowScans();
        deleteMisses = tc.maxConsecutiveMisses();

        // Scan times as the full run schedules them: radar r first at period (r + 1) / (R + 1), then every period
        // while before the end; ties between radars in radar order.
        record ScanSlot(SimTime time, int radar) {}
        List<ScanSlot> slots = new ArrayList<>();
        List<Radar> radars = world.radars();
        for (int r = 0; r < radars.size(); r++) {
            double periodS = radars.get(r).spec().scanPeriodS();
            SimTime t = SimTime.ofSeconds(periodS * (r + 1) / (radars.size() + 1));
            if (!t.isAfter(end)) {
                do {
                    slots.add(new ScanSlot(t, r));
                    t = t.shiftedBy(periodS);
                } while (t.isBefore(end));
            }
        }
        slots.sort(Comparator.comparing(ScanSlot::time).thenComparingInt(ScanSlot::radar));
        int scans = slots.size();
        scanTime = new SimTime[scans];
        scanTimeS = new double[scans];
        scanRadar = new int[scans];
        for (int k = 0; k < scans; k++) {
            scanTime[k] = slots.get(k).time();
            scanTimeS[k] = scanTime[k].seconds();
            scanRadar[k] = slots.get(k).radar();
        }

        List<List<Integer>> covered = new ArrayList<>();
        List<List<Double>> pds = new ArrayList<>();
        List<List<EnuVector>> truths = new ArrayList<>();
        for (int k = 0; k < scans; k++) {
            covered.add(new ArrayList<>());
            pds.add(new ArrayList<>());
            truths.add(new ArrayList<>());
        }
        rows = new Row[scans][threats];
        rowsStuck = new Row[scans][threats];
        committable = new Row[scans][threats];
        committableStuck = new Row[scans][threats];
        stuckProbability = new double[threats];
        youngStuck = new boolean[threats][];
        youngDelay = new int[threats][];
        referenceEngages = new java.util.BitSet[threats];
        for (int i = 0; i < threats; i++) {
            referenceEngages[i] = new java.util.BitSet();
            youngStuck[i] = new boolean[YOUNG_TRACK_SAMPLES];
            youngDelay[i] = new int[YOUNG_TRACK_SAMPLES];
        }
        // Threats are independent here, and each writes only its own slots: one task per threat, merged in order.
        List<List<List<Integer>>> coveredBy = new ArrayList<>();
        List<List<List<Double>>> pdsBy = new ArrayList<>();
        List<List<List<EnuVector>>> truthsBy = new ArrayList<>();
        for (int i = 0; i < threats; i++) {
            List<List<Integer>> c = new ArrayList<>();
            List<List<Double>> p = new ArrayList<>();
            List<List<EnuVector>> tr = new ArrayList<>();
            for (int k = 0; k < scans; k++) {
                c.add(new ArrayList<>(1));
                p.add(new ArrayList<>(1));
                tr.add(new ArrayList<>(1));
            }
            coveredBy.add(c);
            pdsBy.add(p);
            truthsBy.add(tr);
        }
        java.util.stream.IntStream.range(0, threats).parallel().forEach(i -> {
            if (launched[i]) {
                precomputeThreat(
                        i, coveredBy.get(i), pdsBy.get(i), truthsBy.get(i), Optional.empty(), rows, committable);
                Optional<ThreatClass> stuck = youngTrackClass(i);
                if (stuck.isPresent()) {
                    precomputeThreat(i, null, null, null, stuck, rowsStuck, committableStuck);
                }
            }
        });
        for (int i = 0; i < threats; i++) {
            for (int k = 0; k < scans; k++) {
                covered.get(k).addAll(coveredBy.get(i).get(k));
                pds.get(k).addAll(pdsBy.get(i).get(k));
                truths.get(k).addAll(truthsBy.get(i).get(k));
            }
        }
        scanThreats = new int[scans][];
        scanPd = new double[scans][];
        scanTruthEnu = new EnuVector[scans][];
        for (int k = 0; k < scans; k++) {
            scanThreats[k] = covered.get(k).stream().mapToInt(Integer::intValue).toArray();
            scanPd[k] = pds.get(k).stream().mapToDouble(Double::doubleValue).toArray();
            scanTruthEnu[k] = truths.get(k).toArray(EnuVector[]::new);
        }
    }

    /**
     * Builds the model of {@code scenario}: the run's world (terrain masks included), then detection probabilities,
     * reference tracks, threat evaluations and intercept solutions along every truth path. Takes about as long as
     * one full run per threat group; do it once per scenario.
     */
    public static EngagementModel build(Scenario scenario) {
        return new EngagementModel(scenario, ScenarioModel.build(scenario));
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The scenario's world as the run builds it. */
    public ScenarioModel world() {
        return world;
    }

    /** Layer names in the order effectors first name them. */
    public List<String> layers() {
        return layers;
    }

    /** Scans of all radars over the run. */
    public int scans() {
        return scanTime.length;
    }

    /** The first scan at or after {@code t} from scan {@code from} on; {@link #scans()} if none. */
    int firstScanAtOrAfter(SimTime t, int from) {
        int lo = from;
        int hi = scanTime.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (scanTime[mid].isBefore(t)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * What the reference track of one threat gives at one scan at which the evaluator would engage it.
     *
     * <p>{@code assessment} carries the run's track id (threat index + 1) and, in place of its predicted path, a
     * stand-in that knows only the path's time span: intercepts come from {@code solutions}, and the ballistic paths
     * of thousands of rows would take much memory. {@code solutions} holds every effector's {@link InterceptSolver}
     * solution from the scan time whatever its launch time (null: none, or no Pk against the class), so the
     * layering rule can ask about later launches; {@code committed}, whether the solution launches within the
     * commit horizon (only those can be fired now); {@code reaches}, for those, whether the interceptor finds the
     * threat in its seeker basket.
     */
    static final class Row {
        final ThreatAssessment assessment;
        final ThreatClass threatClass;
        final double maxHitProbability;
        final InterceptSolution[] solutions;
        final boolean[] committed;
        final boolean[] reaches;

        Row(ThreatAssessment assessment, InterceptSolution[] solutions, boolean[] committed, boolean[] reaches) {
            this.assessment = assessment;
            this.threatClass = assessment.threatClass();
            this.maxHitProbability = assessment.maxHitProbability();
            this.solutions = solutions;
            this.committed = committed;
            this.reaches = reaches;
        }
    }

    /** A predicted path reduced to its time span; its positions are not kept (see {@link Row}). */
    private record SpanOnly(SimTime startTime, SimTime endTime) implements PredictedPath {
        @Override
        public EnuVector positionAt(SimTime time) {
            throw new UnsupportedOperationException(
                    "the engagement-level model keeps intercept solutions, not predicted paths");
        }
    }

    /**
     * One pass along threat {@code i}'s truth path with the reference track. With {@code stuck} present, the track is
     * evaluated as if an earlier evaluation had classed it so (the evaluator keeps a ballistic class once given), and
     * the rows go to the stuck tables; the coverage lists are filled only by the first pass.
     */
    private void precomputeThreat(
            int i,
            List<List<Integer>> covered,
            List<List<Double>> pds,
            List<List<EnuVector>> truths,
            Optional<ThreatClass> stuck,
            Row[][] rowsOut,
            Row[][] committableOut) {
        ScenarioModel.Threat t = world.threats().get(i);
        Trajectory traj = t.trajectory();
        MultiTargetTracker tracker = new MultiTargetTracker(world.trackerConfig());
        ThreatEvaluator evaluator = world.evaluator();
        InterceptSolver solver = InterceptSolver.withDefaults();
        Map<TrackId, ThreatClass> lastClasses = new HashMap<>();
        TrackId target = new TrackId(i + 1L);
        List<SimTime> stateTimes = new ArrayList<>();
        List<double[]> stateMeans = new ArrayList<>();
        record Pending(int scan, int effector, InterceptSolution solution) {}
        List<Pending> toCheck = new ArrayList<>();
        for (int k = 0; k < scanTime.length; k++) {
            double ts = scanTimeS[k];
            if (ts < airborneFromS[i] || ts >= endS[i]) {
                continue;
            }
            SimTime now = scanTime[k];
            Radar radar = world.radars().get(scanRadar[k]);
            TargetSnapshot snap = new TargetSnapshot(
                    t.config().id(), traj.positionEcefAt(now), t.type().rcsM2());
            double pd = radar.probabilityOfDetection(snap);
            List<Track> tracks;
            if (pd > 0) {
                if (covered != null) {
                    covered.get(k).add(i);
                    pds.get(k).add(pd);
                    truths.get(k).add(traj.positionAt(now));
                }
                ScanResult scan = radar.scan(now, List.of(snap), NoiseFree.INSTANCE);
                tracks = tracker.process(now, radar.id(), Plots.toDetections(scan.plots()));
            } else {
                tracks = tracker.process(now, radar.id(), List.of());
            }
            Optional<Track> best = tracks.stream()
                    .filter(Track::isConfirmed)
                    .max(Comparator.comparingInt(Track::hits)
                            .thenComparing(tr -> -tr.id().value()));
            if (best.isEmpty()) {
                lastClasses.clear();
                continue;
            }
            Track track = best.get();
            stateTimes.add(track.state().time());
            stateMeans.add(track.state().mean().toArray());
            if (stuck.isPresent()) {
                lastClasses.put(track.id(), stuck.get());
            }
            List<ThreatAssessment> a = evaluator.evaluate(List.of(track), world.assets(), now, lastClasses);
            lastClasses.clear();
            if (a.isEmpty()) {
                continue;
            }
            ThreatAssessment assessment = a.get(0);
            lastClasses.put(assessment.trackId(), assessment.threatClass());
            if (!assessment.engage()) {
                continue;
            }
            if (stuck.isEmpty()) {
                referenceEngages[i].set(k);
            }
            InterceptSolution[] solutions = new InterceptSolution[effectors];
            boolean[] committed = new boolean[effectors];
            boolean committable = false;
            for (int e = 0; e < effectors; e++) {
                Effector effector = world.effectors().get(e);
                if (!effector.spec().canEngage(assessment.threatClass())) {
                    continue;
                }
                Optional<InterceptSolution> sol =
                        solver.solve(effector, world.frame(), assessment.path(), assessment.threatClass(), now);
                if (sol.isPresent()) {
                    solutions[e] = sol.get();
                    if (sol.get().launchTime().secondsSince(now) <= MAX_COMMIT_AHEAD_S) {
                        committed[e] = true;
                        committable = true;
                        toCheck.add(new Pending(k, e, sol.get()));
                    }
                }
            }
            PredictedPath path = assessment.path();
            ThreatAssessment kept = new ThreatAssessment(
                    target,
                    assessment.threatClass(),
                    assessment.impact(),
                    assessment.assetRisks(),
                    assessment.valueAtRisk(),
                    assessment.timeToImpactS(),
                    assessment.priority(),
                    assessment.engage(),
                    new SpanOnly(path.startTime(), path.endTime()),
                    assessment.explanation());
            rowsOut[k][i] = new Row(kept, solutions, committed, new boolean[effectors]);
            if (committable) {
                committableOut[k][i] = rowsOut[k][i];
            }
        }
        for (Pending p : toCheck) {
            rowsOut[p.scan()][i].reaches[p.effector()] =
                    reaches(traj, p.solution(), p.effector(), stateTimes, stateMeans);
        }
    }

    /**
     * How often a new track of an air-breathing threat is classed ballistic by its first evaluations: {@link
     * #YOUNG_TRACK_SAMPLES} seeded track starts with the real radar (detection draws, measurement noise, false plots)
     * and the real tracker, each evaluated for its first {@link #YOUNG_TRACK_SCANS} confirmed scans (the confirmed
     * track nearest the truth, within {@link #SAME_THREAT_M}). The class they stuck with (the commonest) is returned
     * if any did, and its probability stored in {@link #stuckProbability}.
     */
    private Optional<ThreatClass> youngTrackClass(int i) {
        ScenarioModel.Threat t = world.threats().get(i);
        Trajectory traj = t.trajectory();
        ThreatEvaluator evaluator = world.evaluator();
        Map<ThreatClass, Integer> stuckAs = new java.util.EnumMap<>(ThreatClass.class);
        int stuckCount = 0;
        youngStuck[i] = new boolean[YOUNG_TRACK_SAMPLES];
        youngDelay[i] = new int[YOUNG_TRACK_SAMPLES];
        for (int sample = 0; sample < YOUNG_TRACK_SAMPLES; sample++) {
            java.util.SplittableRandom rng =
                    new java.util.SplittableRandom(scenario.seed() ^ (0x9E3779B97F4A7C15L * (i * 1000L + sample + 1)));
            MultiTargetTracker tracker = new MultiTargetTracker(world.trackerConfig());
            Map<TrackId, ThreatClass> lastClasses = new HashMap<>();
            int evaluations = 0;
            for (int k = 0; k < scanTime.length && evaluations < YOUNG_TRACK_SCANS; k++) {
                if (scanTimeS[k] < airborneFromS[i] || scanTimeS[k] >= endS[i]) {
                    continue;
                }
                SimTime now = scanTime[k];
                Radar radar = world.radars().get(scanRadar[k]);
                TargetSnapshot snap = new TargetSnapshot(
                        t.config().id(), traj.positionEcefAt(now), t.type().rcsM2());
                ScanResult scan = radar.scan(now, List.of(snap), rng);
                List<Track> tracks = tracker.process(now, radar.id(), Plots.toDetections(scan.plots()));
                EnuVector truth = traj.positionAt(now);
                Optional<Track> nearest = tracks.stream()
                        .filter(Track::isConfirmed)
                        .filter(tr -> distanceM(tr, truth) <= SAME_THREAT_M)
                        .min(Comparator.comparingDouble(tr -> distanceM(tr, truth)));
                if (nearest.isEmpty()) {
                    continue;
                }
                Map<TrackId, ThreatClass> previous = new HashMap<>();
                ThreatClass before = lastClasses.get(nearest.get().id());
                if (before != null) {
                    previous.put(nearest.get().id(), before);
                }
                ThreatAssessment a = evaluator
                        .evaluate(List.of(nearest.get()), world.assets(), now, previous)
                        .get(0);
                lastClasses.put(a.trackId(), a.threatClass());
                evaluations++;
                if (!t.type().isBallistic()
                        && (a.threatClass() == ThreatClass.ROCKET
                                || a.threatClass() == ThreatClass.BALLISTIC_MISSILE)) {
                    stuckAs.merge(a.threatClass(), 1, Integer::sum);
                    stuckCount++;
                    youngStuck[i][sample] = true;
                    break;
                }
                if (referenceEngages[i].get(k)) {
                    if (a.engage()) {
                        break;
                    }
                    youngDelay[i][sample]++; // the reference track would engage, this young one does not yet
                }
            }
        }
        stuckProbability[i] = (double) stuckCount / YOUNG_TRACK_SAMPLES;
        return stuckAs.entrySet().stream()
                .max(Map.Entry.<ThreatClass, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static double distanceM(Track track, EnuVector p) {
        double de = track.state().meanAt(StateLayout.EAST) - p.eastM();
        double dn = track.state().meanAt(StateLayout.NORTH) - p.northM();
        double du = track.state().meanAt(StateLayout.UP) - p.upM();
        return Math.sqrt(de * de + dn * dn + du * du);
    }

    /**
     * Whether the shot finds the threat in its basket: the full run steers it to the track's latest estimate
     * extrapolated at constant velocity when that is within the divert limit of the planned point, and its seeker
     * acquires a threat within the basket of the aim point.
     */
    private boolean reaches(
            Trajectory traj, InterceptSolution sol, int e, List<SimTime> stateTimes, List<double[]> stateMeans) {
        EffectorSpec spec = world.effectors().get(e).spec();
        SimTime at = sol.interceptTime();
        EnuVector truth = traj.positionAt(at);
        EnuVector planned = sol.interceptPointEnu();
        EnuVector aim = planned;
        int last = -1;
        for (int s = 0; s < stateTimes.size() && !stateTimes.get(s).isAfter(at); s++) {
            last = s;
        }
        if (last >= 0) {
            double[] m = stateMeans.get(last);
            double dt = at.secondsSince(stateTimes.get(last));
            EnuVector predicted = new EnuVector(
                    m[StateLayout.EAST] + dt * m[StateLayout.V_EAST],
                    m[StateLayout.NORTH] + dt * m[StateLayout.V_NORTH],
                    m[StateLayout.UP] + dt * m[StateLayout.V_UP]);
            if (predicted.minus(planned).norm() <= spec.maxDivertM()) {
                aim = predicted;
            }
        }
        return truth.minus(aim).norm() <= spec.seekerBasketM();
    }

    /** Per layer, the effectors' indices. */
    Map<String, List<Integer>> effectorsByLayer() {
        Map<String, List<Integer>> m = new LinkedHashMap<>();
        for (int e = 0; e < effectors; e++) {
            m.computeIfAbsent(layers.get(layerOf[e]), k -> new ArrayList<>()).add(e);
        }
        return m;
    }

    /**
     * A generator whose uniform draws are 0 (every target in coverage is detected), Gaussian draws 0 (plots at the
     * true position) and exponential draws huge (no false plots): the radar's own noise-free scan.
     */
    private static final class NoiseFree implements RandomGenerator {
        static final NoiseFree INSTANCE = new NoiseFree();

        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return 0;
        }

        @Override
        public double nextGaussian() {
            return 0;
        }

        @Override
        public double nextExponential() {
            return Double.MAX_VALUE;
        }
    }
}
