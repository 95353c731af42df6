package io.steeldome.sim.montecarlo;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.ApprovedEngagement;
import io.steeldome.defence.doctrine.EffectorStatus;
import io.steeldome.defence.doctrine.EngagementController;
import io.steeldome.defence.doctrine.EngagementDecision;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import io.steeldome.defence.doctrine.InterceptOracle;
import io.steeldome.defence.doctrine.SimulationAuthority;
import io.steeldome.defence.doctrine.TrackPicture;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.defence.evaluate.ThreatAssessment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Draws runs of an {@link EngagementModel}: per scan, a detection draw for each threat in coverage with the
 * precomputed Pd, the tracker's M-of-N confirmation and miss deletion applied to each threat's track, then one
 * decision round ({@link #decide}); per interceptor arrival, a kill draw with the layer's Pk against the threat's
 * true class. A shot that missed is followed up only after a detection at a later scan (the track must be seen now to
 * be engaged), as in the full run's shoot-look-shoot.
 *
 * <p>Decisions are the full run's: the same {@link EngagementController} (identification, weapons control status per
 * layer, fire doctrine per class with its rounds per threat, the layering rule, greedy assignment in salvo passes,
 * approval by the simulation), configured from the scenario by the same {@code DoctrineSetup}. What differs is where
 * its inputs come from: the track picture is the reference track's precomputed assessment at the scan (or its
 * ballistic-stuck variant), the origin of identification is the threat's true position when the run's track of it
 * started, and the intercepts come from the model's precomputed solutions ({@link Oracle}).
 *
 * <p>One instance per thread: its arrays are reused from run to run, so a run allocates little beyond the decision
 * rounds. Not thread-safe (nor is the controller: each run makes its own).
 */
final class EngagementRun {
    private static final int NO_TRACK = 0;
    private static final int TENTATIVE = 1;
    private static final int CONFIRMED = 2;

    /** The evaluator's order (highest priority first), as the full run hands tracks to the controller. */
    private static final Comparator<EngagementModel.Row> PRIORITY = Comparator.<EngagementModel.Row>comparingDouble(
                    r -> r.assessment.priority())
            .reversed()
            .thenComparing(Comparator.<EngagementModel.Row>comparingDouble(r -> r.maxHitProbability)
                    .reversed())
            .thenComparing(r -> r.assessment.trackId());

    private final EngagementModel m;
    private final double[] gridS;
    private final Map<String, Integer> effectorIndex = new HashMap<>();
    private final Map<Effector, Integer> effectorOf = new IdentityHashMap<>();
    private final Oracle oracle = new Oracle();
    private EngagementController controller;
    private int scan;

    private final int[] status;
    private final int[] hits;
    private final int[] misses;
    private final int[] consecutiveMisses;
    private final long[] sensors;
    private final int[] pending;
    private final boolean[] killed;
    private final boolean[] stuck;
    private final int[] notYet;
    private final int[] detectedAtScan;
    private final int[] detectedSlot;
    /** Per threat: interceptors fired at it in the run (the doctrine's rounds per threat). */
    private final int[] roundsSpent;
    /** Per threat: where its current track was first seen (the truth at the track's first detection). */
    private final EnuVector[] firstSeen;

    private final int[] roundsLeft;
    private final double[] busyUntilS;
    private final int[] inFlight;

    private double[] arrivalS = new double[16];
    private int[] arrivalThreat = new int[16];
    private int[] arrivalEffector = new int[16];
    private boolean[] arrivalReaches = new boolean[16];
    private int arrivals;

    private final int[] shots;
    private final int[] kills;
    private final double[] layerCostUsd;
    private final int[] inventory;
    private double costUsd;
    private int nextGrid;
    private final List<EngagementModel.Row> candidates = new ArrayList<>();
    private final boolean[] canFire;
    private final String[] layerNames;

    EngagementRun(EngagementModel model, double[] gridS) {
        this.m = model;
        this.gridS = gridS.clone();
        for (int e = 0; e < model.effectors; e++) {
            Effector effector = model.world.effectors().get(e);
            effectorIndex.put(effector.id(), e);
            effectorOf.put(effector, e);
        }
        int n = model.threats;
        status = new int[n];
        hits = new int[n];
        misses = new int[n];
        consecutiveMisses = new int[n];
        sensors = new long[n];
        pending = new int[n];
        killed = new boolean[n];
        stuck = new boolean[n];
        notYet = new int[n];
        detectedAtScan = new int[n];
        detectedSlot = new int[n];
        roundsSpent = new int[n];
        firstSeen = new EnuVector[n];
        canFire = new boolean[model.effectors];
        layerNames = new String[model.effectors];
        for (int e = 0; e < model.effectors; e++) {
            layerNames[e] = model.world.effectors().get(e).spec().layerName();
        }
        roundsLeft = new int[model.effectors];
        busyUntilS = new double[model.effectors];
        inFlight = new int[model.effectors];
        shots = new int[model.layers.size()];
        kills = new int[model.layers.size()];
        layerCostUsd = new double[model.layers.size()];
        inventory = new int[model.layers.size() * gridS.length];
    }

