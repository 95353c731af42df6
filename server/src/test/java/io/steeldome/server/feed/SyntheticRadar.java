package io.steeldome.server.feed;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.interop.asterix.AsterixCatalog;
import io.steeldome.interop.asterix.AsterixEncoder;
import io.steeldome.server.api.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rotating secondary radar (clockwise, 4 s per revolution, 32 sectors) watching constant-velocity targets, as
 * ASTERIX datagrams: per sector, the CAT048 plots the antenna took in it, then the CAT034 message that closes it
 * (sector crossing, I034/000 = 2, at the sector's end azimuth; the north marker, = 1, after the last sector, carrying
 * the site in I034/120). The truth is the core module's GeographicLib geodesy: a target flies a geodesic at constant
 * speed and height from its start point. A plot is taken when the antenna's azimuth meets the target's (solved by a
 * few fixed-point steps, time of day rounded to the 1/128 s of I048/140), and its slant range and azimuth get seeded
 * Gaussian noise of {@link io.steeldome.interop.radar.RadarSite#typicalSsr} (70 m, 0.08 deg); the Mode C height is
 * exact (heights are whole quarter flight levels).
 */
final class SyntheticRadar {
    static final double ROTATION_S = 4;
    static final int SECTORS = 32;
    static final double RANGE_SIGMA_M = 70;
    static final double AZIMUTH_SIGMA_DEG = 0.08;
    private static final double LAT_LON_LSB_DEG = 180.0 / (1 << 23); // I034/120

    /** A target: start point (with its height), geodesic course and ground speed. */
    record Target(GeodeticPoint start, double courseRad, double speedMps) {
        GeodeticPoint at(double sinceStartS) {
            return Geodesy.direct(start, courseRad, speedMps * sinceStartS);
        }
    }

    final int sac;
    final int sic;
    final GeodeticPoint site;
    final double startTodS;
    final List<Target> targets;
    private final LocalFrame frame;
    private final Random random;
    private final AsterixEncoder encoder = new AsterixEncoder(AsterixCatalog.defaults());

    /**
     * @param site antenna; snapped to the I034/120 grid so that a learned site is the true one
     * @param startTodS time of day of revolution 0's start (north), s
     */
    SyntheticRadar(int sac, int sic, GeodeticPoint site, double startTodS, List<Target> targets, long seed) {
        this.sac = sac;
        this.sic = sic;
        this.site = GeodeticPoint.ofDegrees(
                Math.round(site.latDeg() / LAT_LON_LSB_DEG) * LAT_LON_LSB_DEG,
                Math.round(site.lonDeg() / LAT_LON_LSB_DEG) * LAT_LON_LSB_DEG,
                Math.round(site.hM()));
        this.startTodS = startTodS;
        this.targets = List.copyOf(targets);
        this.frame = LocalFrame.at(this.site);
        this.random = new Random(seed);
    }

    /** A target {@code rangeM} from the site at {@code bearingDeg}, {@code flightLevel} (quarter FLs are exact). */
    Target target(double bearingDeg, double rangeM, double flightLevel, double courseDeg, double speedMps) {
        GeodeticPoint p = Geodesy.direct(site, Math.toRadians(bearingDeg), rangeM);
        return new Target(p.withHeight(flightLevel * 30.48), Math.toRadians(courseDeg), speedMps);
    }

    /** Truth of target k at time of day {@code todS}. */
    GeodeticPoint truth(int k, double todS) {
        return targets.get(k).at(todS - startTodS);
    }

    /**
     * The datagrams of revolution {@code rev}, one per sector.
     *
     * @param silent targets not reported
     * @param serviceMessages false: plots only (a radar without CAT034)
     */
    List<byte[]> revolution(int rev, Set<Integer> silent, boolean serviceMessages) {
        List<List<JsonNode>> bySector = new ArrayList<>();
        for (int s = 0; s < SECTORS; s++) {
            bySector.add(new ArrayList<>());
        }
        for (int k = 0; k < targets.size(); k++) {
            if (silent.contains(k)) {
                continue;
            }
            double revStart = startTodS + rev * ROTATION_S;
            double t = revStart;
            for (int i = 0; i < 4; i++) {
                t = revStart + azimuthDeg(truth(k, t)) / 360 * ROTATION_S;
            }
            t = Math.round(t * 128) / 128.0;
            EnuVector enu = frame.toEnu(truth(k, t));
            double range = Math.sqrt(enu.eastM() * enu.eastM() + enu.northM() * enu.northM() + enu.upM() * enu.upM());
            double az = azimuthDeg(truth(k, t));
            int sector = Math.min(SECTORS - 1, (int) ((t - revStart) / ROTATION_S * SECTORS));
            double rho = range + RANGE_SIGMA_M * random.nextGaussian();
            double theta = az + AZIMUTH_SIGMA_DEG * random.nextGaussian();
            theta = ((theta % 360) + 360) % 360;
            bySector.get(sector).add(cat048(t, rho, theta, truth(k, t).hM() / 30.48));
        }
        List<byte[]> out = new ArrayList<>();
        for (int s = 0; s < SECTORS; s++) {
            List<JsonNode> records = new ArrayList<>(bySector.get(s));
            if (serviceMessages) {
                records.add(cat034(rev, s));
            }
            if (!records.isEmpty()) {
                out.add(encoder.encodeBlocks(records));
            }
        }
        return out;
    }

    /** Plots in revolution {@code rev}: the targets not silent. */
    int plotCount(Set<Integer> silent) {
        return targets.size() - silent.size();
    }

    private double azimuthDeg(GeodeticPoint p) {
        EnuVector v = frame.toEnu(p);
        double az = Math.toDegrees(Math.atan2(v.eastM(), v.northM()));
        return az < 0 ? az + 360 : az;
    }

    private JsonNode cat048(double todS, double rangeM, double thetaDeg, double flightLevel) {
        ObjectNode items = Json.MAPPER.createObjectNode();
        items.putObject("I048/010").put("SAC", sac).put("SIC", sic);
        items.put("I048/140", todS);
        items.putObject("I048/020")
                .put("TYP", 5)
                .put("SIM", 0)
                .put("RDP", 0)
                .put("SPI", 0)
                .put("RAB", 0);
        items.putObject("I048/040").put("RHO", rangeM / 1852).put("THETA", thetaDeg);
        items.putObject("I048/090").put("V", 0).put("G", 0).put("FL", flightLevel);
        ObjectNode rec = Json.MAPPER.createObjectNode().put("category", 48);
        rec.set("items", items);
        return rec;
    }

    /** The message that closes sector {@code s} of revolution {@code rev}. */
    private JsonNode cat034(int rev, int s) {
        ObjectNode items = Json.MAPPER.createObjectNode();
        items.putObject("I034/010").put("SAC", sac).put("SIC", sic);
        boolean north = s == SECTORS - 1;
        items.put("I034/000", north ? 1 : 2);
        items.put("I034/030", startTodS + rev * ROTATION_S + (s + 1) * ROTATION_S / SECTORS);
        if (north) {
            items.putObject("I034/120")
                    .put("HGT", site.hM())
                    .put("LAT", site.latDeg())
                    .put("LON", site.lonDeg());
        } else {
            items.put("I034/020", (s + 1) * 360.0 / SECTORS);
        }
        ObjectNode rec = Json.MAPPER.createObjectNode().put("category", 34);
        rec.set("items", items);
        return rec;
    }
}
