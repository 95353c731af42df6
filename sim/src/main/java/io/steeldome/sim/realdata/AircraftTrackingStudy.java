package io.steeldome.sim.realdata;

import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.sensors.radar.Radar;
import io.steeldome.sensors.radar.ScanResult;
import io.steeldome.sensors.radar.TargetSnapshot;
import io.steeldome.sensors.spec.RadarSpec;
import io.steeldome.sim.run.Plots;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.state.StateLayout;
import io.steeldome.tracking.tracker.Detection;
import io.steeldome.tracking.tracker.FilteredMultiTargetTracker;
import io.steeldome.tracking.tracker.FilteredTrackerConfig;
import io.steeldome.tracking.tracker.MultiTargetTracker;
import io.steeldome.tracking.tracker.Track;
import io.steeldome.tracking.tracker.TrackerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Tracks a real recorded flight: the ADS-B positions are the truth, a simulated radar (noise, Swerling Pd, clutter,
 * horizon) observes it, and the multi-target tracker follows it through its real manoeuvres. Errors are scored
 * against the recorded positions, split into straight flight and turns.
 */
public final class AircraftTrackingStudy {
    /** Ground-track turn rate above which a scan counts as "turning": 1 deg/s, a quarter of a standard rate turn. */
    public static final double TURNING_RAD_PER_S = Math.toRadians(1);
    /** A confirmed track within this distance of the aircraft counts as tracking it. */
    public static final double SCORING_GATE_M = 2000;

    /**
     * @param label what is being compared (e.g. "CV q=1")
     * @param rcsM2 the aircraft's radar cross-section
     * @param imm empty: the multi-target CV tracker with {@code tracker}; present: the multi-target CV + CT IMM
     *     tracker with {@code tracker}'s life cycle (its motion model is then unused)
     */
    public record Setup(
            String label,
            GeodeticPoint radarSite,
            RadarSpec radar,
            double rcsM2,
            long seed,
            TrackerConfig tracker,
            Optional<ImmSettings> imm) {}

    /**
     * Settings of the CV + coordinated-turn IMM (see {@link FilteredMultiTargetTracker}); a new track's turn rate
     * starts at 0 with {@link #INITIAL_TURN_RATE_SIGMA_RAD_PER_S}.
     */
    public record ImmSettings(
            double cvProcessNoise, double ctProcessNoise, double turnRateDensity, double switchProbability) {
        /** Tuned for airliners at a 10 s revisit: quiet CV, turns up to a few degrees per second. */
        public static final ImmSettings AIRCRAFT = new ImmSettings(1, 10, 1e-3, 0.1);
        /** A standard-rate turn, 3 deg/s. */
        public static final double INITIAL_TURN_RATE_SIGMA_RAD_PER_S = Math.toRadians(3);

        FilteredTrackerConfig.ImmModels models() {
            return new FilteredTrackerConfig.ImmModels(
                    cvProcessNoise,
                    ctProcessNoise,
                    turnRateDensity,
                    switchProbability,
                    INITIAL_TURN_RATE_SIGMA_RAD_PER_S);
        }
    }

    /** One scan: truth and the scoring track (NaN error and id 0 when no confirmed track is near). */
    public record ScanRow(
            double timeS, EnuVector truthEnuM, long trackId, EnuVector estimateEnuM, double errorM, boolean turning) {}

    public record Result(
            String flight,
            String label,
            List<ScanRow> rows,
            double rmseM,
            double rmseStraightM,
            double rmseTurningM,
            double coverage,
            int trackIdChanges,
            int detections,
            int falseAlarms) {
        public Result {
            rows = List.copyOf(rows);
        }
    }

    private AircraftTrackingStudy() {}

    /** The one call the study makes on either tracker. */
    private interface ScanProcessor {
        List<Track> process(SimTime time, String sensorId, List<Detection> detections);
    }

    public static Result run(AdsbFlight flight, Setup setup) {
        LocalFrame frame = LocalFrame.at(setup.radarSite());
        Radar radar = new Radar("radar", setup.radarSite(), setup.radar(), frame);
        ScanProcessor tracker = setup.imm().isPresent()
                ? new FilteredMultiTargetTracker(FilteredTrackerConfig.imm(
                        setup.tracker(), setup.imm().get().models()))::process
                : new MultiTargetTracker(setup.tracker())::process;
        SplittableRandom rng = new SplittableRandom(setup.seed());
        double period = setup.radar().scanPeriodS();
        List<ScanRow> rows = new ArrayList<>();
        int detections = 0;
        int falseAlarms = 0;
        long lastId = 0;
        int idChanges = 0;
        for (double t = flight.startS(); t <= flight.endS(); t += period) {
            // Simulation time counts from the first report; the Unix time is only for reading the truth.
            SimTime now = SimTime.ofSeconds(t - flight.startS());
            EcefPoint truthEcef = flight.positionAt(t);
            ScanResult scan =
                    radar.scan(now, List.of(new TargetSnapshot(flight.name(), truthEcef, setup.rcsM2())), rng);
            detections += scan.targetsDetected();
            falseAlarms += scan.falseAlarms();
            List<Detection> dets = Plots.toDetections(scan.plots());
            EnuVector truth = frame.toEnu(truthEcef);
            long bestId = 0;
            EnuVector bestPos = truth;
            double bestD = Double.POSITIVE_INFINITY;
            for (Track tr : tracker.process(now, radar.id(), dets)) {
                double d = position(tr.state()).minus(truth).norm();
                if (tr.isConfirmed() && d < bestD) {
                    bestD = d;
                    bestId = tr.id().value();
                    bestPos = position(tr.state());
                }
            }
            boolean turning = flight.turnRateRadPerS(t) > TURNING_RAD_PER_S;
            if (bestId != 0 && bestD <= SCORING_GATE_M) {
                long id = bestId;
                if (lastId != 0 && id != lastId) {
                    idChanges++;
                }
                lastId = id;
                rows.add(new ScanRow(now.seconds(), truth, id, bestPos, bestD, turning));
            } else {
                rows.add(new ScanRow(now.seconds(), truth, 0, truth, Double.NaN, turning));
            }
        }
        return new Result(
                flight.name(),
                setup.label(),
                rows,
                rmse(rows, null),
                rmse(rows, false),
                rmse(rows, true),
                rows.stream().filter(r -> !Double.isNaN(r.errorM())).count() / (double) rows.size(),
                idChanges,
                detections,
                falseAlarms);
    }

    private static EnuVector position(GaussianState s) {
        return new EnuVector(s.meanAt(StateLayout.EAST), s.meanAt(StateLayout.NORTH), s.meanAt(StateLayout.UP));
    }

    /** RMSE over tracked scans, all of them or only turning / straight ones. */
    private static double rmse(List<ScanRow> rows, Boolean turning) {
        double sum = 0;
        int n = 0;
        for (ScanRow r : rows) {
            if (!Double.isNaN(r.errorM()) && (turning == null || r.turning() == turning)) {
                sum += r.errorM() * r.errorM();
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(sum / n);
    }
}
