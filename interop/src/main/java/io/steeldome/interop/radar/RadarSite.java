package io.steeldome.interop.radar;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.Objects;

/**
 * A surveillance radar as an ASTERIX source: its data-source identifier (SAC/SIC), the antenna's WGS-84 position and
 * the 1-sigma accuracy its plots are given when they become tracker detections. ASTERIX plots are polar about the
 * antenna, so nothing can be placed on the map without this.
 *
 * @param sac system area code, 0..255
 * @param sic system identification code, 0..255
 * @param antenna antenna position; height above the WGS-84 ellipsoid, m
 * @param rangeSigmaM slant-range accuracy, m
 * @param azimuthSigmaRad azimuth accuracy, rad
 * @param heightSigmaM accuracy of the Mode C height used to fix elevation, m (Mode C is quantised to 100 ft,
 *     which alone is 8.8 m rms)
 */
public record RadarSite(
        int sac, int sic, GeodeticPoint antenna, double rangeSigmaM, double azimuthSigmaRad, double heightSigmaM) {
    public RadarSite {
        Checks.inRange("sac", sac, 0, 255, "");
        Checks.inRange("sic", sic, 0, 255, "");
        Objects.requireNonNull(antenna, "antenna");
        Checks.positive("rangeSigmaM", rangeSigmaM, "m");
        Checks.positive("azimuthSigmaRad", azimuthSigmaRad, "rad");
        Checks.positive("heightSigmaM", heightSigmaM, "m");
    }

    /**
     * Typical secondary surveillance radar accuracies (ICAO Doc 9684 order of magnitude): 70 m in range, 0.08 deg
     * in azimuth, 30 m in height.
     */
    public static RadarSite typicalSsr(int sac, int sic, GeodeticPoint antenna) {
        return new RadarSite(sac, sic, antenna, 70, Math.toRadians(0.08), 30);
    }

    /** SAC and SIC packed as ASTERIX I010 carries them, a convenient map key. */
    public int dataSourceId() {
        return sac << 8 | sic;
    }
}
