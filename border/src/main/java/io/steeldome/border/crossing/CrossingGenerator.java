package io.steeldome.border.crossing;

import io.steeldome.border.BorderError;
import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.geometry.ProtectedSide;
import io.steeldome.border.geometry.Sector;
import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded crossings along a border line (immutable; the {@code with...} methods return changed copies). Each crossing picks a sector with probability proportional to its weight
 * (sector length if no weights), a point uniformly along it, a start {@code farDepthM} from the line on the far side
 * and a goal {@code protectedDepthM} in on the protected side (both perpendicular to the line there, each shifted up to
 * {@code lateralJitterM} along it), a kind from the mix, and a departure time on its day.
 *
 * <p>Time of day (assumption, not data): crossers prefer darkness, so an hour of night ({@link DayClock}) is {@code
 * nightWeight} times as likely as an hour of day; with the default 3, 75 % of crossings leave at night. Within day or
 * night the time is uniform. Departures are spread over days 0 .. days-1, {@code perDay} a day.
 */
public final class CrossingGenerator {
    private final BorderLine line;
    private final int sideSign;
    private final List<Sector> sectors;
    private final double[] cumulativeWeight;
    private final Map<CrosserKind, Double> mix;
    private final double farDepthM;
    private final double protectedDepthM;
    private final double lateralJitterM;
    private final double nightWeight;

    private CrossingGenerator(
            BorderLine line,
            int sideSign,
            List<Sector> sectors,
            double[] cumulativeWeight,
            Map<CrosserKind, Double> mix,
            double farDepthM,
            double protectedDepthM,
            double lateralJitterM,
            double nightWeight) {
        this.line = line;
        this.sideSign = sideSign;
        this.sectors = List.copyOf(sectors);
        this.cumulativeWeight = cumulativeWeight;
        this.mix = new EnumMap<>(mix);
        this.farDepthM = farDepthM;
        this.protectedDepthM = protectedDepthM;
        this.lateralJitterM = lateralJitterM;
        this.nightWeight = nightWeight;
    }