    /** One run with {@code seed}; threats not {@code included} do not exist in it (the raid-size sweep). */
    RunOutcome run(int index, long seed, boolean[] included) {
        reset();
        // A controller per run: it numbers its recommendations, and a run must not depend on the runs before it.
        controller = new EngagementController(
                oracle, m.doctrine, m.weaponsControl, m.identifier, new SimulationAuthority(), m.controllerSettings);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int k = 0; k < m.scanTimeS.length; k++) {
            double t = m.scanTimeS[k];
            arrive(t, rng);
            sampleInventory(t);
            detect(k, included, rng);
            updateTracks(k, included, rng);
            decide(k, included);
        }
        arrive(m.durationS, rng);
        sampleInventory(Double.POSITIVE_INFINITY);
        return outcome(index, seed, included);
    }

    private void reset() {
        Arrays.fill(status, NO_TRACK);
        Arrays.fill(hits, 0);
        Arrays.fill(misses, 0);
        Arrays.fill(consecutiveMisses, 0);
        Arrays.fill(sensors, 0);
        Arrays.fill(pending, 0);
        Arrays.fill(killed, false);
        Arrays.fill(stuck, false);
        Arrays.fill(detectedAtScan, -1);
        Arrays.fill(roundsSpent, 0);
        Arrays.fill(firstSeen, null);
        System.arraycopy(m.magazine, 0, roundsLeft, 0, roundsLeft.length);
        Arrays.fill(busyUntilS, 0);
        Arrays.fill(inFlight, 0);
        Arrays.fill(shots, 0);
        Arrays.fill(kills, 0);
        Arrays.fill(layerCostUsd, 0);
        arrivals = 0;
        costUsd = 0;
        nextGrid = 0;
    }

    private void detect(int k, boolean[] included, SplittableRandom rng) {
        int[] in = m.scanThreats[k];
        double[] pd = m.scanPd[k];
        for (int j = 0; j < in.length; j++) {
            int i = in[j];
            if (included[i] && !killed[i] && rng.nextDouble() < pd[j]) {
                detectedAtScan[i] = k;
                detectedSlot[i] = j;
            }
        }
    }

    /**
     * The tracker's bookkeeping for each threat's track, as {@code MultiTargetTracker} keeps it: a detection updates
     * the track (or starts one); a miss counts only against a track the scanning radar has seen; a tentative track is
     * confirmed at M hits and dropped once M of N is out of reach; a confirmed one is deleted after the configured
     * misses in a row. Association is assumed right: each detection goes to its own threat's track.
     */
    private void updateTracks(int k, boolean[] included, SplittableRandom rng) {
        long bit = 1L << Math.min(63, m.scanRadar[k]);
        for (int i = 0; i < m.threats; i++) {
            if (!included[i]) {
                continue;
            }
            boolean detected = detectedAtScan[i] == k;
            if (status[i] == NO_TRACK) {
                if (detected) {
                    hits[i] = 1;
                    misses[i] = 0;
                    consecutiveMisses[i] = 0;
                    sensors[i] = bit;
                    status[i] = 1 >= m.confirmHits ? CONFIRMED : TENTATIVE;
                    firstSeen[i] = m.scanTruthEnu[k][detectedSlot[i]];
                    // a new track: will its first evaluations class it ballistic for good?
                    int sample = rng.nextInt(EngagementModel.YOUNG_TRACK_SAMPLES);
                    stuck[i] = m.youngStuck[i][sample];
                    notYet[i] = m.youngDelay[i][sample];
                }
                continue;
            }
            if (detected) {
                hits[i]++;
                consecutiveMisses[i] = 0;
                sensors[i] |= bit;
            } else if ((sensors[i] & bit) != 0) {
                misses[i]++;
                consecutiveMisses[i]++;
            }
            if (status[i] == TENTATIVE) {
                if (hits[i] >= m.confirmHits) {
                    status[i] = CONFIRMED;
                } else if (misses[i] > m.confirmWindow - m.confirmHits) {
                    status[i] = NO_TRACK;
                }
            } else if (consecutiveMisses[i] >= m.deleteMisses) {
                status[i] = NO_TRACK;
            }
        }
    }

    /**
     * One decision round, the engagement-level mirror of the full run's {@code Simulation.decide}: the confirmed
     * tracks, in the evaluator's order, with their rounds spent and interceptors in flight, and every effector's
     * rounds ready and free fire channels go to the controller; the rounds it approves are fired.
     *
     * <p>Only tracks the controller could give a round are handed over: it would give the others none for a reason
     * fixed before any effector is considered (not threatening, interceptors in flight, no fresh plot, rounds per
     * threat spent) or because no effector has both an intercept to commit now and a round, a free channel and no
     * weapons hold; a track without a round changes nothing for the others, and handing it over would only cost the
     * formatting of its reasons, which a Monte Carlo run does not keep.
     */
    private void decide(int k, boolean[] included) {
        EngagementModel.Row[] atScan = m.committable[k];
        EngagementModel.Row[] atScanStuck = m.committableStuck[k];
        double now = m.scanTimeS[k];
        SimTime nowTime = m.scanTime[k];
        int ready = 0; // effectors that could fire a round now, weapons control permitting
        for (int e = 0; e < m.effectors; e++) {
            canFire[e] = roundsAvailable(e, now) > 0
                    && freeChannels(e) > 0
                    && m.weaponsControl.statusAt(layerNames[e], nowTime) != WeaponsControlStatus.HOLD;
            ready += canFire[e] ? 1 : 0;
        }
        candidates.clear();
        for (int i = 0; i < m.threats; i++) {
            if (!included[i] || status[i] != CONFIRMED || consecutiveMisses[i] > 0) {
                continue;
            }
            if (notYet[i] > 0) {
                if (m.referenceEngages[i].get(k)) {
                    notYet[i]--; // a young track's noisy estimate does not yet show the threat on an asset
                }
                continue;
            }
            if (ready == 0 || pending[i] > 0) {
                continue;
            }
            EngagementModel.Row row = stuck[i] ? atScanStuck[i] : atScan[i];
            if (row == null || m.doctrine.forClass(row.threatClass).roundsNext(roundsSpent[i]) == 0) {
                continue;
            }
            boolean option = false;
            for (int e = 0; e < m.effectors && !option; e++) {
                option = row.committed[e] && canFire[e];
            }
            if (option) {
                candidates.add(row);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        candidates.sort(PRIORITY);
        List<TrackPicture> pictures = new ArrayList<>(candidates.size());
        for (EngagementModel.Row row : candidates) {
            int i = threatOf(row.assessment);
            pictures.add(new TrackPicture(row.assessment, firstSeen[i], true, 0, roundsSpent[i]));
        }
        List<EffectorStatus> effectors = new ArrayList<>(m.effectors);
        for (int e = 0; e < m.effectors; e++) {
            effectors.add(new EffectorStatus(m.world.effectors().get(e), roundsAvailable(e, now), freeChannels(e)));
        }
        scan = k;
        EngagementDecision d = controller.decide(m.scanTime[k], pictures, effectors);
        for (ApprovedEngagement a : d.approved()) {
            EngagementRecommendation r = a.recommendation();
            fire(k, effectorIndex.get(r.effectorId()), (int) r.trackId().value() - 1, r);
        }
    }

    private static int threatOf(ThreatAssessment a) {
        return (int) a.trackId().value() - 1;
    }

    /**
     * The controller's intercepts, from the model's table. At the decision scan it is the solution the full run's
     * solver would give on the reference track's predicted path, launch no earlier than now. The layering rule asks
     * whether an effector could still intercept after the look that follows an intercept, at a later time t; that is
     * answered from the row at the first scan at or after t: the solution on the reference track's path as predicted
     * at that scan, from that scan's time. That differs from the full run (which solves on the path predicted now,
     * from t exactly) by the path's change over the interval and by less than one scan interval of launch time, and
     * it finds no second chance where the reference track at that scan would not be engaged or is not held (out of
     * coverage, or past the end of the run's scans).
     */
    private final class Oracle implements InterceptOracle {
        @Override
        public Optional<InterceptSolution> solve(Effector effector, ThreatAssessment threat, SimTime at) {
            int i = threatOf(threat);
            int k = at.isAfter(m.scanTime[scan]) ? m.firstScanAtOrAfter(at, scan + 1) : scan;
            if (k >= m.scans()) {
                return Optional.empty();
            }
            EngagementModel.Row row = (stuck[i] ? m.rowsStuck : m.rows)[k][i];
            return row == null ? Optional.empty() : Optional.ofNullable(row.solutions[effectorOf.get(effector)]);
        }
    }

    private int roundsAvailable(int e, double now) {
        return now >= busyUntilS[e] ? roundsLeft[e] : 0;
    }

    private int freeChannels(int e) {
        return Math.max(0, m.fireChannels[e] - inFlight[e]);
    }

    private void fire(int k, int e, int i, EngagementRecommendation a) {
        double now = m.scanTimeS[k];
        roundsLeft[e]--;
        if (roundsLeft[e] == 0) { // EffectorState.reload: full again reloadS after now (or after a reload under way)
            double start = Math.max(busyUntilS[e], now);
            roundsLeft[e] = m.magazine[e];
            busyUntilS[e] = SimTime.ofSeconds(start).shiftedBy(m.reloadS[e]).seconds();
        }
        inFlight[e]++;
        pending[i]++;
        roundsSpent[i]++;
        shots[m.layerOf[e]]++;
        costUsd += a.costPerShotUsd();
        layerCostUsd[m.layerOf[e]] += a.costPerShotUsd();
        schedule(a.solution().interceptTime().seconds(), i, e, (stuck[i] ? m.rowsStuck : m.rows)[k][i].reaches[e]);
    }

    /** Keeps arrivals in time order; equal times in the order they were scheduled. */
    private void schedule(double atS, int i, int e, boolean reaches) {
        if (arrivals == arrivalS.length) {
            int n = 2 * arrivals;
            arrivalS = Arrays.copyOf(arrivalS, n);
            arrivalThreat = Arrays.copyOf(arrivalThreat, n);
            arrivalEffector = Arrays.copyOf(arrivalEffector, n);
            arrivalReaches = Arrays.copyOf(arrivalReaches, n);
        }
        int p = arrivals;
        while (p > 0 && arrivalS[p - 1] > atS) {
            arrivalS[p] = arrivalS[p - 1];
            arrivalThreat[p] = arrivalThreat[p - 1];
            arrivalEffector[p] = arrivalEffector[p - 1];
            arrivalReaches[p] = arrivalReaches[p - 1];
            p--;
        }
        arrivalS[p] = atS;
        arrivalThreat[p] = i;
        arrivalEffector[p] = e;
        arrivalReaches[p] = reaches;
        arrivals++;
    }

    /**
     * Interceptors arriving up to {@code t} (they come before a scan at the same instant): a kill draw with the
     * layer's Pk against the true class if the threat is still airborne and within the seeker's reach.
     */
    private void arrive(double t, SplittableRandom rng) {
        int done = 0;
        while (done < arrivals && arrivalS[done] <= t) {
            double at = arrivalS[done];
            int i = arrivalThreat[done];
            int e = arrivalEffector[done];
            pending[i]--;
            inFlight[e]--;
            if (arrivalReaches[done] && !killed[i] && at < m.endS[i] && rng.nextDouble() < m.pkTrue[e][i]) {
                killed[i] = true;
                kills[m.layerOf[e]]++;
            }
            done++;
        }
        if (done > 0) {
            int left = arrivals - done;
            System.arraycopy(arrivalS, done, arrivalS, 0, left);
            System.arraycopy(arrivalThreat, done, arrivalThreat, 0, left);
            System.arraycopy(arrivalEffector, done, arrivalEffector, 0, left);
            System.arraycopy(arrivalReaches, done, arrivalReaches, 0, left);
            arrivals = left;
        }
    }

    /** Records the inventory at the grid times before {@code t} (nothing changes it between scans). */
    private void sampleInventory(double t) {
        int g = gridS.length;
        while (nextGrid < g && gridS[nextGrid] < t) {
            double at = gridS[nextGrid];
            for (int l = 0; l < shots.length; l++) {
                inventory[l * g + nextGrid] = 0;
            }
            for (int e = 0; e < m.effectors; e++) {
                inventory[m.layerOf[e] * g + nextGrid] += roundsAvailable(e, at);
            }
            nextGrid++;
        }
    }

    private RunOutcome outcome(int index, long seed, boolean[] included) {
        int launched = 0;
        int intercepted = 0;
        int leakers = 0;
        int[] perAsset = new int[m.assets];
        double valueLost = 0;
        double attackerUsd = 0;
        for (int i = 0; i < m.threats; i++) {
            if (!included[i] || !m.launched[i]) {
                continue;
            }
            launched++;
            attackerUsd += m.attackerCostUsd[i];
            if (killed[i]) {
                intercepted++;
            } else if (m.endS[i] <= m.durationS && m.impactAsset[i] >= 0) {
                leakers++;
                perAsset[m.impactAsset[i]]++;
                valueLost += m.world.assets().get(m.impactAsset[i]).value();
            }
        }
        return new RunOutcome(
                index,
                seed,
                launched,
                intercepted,
                leakers,
                perAsset,
                valueLost,
                shots,
                kills,
                layerCostUsd,
                costUsd,
                attackerUsd,
                inventory);
    }
}
