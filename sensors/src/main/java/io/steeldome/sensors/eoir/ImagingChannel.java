package io.steeldome.sensors.eoir;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import java.util.Objects;

/**
 * One imaging channel (a camera with its optics): a staring focal-plane array behind a lens. Resolution is the
 * instantaneous field of view of one pixel, {@code IFOV = pitch / focal length}; with sampling-limited imaging one
 * cycle (line pair) takes two pixels, so a target of critical dimension Dc at range R spans {@code N = Dc / (2 IFOV R)}
 * cycles (the geometric form used for DRI charts, e.g. FLIR technical note TN-0002; optics MTF, turbulence and
 * display are not modelled, so ranges are upper bounds of the sampling limit).
 *
 * @param name label
 * @param band spectral band
 * @param ifovRad pixel instantaneous field of view, rad
 * @param columns pixels across
 * @param rows pixels down
 * @param thresholdContrast the smallest apparent contrast the channel resolves at the task's spatial frequency:
 *     a contrast ratio (dimensionless) for reflective bands, a temperature difference in K for thermal bands
 */
public record ImagingChannel(String name, Band band, double ifovRad, int columns, int rows, double thresholdContrast) {
    public ImagingChannel {
        if (name == null || name.isBlank()) {
            throw new SteeldomeException(SensorError.BLANK_ID, "name", name);
        }
        Objects.requireNonNull(band, "band");
        Checks.inRange("ifovRad", ifovRad, 1e-9, 0.1, "rad");
        if (columns < 1 || rows < 1) {
            throw new SteeldomeException(SensorError.COUNT_NOT_POSITIVE, "columns x rows", columns + " x " + rows);
        }
        Checks.positive("thresholdContrast", thresholdContrast, band.thermal() ? "K" : "");
    }

    /** From the optics: IFOV = pixel pitch / focal length. */
    public static ImagingChannel ofOptics(
            String name,
            Band band,
            double pixelPitchM,
            double focalLengthM,
            int columns,
            int rows,
            double thresholdContrast) {
        Checks.positive("pixelPitchM", pixelPitchM, "m");
        Checks.positive("focalLengthM", focalLengthM, "m");
        return new ImagingChannel(name, band, pixelPitchM / focalLengthM, columns, rows, thresholdContrast);
    }

    /** From a horizontal field of view: IFOV = FOV / pixels across. */
    public static ImagingChannel ofFieldOfView(
            String name, Band band, double horizontalFovRad, int columns, int rows, double thresholdContrast) {
        Checks.inRange("horizontalFovRad", horizontalFovRad, 1e-6, Math.PI, "rad");
        return new ImagingChannel(name, band, horizontalFovRad / columns, columns, rows, thresholdContrast);
    }

    /** Horizontal field of view, columns x IFOV, rad. */
    public double horizontalFovRad() {
        return columns * ifovRad;
    }

    /** Vertical field of view, rows x IFOV, rad. */
    public double verticalFovRad() {
        return rows * ifovRad;
    }

    /** Cycles resolved across {@code criticalDimensionM} at {@code rangeM}: Dc / (2 IFOV R). */
    public double cyclesOnTarget(double criticalDimensionM, double rangeM) {
        Checks.positive("criticalDimensionM", criticalDimensionM, "m");
        Checks.positive("rangeM", rangeM, "m");
        return criticalDimensionM / (2 * ifovRad * rangeM);
    }

    /** The range at which {@code cycles} are resolved across {@code criticalDimensionM}: Dc / (2 IFOV N), m. */
    public double rangeForCyclesM(double criticalDimensionM, double cycles) {
        Checks.positive("criticalDimensionM", criticalDimensionM, "m");
        Checks.positive("cycles", cycles, "cycles");
        return criticalDimensionM / (2 * ifovRad * cycles);
    }
}