    private static CrossingGenerator create(
            BorderLine line, ProtectedSide side, List<Sector> sectors, double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            Checks.nonNegative("weight", weights[i], "");
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "sector weights", sum, "must sum to more than 0");
        }
        Map<CrosserKind, Double> mix = new EnumMap<>(CrosserKind.class);
        mix.put(CrosserKind.PEDESTRIAN_GROUP, 0.7);
        mix.put(CrosserKind.VEHICLE, 0.2);
        mix.put(CrosserKind.SMALL_DRONE, 0.1);
        return new CrossingGenerator(line, side.signFor(line), sectors, cumulative, mix, 2_000, 3_000, 500, 3);
    }

    /** Uniform along the whole line (one pseudo-sector named after it). */
    public static CrossingGenerator along(BorderLine line, ProtectedSide side) {
        Sector whole = new Sector(line.id(), "", 0, line.lengthM(), line);
        return create(line, side, List.of(whole), new double[] {line.lengthM()});
    }

    /**
     * Weighted per sector: {@code weights[i]} is sector i's relative crossing rate (e.g. {@code
     * siting.CrossingLikelihood} summed over it). Sectors must lie on {@code line} ({@code fromM}, {@code toM} along it).
     */
    public static CrossingGenerator bySector(
            BorderLine line, ProtectedSide side, List<Sector> sectors, double[] weights) {
        if (sectors.size() != weights.length || sectors.isEmpty()) {
            throw new SteeldomeException(
                    BorderError.BAD_OPTION, "weights", weights.length, "need one per sector (" + sectors.size() + ")");
        }
        return create(line, side, sectors, weights.clone());
    }

    /** Starting and ending distances from the line, m. */
    public CrossingGenerator withDepthsM(double farM, double protectedM, double jitterM) {
        return new CrossingGenerator(
                line,
                sideSign,
                sectors,
                cumulativeWeight,
                mix,
                Checks.positive("farDepthM", farM, "m"),
                Checks.positive("protectedDepthM", protectedM, "m"),
                Checks.nonNegative("lateralJitterM", jitterM, "m"),
                nightWeight);
    }

    /** Relative likelihood of an hour of night to an hour of day (1 = no preference). */
    public CrossingGenerator withNightWeight(double weight) {
        return new CrossingGenerator(
                line,
                sideSign,
                sectors,
                cumulativeWeight,
                mix,
                farDepthM,
                protectedDepthM,
                lateralJitterM,
                Checks.positive("nightWeight", weight, ""));
    }

    /** Relative frequency of each kind (absent kinds never occur). */
    public CrossingGenerator withMix(Map<CrosserKind, Double> newMix) {
        double sum = 0;
        for (double w : newMix.values()) {
            sum += Checks.nonNegative("mix weight", w, "");
        }
        if (!(sum > 0)) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "mix", newMix, "must have a positive weight");
        }
        return new CrossingGenerator(
                line,
                sideSign,
                sectors,
                cumulativeWeight,
                newMix,
                farDepthM,
                protectedDepthM,
                lateralJitterM,
                nightWeight);
    }

    /** Fraction of departures at night under the current night weight. */
    public double nightFraction() {
        double nightH = 24 - (DayClock.DUSK_H - DayClock.DAWN_H);
        double dayH = DayClock.DUSK_H - DayClock.DAWN_H;
        return nightWeight * nightH / (nightWeight * nightH + dayH);
    }

    /** {@code perDay} crossings on each of {@code days} days, in departure order; the same seed, the same list. */
    public List<PlannedCrossing> generate(int perDay, int days, long seed) {
        if (perDay < 0 || days < 0) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "perDay/days", perDay + "/" + days, "must be >= 0");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<PlannedCrossing> out = new ArrayList<>(perDay * days);
        double total = cumulativeWeight[cumulativeWeight.length - 1];
        double mixTotal = mix.values().stream().mapToDouble(Double::doubleValue).sum();
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < perDay; i++) {
                int si = sectorIndex(rng.nextDouble() * total);
                Sector sector = sectors.get(si);
                double along = sector.fromM() + rng.nextDouble() * (sector.toM() - sector.fromM());
                along = Math.min(Math.max(along, 0), line.lengthM());
                GeodeticPoint onLine = line.pointAt(along);
                double az = line.azimuthAtRad(along);
                // left of the direction of travel is azimuth - 90 deg; sign +1 means the protected side is the left
                double towardsProtected = az - sideSign * Math.PI / 2;
                GeodeticPoint start = Geodesy.direct(
                        Geodesy.direct(onLine, az, (rng.nextDouble() * 2 - 1) * lateralJitterM),
                        towardsProtected + Math.PI,
                        farDepthM);
                GeodeticPoint goal = Geodesy.direct(
                        Geodesy.direct(onLine, az, (rng.nextDouble() * 2 - 1) * lateralJitterM),
                        towardsProtected,
                        protectedDepthM);
                CrosserKind kind = drawKind(rng.nextDouble() * mixTotal);
                double hour = drawHour(rng);
                SimTime departure = SimTime.ofSeconds(d * DayClock.DAY_S + hour * 3600);
                String id = "X" + d + "-" + i;
                out.add(new PlannedCrossing(id, kind, departure, start, goal, sector.id(), along));
            }
        }
        out.sort((a, b) -> a.departure().compareTo(b.departure()));
        return List.copyOf(out);
    }

    private int sectorIndex(double u) {
        for (int i = 0; i < cumulativeWeight.length; i++) {
            if (u < cumulativeWeight[i]) {
                return i;
            }
        }
        return cumulativeWeight.length - 1;
    }

    private CrosserKind drawKind(double u) {
        double acc = 0;
        CrosserKind last = null;
        for (CrosserKind k : CrosserKind.values()) {
            Double w = mix.get(k);
            if (w == null || w <= 0) {
                continue;
            }
            acc += w;
            last = k;
            if (u < acc) {
                return k;
            }
        }
        return Objects.requireNonNull(last);
    }

    private double drawHour(SplittableRandom rng) {
        double dayH = DayClock.DUSK_H - DayClock.DAWN_H;
        if (rng.nextDouble() < nightFraction()) {
            double h = DayClock.DUSK_H + rng.nextDouble() * (24 - dayH);
            return h >= 24 ? h - 24 : h;
        }
        return DayClock.DAWN_H + rng.nextDouble() * dayH;
    }
}
