package io.steeldome.border.detect;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.crossing.CrosserKind;
import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.state.StateLayout;
import io.steeldome.tracking.tracker.Detection;
import io.steeldome.tracking.tracker.MultiTargetTracker;
import io.steeldome.tracking.tracker.Track;
import io.steeldome.tracking.tracker.TrackId;
import io.steeldome.tracking.tracker.TrackerConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fuses station detections into tracks with the tracking module's {@link MultiTargetTracker} (GNN, Kalman filter,
 * M-of-N confirmation) and turns confirmed tracks into {@link TrackAlert}s.
 *
 * <p>Tracks live in a local ENU frame whose tangent plane touches the ellipsoid at {@code origin} (the sector's
 * middle, say): a nearly-constant-velocity model with q = {@link #PROCESS_NOISE_M2PS3} (walkers and vehicles turn and
 * stop gently; assumed). Each look time is one scan per station, in station-id order, so a track counts a miss only
 * from stations that have seen it before (the tracker's multi-sensor rule). A detection's covariance is its
 * horizontal error ellipse and {@link #UP_SIGMA_M} up (its height is the DEM's ground, so that is the DEM's
 * and the ground-projection's error; assumed). Confirmation 3 of 5, deletion after 5 misses or 2 km of position sigma.
 */
public final class AlertFuser {
    public static final double PROCESS_NOISE_M2PS3 = 0.5;
    public static final double UP_SIGMA_M = 20;

    private final LocalFrame frame;
    private final List<String> stationIds;
    private final double lookPeriodS;
    private final SectorLocator sectors;
    private final TrackerConfig config;

    /** What a run produced: each track's first alert (at confirmation) and its latest, keyed by track. */
    public record Result(List<TrackAlert> first, List<TrackAlert> latest) {
        public Result {
            first = List.copyOf(first);
            latest = List.copyOf(latest);
        }
    }

    public AlertFuser(GeodeticPoint origin, List<Station> stations, double lookPeriodS, SectorLocator sectors) {
        this.frame = LocalFrame.at(origin);
        this.stationIds = stations.stream().map(Station::id).sorted().toList();
        this.lookPeriodS = Checks.positive("lookPeriodS", lookPeriodS, "s");
        this.sectors = sectors;
        this.config = new TrackerConfig(ConstantVelocity.continuousEnu(PROCESS_NOISE_M2PS3), 16.27, 3, 5, 5, 40, 2_000);
    }

    public TrackerConfig trackerConfig() {
        return config;
    }

    /** Runs the tracker over {@code detections} (any order) from the first look time to a few after the last. */
    public Result fuse(List<StationDetection> detections) {
        TreeMap<Long, Map<String, List<Detection>>> byTick = new TreeMap<>();
        for (StationDetection d : detections) {
            long k = Math.round(d.time().seconds() / lookPeriodS);
            EnuVector v = frame.toEnu(d.position());
            double[] en = d.uncertainty().covarianceEnM2();
            double[][] cov = {{en[0], en[1], 0}, {en[1], en[2], 0}, {0, 0, UP_SIGMA_M * UP_SIGMA_M}};
            byTick.computeIfAbsent(k, x -> new HashMap<>())
                    .computeIfAbsent(d.stationId(), x -> new ArrayList<>())
                    .add(new Detection(d.time(), d.stationId(), v.eastM(), v.northM(), v.upM(), cov));
        }
        MultiTargetTracker tracker = new MultiTargetTracker(config);
        Map<TrackId, Integer> hits = new HashMap<>();
        Map<TrackId, TreeSet<String>> seenBy = new HashMap<>();
        Map<TrackId, TrackAlert> first = new LinkedHashMap<>();
        Map<TrackId, TrackAlert> latest = new LinkedHashMap<>();
        if (byTick.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        long kLast = byTick.lastKey() + config.maxConsecutiveMisses();
        for (long k = byTick.firstKey(); k <= kLast; k++) {
            SimTime t = SimTime.ofSeconds(k * lookPeriodS);
            Map<String, List<Detection>> scan = byTick.getOrDefault(k, Map.of());
            List<Track> tracks = List.of();
            for (String sid : stationIds) {
                tracks = tracker.process(t, sid, scan.getOrDefault(sid, List.of()));
                for (Track tr : tracks) {
                    int before = hits.getOrDefault(tr.id(), 0);
                    if (tr.hits() > before) {
                        seenBy.computeIfAbsent(tr.id(), x -> new TreeSet<>()).add(sid);
                    }
                    hits.put(tr.id(), tr.hits());
                }
            }
            for (Track tr : tracks) {
                if (tr.isConfirmed() && tr.consecutiveMisses() == 0) {
                    TrackAlert a = alert(tr, seenBy.getOrDefault(tr.id(), new TreeSet<>()));
                    first.putIfAbsent(tr.id(), a);
                    latest.put(tr.id(), a);
                }
            }
        }
        return new Result(new ArrayList<>(first.values()), new ArrayList<>(latest.values()));
    }

    private TrackAlert alert(Track tr, TreeSet<String> stations) {
        GaussianState s = tr.state();
        double e = s.meanAt(StateLayout.EAST);
        double n = s.meanAt(StateLayout.NORTH);
        double u = s.meanAt(StateLayout.UP);
        double ve = s.meanAt(StateLayout.V_EAST);
        double vn = s.meanAt(StateLayout.V_NORTH);
        GeodeticPoint p = frame.toGeodetic(new EnuVector(e, n, u));
        PositionUncertainty ellipse = PositionUncertainty.ofCovariance(
                s.covarianceAt(StateLayout.EAST, StateLayout.EAST),
                s.covarianceAt(StateLayout.EAST, StateLayout.NORTH),
                s.covarianceAt(StateLayout.NORTH, StateLayout.NORTH));
        double speed = Math.hypot(ve, vn);
        double pee = s.covarianceAt(StateLayout.V_EAST, StateLayout.V_EAST);
        double pnn = s.covarianceAt(StateLayout.V_NORTH, StateLayout.V_NORTH);
        double pen = s.covarianceAt(StateLayout.V_EAST, StateLayout.V_NORTH);
        double speedVar = speed > 1e-9
                ? (ve * ve * pee + 2 * ve * vn * pen + vn * vn * pnn) / (speed * speed)
                : 0.5 * (pee + pnn);
        Map<CrosserKind, Double> post = SpeedClassifier.posterior(speed, Math.sqrt(Math.max(0, speedVar)));
        CrosserKind best = CrosserKind.PEDESTRIAN_GROUP;
        for (CrosserKind k : CrosserKind.values()) {
            if (post.get(k) > post.get(best)) {
                best = k;
            }
        }
        double heading = Math.atan2(ve, vn);
        heading = heading < 0 ? heading + 2 * Math.PI : heading;
        return new TrackAlert(
                "A" + tr.id().value(),
                tr.state().time(),
                p,
                ellipse,
                speed,
                Math.sqrt(Math.max(0, speedVar)),
                heading,
                best,
                post.get(best),
                sectors.sectorOf(p),
                List.copyOf(stations));
    }
}
