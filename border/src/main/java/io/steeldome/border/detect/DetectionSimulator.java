package io.steeldome.border.detect;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.crossing.CrosserKind;
import io.steeldome.border.crossing.DayClock;
import io.steeldome.border.crossing.TimedPath;
import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.LineOfSight;
import io.steeldome.core.terrain.LineOfSightOptions;
import io.steeldome.core.time.SimTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded detections of timed crossers by stations over a DEM. Every {@code lookPeriodS} (on a global grid of times,
 * multiples of the period from the epoch) each station looks at each crosser then on its path: it can detect it if the
 * slant range from the sensor (mast top) is within the station's range and, for the sensors that need one, the line
 * of sight from the mast to {@link CrosserKind#targetHeightM()} above the crosser's ground is clear ({@link
 * LineOfSight}, 4/3 earth); then with probability {@link LookModel#probability}. A detection's horizontal position is
 * the truth plus Gaussian noise of {@link LookModel#radialSigmaM} along the bearing from the station and {@link
 * LookModel#crossSigmaM} across it.
 *
 * <p>False plots ({@link FalseAlarmModel}, none by default): at each look of the window given to {@link
 * #simulate(Map, long, SimTime, SimTime)} each station reports a Poisson number of them, uniform over the disc of its
 * range, with the error ellipse its type would have at that range (a position drawn uniformly needs no further noise:
 * uniform plus noise is uniform again). They carry {@link StationDetection#NO_TRUTH} as their truth.
 *
 * <p>Deterministic for a seed: stations are visited in id order and crossers in the order given, and one generator
 * serves all draws for crossers; false plots draw from a second generator split off a copy of the first, so the
 * crossers' detections are the same whatever the false-alarm rates.
 */
public final class DetectionSimulator {
    private final ElevationRaster dem;
    private final List<Station> stations;
    private final double lookPeriodS;
    private final double refractionK;
    private final FalseAlarmModel falseAlarms;

    public DetectionSimulator(
            ElevationRaster dem, List<Station> stations, double lookPeriodS, FalseAlarmModel falseAlarms) {
        this.dem = dem;
        this.falseAlarms = Objects.requireNonNull(falseAlarms, "falseAlarms");
        this.stations =
                stations.stream().sorted(Comparator.comparing(Station::id)).toList();
        this.lookPeriodS = Checks.positive("lookPeriodS", lookPeriodS, "s");
        this.refractionK = LineOfSightOptions.DEFAULT_REFRACTION_K;
    }

    public DetectionSimulator(ElevationRaster dem, List<Station> stations, double lookPeriodS) {
        this(dem, stations, lookPeriodS, FalseAlarmModel.none());
    }

    public DetectionSimulator(ElevationRaster dem, List<Station> stations) {
        this(dem, stations, LookModel.LOOK_PERIOD_S);
    }

    public FalseAlarmModel falseAlarms() {
        return falseAlarms;
    }

    public List<Station> stations() {
        return stations;
    }

    public double lookPeriodS() {
        return lookPeriodS;
    }

    /** The times at which stations look while {@code path} is under way. */
    public List<SimTime> lookTimes(TimedPath path) {
        List<SimTime> out = new ArrayList<>();
        long k = (long) Math.ceil(path.start().seconds() / lookPeriodS - 1e-9);
        for (; k * lookPeriodS <= path.end().seconds() + 1e-9; k++) {
            out.add(SimTime.ofSeconds(k * lookPeriodS));
        }
        return out;
    }

    /** Whether {@code station} could see the crosser of {@code kind} at ground point {@code p} (range and terrain). */
    public boolean inView(Station station, CrosserKind kind, GeodeticPoint p) {
        double slant = slantRangeM(station, kind, p);
        if (!(slant <= station.rangeM())) {
            return false;
        }
        if (!LookModel.needsLineOfSight(station.type())) {
            return true;
        }
        return LineOfSight.check(
                        dem,
                        station.position(),
                        p,
                        new LineOfSightOptions(station.mastHeightM(), kind.targetHeightM(), refractionK))
                .visible();
    }

    /** Slant range from the sensor to the crosser, m (ground distance for a UGS field). */
    public double slantRangeM(Station station, CrosserKind kind, GeodeticPoint p) {
        double gs = dem.sample(station.position()).orElse(station.position().hM());
        double gt = dem.sample(p).orElse(p.hM());
        LocalFrame f = LocalFrame.at(station.position().withHeight(gs + station.mastHeightM()));
        EnuVector v = f.toEnu(p.withHeight(gt + kind.targetHeightM()));
        if (!LookModel.needsLineOfSight(station.type())) {
            return Math.hypot(v.eastM(), v.northM());
        }
        return Math.sqrt(v.eastM() * v.eastM() + v.northM() * v.northM() + v.upM() * v.upM());
    }

    /**
     * Detections of the crossers ({@code paths}, keyed by crossing id, in the map's iteration order), sorted by time
     * then station id.
     */
    public List<StationDetection> simulate(Map<String, TimedPath> paths, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        SimTime first = null;
        SimTime last = null;
        for (TimedPath p : paths.values()) {
            first = first == null || p.start().isBefore(first) ? p.start() : first;
            last = last == null || p.end().isAfter(last) ? p.end() : last;
        }
        List<StationDetection> out = new ArrayList<>();
        if (first == null) {
            return out;
        }
        long k0 = (long) Math.ceil(first.seconds() / lookPeriodS - 1e-9);
        for (long k = k0; k * lookPeriodS <= last.seconds() + 1e-9; k++) {
            SimTime t = SimTime.ofSeconds(k * lookPeriodS);
            boolean day = DayClock.isDay(t);
            for (Station s : stations) {
                for (Map.Entry<String, TimedPath> e : paths.entrySet()) {
                    TimedPath path = e.getValue();
                    if (t.isBefore(path.start()) || t.isAfter(path.end())) {
                        continue;
                    }
                    GeodeticPoint p = path.positionAt(t);
                    CrosserKind kind = path.kind();
                    double slant = slantRangeM(s, kind, p);
                    if (!(slant <= s.rangeM())) {
                        continue;
                    }
                    double pd = LookModel.probability(s.type(), kind, slant, day);
                    if (pd <= 0 || !inView(s, kind, p)) {
                        continue;
                    }
                    if (rng.nextDouble() >= pd) {
                        continue;
                    }
                    PositionUncertainty u = errorEllipse(s, slant, p);
                    out.add(new StationDetection(t, s.id(), s.type(), noisy(p, u, rng), u, e.getKey()));
                }
            }
        }
        return out;
    }

    /**
     * Detections of the crossers as {@link #simulate(Map, long)}, plus false plots at every look from {@code from} to
     * {@code to} (inclusive, on the same grid of look times), sorted by time then station id (a look's true
     * detections before its false plots). With all rates 0 the result equals {@link #simulate(Map, long)}.
     */
    public List<StationDetection> simulate(Map<String, TimedPath> paths, long seed, SimTime from, SimTime to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<StationDetection> out = new ArrayList<>(simulate(paths, seed));
        if (!falseAlarms.any()) {
            return out;
        }
        out.addAll(falsePlots(new SplittableRandom(seed).split(), from, to));
        // Stable: within one time and station the true detections stay first, in their order.
        out.sort(Comparator.comparing(StationDetection::time).thenComparing(StationDetection::stationId));
        return out;
    }

    private List<StationDetection> falsePlots(SplittableRandom rng, SimTime from, SimTime to) {
        List<StationDetection> out = new ArrayList<>();
        long k0 = (long) Math.ceil(from.seconds() / lookPeriodS - 1e-9);
        for (long k = k0; k * lookPeriodS <= to.seconds() + 1e-9; k++) {
            SimTime t = SimTime.ofSeconds(k * lookPeriodS);
            for (Station s : stations) {
                int n = poisson(falseAlarms.perLook(s.type(), lookPeriodS), rng);
                for (int i = 0; i < n; i++) {
                    // Uniform over the disc: the CDF of the ground range is (r/R)^2.
                    double r = s.rangeM() * Math.sqrt(rng.nextDouble());
                    double az = 2 * Math.PI * rng.nextDouble();
                    LocalFrame f = LocalFrame.at(s.position().withHeight(0));
                    GeodeticPoint q = f.toGeodetic(new EnuVector(r * Math.sin(az), r * Math.cos(az), 0));
                    q = q.withHeight(dem.sample(q).orElse(s.position().hM()) + 2);
                    PositionUncertainty u = errorEllipse(s, r, q);
                    out.add(new StationDetection(t, s.id(), s.type(), q, u, StationDetection.NO_TRUTH));
                }
            }
        }
        return out;
    }

    /** A Poisson draw of mean {@code mean} (Knuth's product of uniforms; means here are small). */
    static int poisson(double mean, SplittableRandom rng) {
        if (!(mean > 0)) {
            return 0;
        }
        double limit = Math.exp(-mean);
        int k = 0;
        double p = rng.nextDouble();
        while (p > limit) {
            k++;
            p *= rng.nextDouble();
        }
        return k;
    }

    /** Per-look detection probability of the crosser at {@code p} (0 if out of view), by the station's model. */
    public double lookProbability(Station station, CrosserKind kind, GeodeticPoint p, SimTime t) {
        if (!inView(station, kind, p)) {
            return 0;
        }
        return LookModel.probability(station.type(), kind, slantRangeM(station, kind, p), DayClock.isDay(t));
    }

    /** The error ellipse of a detection at {@code p}: radial and cross-range sigmas about the bearing from the station. */
    private static PositionUncertainty errorEllipse(Station s, double slant, GeodeticPoint p) {
        double radial = LookModel.radialSigmaM(s.type(), slant);
        double cross = LookModel.crossSigmaM(s.type(), slant);
        double bearing = Geodesy.inverse(s.position(), p).azimuth2Rad();
        return radial >= cross
                ? new PositionUncertainty(radial, cross, bearing)
                : new PositionUncertainty(cross, radial, bearing + Math.PI / 2);
    }

    private GeodeticPoint noisy(GeodeticPoint truth, PositionUncertainty u, SplittableRandom rng) {
        double a = rng.nextGaussian() * u.semiMajorM();
        double b = rng.nextGaussian() * u.semiMinorM();
        double so = Math.sin(u.orientationRad());
        double co = Math.cos(u.orientationRad());
        // major axis (east, north) = (sin o, cos o), minor axis = (cos o, -sin o)
        LocalFrame f = LocalFrame.at(truth.withHeight(0));
        GeodeticPoint q = f.toGeodetic(new EnuVector(a * so + b * co, a * co - b * so, 0));
        double ground = dem.sample(q).orElse(truth.hM());
        return q.withHeight(ground + 2);
    }
}
