package io.steeldome.sim.scenario;

import io.steeldome.core.error.Checks;
import io.steeldome.sensors.eoir.EoirSensor;
import io.steeldome.sensors.eoir.ImagingChannel;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An electro-optical/infrared camera turret ({@code type: eo-ir}). Every parameter after {@code position} is an
 * optional override of the preset ({@link EoirPreset#DEFAULT} when none is named); the engine applies them. The
 * camera only observes: its sightings are logged and reported, never fed to the tracker.
 *
 * @param position the ground (or platform) under the mast; {@code hM} is its height above the ellipsoid
 * @param mastHeightM camera height above {@code position}, m (default 0)
 * @param atmosphere extinction model (default {@link AtmosphereKind#CLEAR})
 * @param mode channel(s) watched (default {@link EoirMode#BOTH})
 * @param frameIntervalS interval between looks at every threat, s (default {@link #DEFAULT_FRAME_INTERVAL_S})
 * @param maxRangeM slant range beyond which nothing is looked at, m (default: only the optics and the atmosphere
 *     limit the range)
 * @param dayIfovUrad pixel IFOV of the day channel, urad
 * @param nightIfovUrad pixel IFOV of the night channel, urad
 * @param dayThresholdContrast threshold contrast of the day channel (a contrast ratio)
 * @param nightThresholdContrastK threshold temperature difference of the night channel, K
 */
public record EoirConfig(
        String id,
        GeoPosition position,
        Optional<EoirPreset> preset,
        OptionalDouble mastHeightM,
        Optional<AtmosphereKind> atmosphere,
        Optional<EoirMode> mode,
        OptionalDouble frameIntervalS,
        OptionalDouble maxRangeM,
        OptionalDouble dayIfovUrad,
        OptionalDouble nightIfovUrad,
        OptionalDouble dayThresholdContrast,
        OptionalDouble nightThresholdContrastK) {
    /** Frame interval of a sensor that sets none, s. */
    public static final double DEFAULT_FRAME_INTERVAL_S = 1;

    public EoirConfig {
        Fields.notBlank("sensor id", id);
        Fields.nonNegative("mastHeightM", mastHeightM, "m");
        Fields.positive("frameIntervalS", frameIntervalS, "s");
        Fields.positive("maxRangeM", maxRangeM, "m");
        Fields.positive("dayIfovUrad", dayIfovUrad, "urad");
        Fields.positive("nightIfovUrad", nightIfovUrad, "urad");
        Fields.positive("dayThresholdContrast", dayThresholdContrast, "");
        Fields.positive("nightThresholdContrastK", nightThresholdContrastK, "K");
    }

    /** The turret with the overrides applied. */
    public EoirSensor sensor() {
        EoirSensor base = preset.orElse(EoirPreset.DEFAULT).sensor(id);
        return new EoirSensor(
                id,
                channel(base.day(), dayIfovUrad, dayThresholdContrast),
                channel(base.night(), nightIfovUrad, nightThresholdContrastK),
                base.gimbal(),
                base.criteria());
    }

    private static ImagingChannel channel(ImagingChannel c, OptionalDouble ifovUrad, OptionalDouble threshold) {
        return new ImagingChannel(
                c.name(),
                c.band(),
                ifovUrad.isPresent() ? ifovUrad.getAsDouble() * 1e-6 : c.ifovRad(),
                c.columns(),
                c.rows(),
                threshold.orElse(c.thresholdContrast()));
    }

    /** Camera height above the ellipsoid, m. */
    public double cameraHeightM() {
        double h = position.hM() + mastHeightM.orElse(0);
        Checks.finite("cameraHeightM", h);
        return h;
    }

    public AtmosphereKind atmosphereOrDefault() {
        return atmosphere.orElse(AtmosphereKind.CLEAR);
    }

    public EoirMode modeOrDefault() {
        return mode.orElse(EoirMode.BOTH);
    }

    public double frameIntervalSOrDefault() {
        return frameIntervalS.orElse(DEFAULT_FRAME_INTERVAL_S);
    }
}
