package io.steeldome.stream.scenario;

import io.steeldome.core.error.Checks;
import io.steeldome.stream.schema.EnuPlot;
import io.steeldome.stream.schema.GeoOrigin;
import io.steeldome.stream.schema.Plot;
import io.steeldome.stream.schema.PlotScan;
import io.steeldome.stream.schema.PolarPlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded synthetic feed for the tracker service: {@code sectorCount} sectors, each watched by its own sensor scanning
 * once per {@code scanPeriodS}, with constant-velocity targets detected with probability {@code pd} and uniform
 * clutter. Even-numbered sectors send Cartesian ENU plots (sigma {@value #ENU_SIGMA_M} m per axis), odd ones radar
 * polar plots (range sigma {@value #RANGE_SIGMA_M} m, angle sigmas {@value #ANGLE_SIGMA_RAD} rad) from a radar at
 * the sector origin. Each sector has its own random stream split from the seed, so a sector's plots do not depend on
 * how many sectors there are. Sector ids are {@code S01, S02, ...}.
 *
 * @param seed run seed
 * @param sectorCount sectors
 * @param targetsPerSector targets in each sector, flying for the whole run
 * @param clutterPerScan mean clutter plots per scan (Poisson) in the sector's surveillance box
 * @param pd detection probability of a target per scan
 * @param scanPeriodS time between scans, s
 */
public record SyntheticSectors(
        long seed, int sectorCount, int targetsPerSector, double clutterPerScan, double pd, double scanPeriodS) {
    public static final double ENU_SIGMA_M = 25;
    public static final double RANGE_SIGMA_M = 30;
    public static final double ANGLE_SIGMA_RAD = 1e-3;
    /** Clutter box: +-{@value} m east and north of the origin. */
    public static final double BOX_HALF_WIDTH_M = 40_000;
    /** Clutter box: 0 to {@value} m up. */
    public static final double BOX_HEIGHT_M = 8_000;

    private static final double RADAR_MAST_M = 10;

    public SyntheticSectors {
        if (sectorCount < 1 || targetsPerSector < 0) {
            throw new IllegalArgumentException("need >= 1 sector and >= 0 targets");
        }
        Checks.nonNegative("clutterPerScan", clutterPerScan, "");
        Checks.inRange("pd", pd, 0, 1, "");
        Checks.positive("scanPeriodS", scanPeriodS, "s");
    }

    /** A constant-velocity target: position at time 0 (m, sector ENU) and velocity (m/s). */
    public record Target(double eastM, double northM, double upM, double vEastMps, double vNorthMps, double vUpMps) {
        public double[] positionAt(double timeS) {
            return new double[] {eastM + vEastMps * timeS, northM + vNorthMps * timeS, upM + vUpMps * timeS};
        }
    }

    public static String sectorId(int index) {
        return String.format(Locale.ROOT, "S%02d", index + 1);
    }

    /** The origin of sector {@code index}: a 3 x n grid of 0.5 degree steps from 39.5 N 44.0 E. */
    public static GeoOrigin origin(int index) {
        return new GeoOrigin(39.5 + 0.5 * (index % 3), 44.0 + 0.5 * (index / 3), 1500);
    }

    /** The targets of sector {@code index}, 10-30 km from the origin, 1-5 km up, 100-250 m/s level flight. */
    public List<Target> targets(int index) {
        SplittableRandom rng = sectorRandom(index, 1);
        List<Target> out = new ArrayList<>();
        for (int k = 0; k < targetsPerSector; k++) {
            double r = 10_000 + 20_000 * rng.nextDouble();
            double bearing = 2 * Math.PI * rng.nextDouble();
            double speed = 100 + 150 * rng.nextDouble();
            double heading = 2 * Math.PI * rng.nextDouble();
            out.add(new Target(
                    r * Math.sin(bearing),
                    r * Math.cos(bearing),
                    1000 + 4000 * rng.nextDouble(),
                    speed * Math.sin(heading),
                    speed * Math.cos(heading),
                    0));
        }
        return out;
    }

    /** Scans 0 .. scanCount-1 of one sector, in time order. */
    public List<PlotScan> sectorScans(int index, int scanCount) {
        SplittableRandom rng = sectorRandom(index, 2);
        List<Target> targets = targets(index);
        String sector = sectorId(index);
        GeoOrigin origin = origin(index);
        String sensor = "radar-" + sector;
        List<PlotScan> scans = new ArrayList<>(scanCount);
        for (int s = 0; s < scanCount; s++) {
            double t = s * scanPeriodS;
            List<double[]> points = new ArrayList<>();
            for (Target target : targets) {
                if (rng.nextDouble() < pd) {
                    points.add(target.positionAt(t));
                }
            }
            int clutter = poisson(rng, clutterPerScan);
            for (int c = 0; c < clutter; c++) {
                points.add(new double[] {
                    BOX_HALF_WIDTH_M * (2 * rng.nextDouble() - 1),
                    BOX_HALF_WIDTH_M * (2 * rng.nextDouble() - 1),
                    100 + (BOX_HEIGHT_M - 100) * rng.nextDouble()
                });
            }
            shuffle(points, rng);
            List<Plot> plots = new ArrayList<>(points.size());
            for (int k = 0; k < points.size(); k++) {
                String id = sector + "/" + s + "/" + k;
                plots.add(new Plot(id, index % 2 == 0 ? enu(points.get(k), rng) : polar(points.get(k), origin, rng)));
            }
            scans.add(PlotScan.of(sector, sensor, s, t, origin, plots));
        }
        return scans;
    }

    /** Every sector's scans 0 .. scanCount-1, interleaved in time order (scan 0 of every sector, then scan 1, ...). */
    public List<PlotScan> allScans(int scanCount) {
        List<List<PlotScan>> per = new ArrayList<>();
        for (int i = 0; i < sectorCount; i++) {
            per.add(sectorScans(i, scanCount));
        }
        List<PlotScan> out = new ArrayList<>(sectorCount * scanCount);
        for (int s = 0; s < scanCount; s++) {
            for (int i = 0; i < sectorCount; i++) {
                out.add(per.get(i).get(s));
            }
        }
        return out;
    }

    private SplittableRandom sectorRandom(int index, int stream) {
        // Mixes seed, sector and purpose so each sector's streams are independent of the sector count.
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + stream);
    }

    private static EnuPlot enu(double[] p, SplittableRandom rng) {
        return EnuPlot.isotropic(
                p[0] + ENU_SIGMA_M * rng.nextGaussian(),
                p[1] + ENU_SIGMA_M * rng.nextGaussian(),
                p[2] + ENU_SIGMA_M * rng.nextGaussian(),
                ENU_SIGMA_M);
    }

    /** The radar stands on a mast at the sector origin, so its site in the sector frame is (0, 0, mast). */
    private static PolarPlot polar(double[] p, GeoOrigin origin, SplittableRandom rng) {
        double e = p[0];
        double n = p[1];
        double u = p[2] - RADAR_MAST_M;
        double ground = Math.hypot(e, n);
        double range = Math.sqrt(ground * ground + u * u);
        return new PolarPlot(
                range + RANGE_SIGMA_M * rng.nextGaussian(),
                Math.atan2(e, n) + ANGLE_SIGMA_RAD * rng.nextGaussian(),
                Math.atan2(u, ground) + ANGLE_SIGMA_RAD * rng.nextGaussian(),
                RANGE_SIGMA_M,
                ANGLE_SIGMA_RAD,
                ANGLE_SIGMA_RAD,
                origin.latDeg(),
                origin.lonDeg(),
                origin.hM() + RADAR_MAST_M);
    }

    private static int poisson(SplittableRandom rng, double mean) {
        if (mean == 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double prod = rng.nextDouble();
        int k = 0;
        while (prod > limit) {
            prod *= rng.nextDouble();
            k++;
        }
        return k;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
