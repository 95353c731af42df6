package io.steeldome.sensors.eoir;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import java.util.Objects;

/**
 * A pan-tilt surveillance turret with a day (reflective) channel, a night (thermal) channel and a gimbal.
 *
 * <p>Probability of a task at range R: the {@link JohnsonCriteria#targetTransferProbability TTPF} of the cycles the
 * channel resolves, {@code N = Dc / (2 IFOV R)}, zero beyond the range where Beer-Lambert extinction has brought the
 * target's contrast down to the channel's threshold ({@link Atmosphere#contrastLimitedRangeM}). The range for a task
 * at probability p is the smaller of the Johnson range {@code Dc / (2 IFOV N_p)} and that cap.
 *
 * @param id sensor id
 * @param day channel used in daylight
 * @param night channel used at night
 * @param gimbal pan positioner
 * @param criteria N50 values
 */
public record EoirSensor(String id, ImagingChannel day, ImagingChannel night, Gimbal gimbal, JohnsonCriteria criteria) {
    public EoirSensor {
        if (id == null || id.isBlank()) {
            throw new SteeldomeException(SensorError.BLANK_ID, "id", id);
        }
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(night, "night");
        Objects.requireNonNull(gimbal, "gimbal");
        Objects.requireNonNull(criteria, "criteria");
    }

    /** Which channel is in use. */
    public enum Illumination {
        DAY,
        NIGHT
    }

    /**
     * Border-tower turret of the long-range class; class figures, assumed, not a model of one product:
     *
     * <ul>
     *   <li>day: 1920 x 1080 CMOS with 2.9 um pixels (a 1/2.8-inch sensor) at the 775 mm end of a 12.5-775 mm zoom,
     *       IFOV 3.74 urad, 0.41 deg x 0.23 deg; threshold contrast 0.03 (between Koschmieder's 0.02 and the CIE's
     *       0.05). A person (0.75 m) is geometrically detectable far beyond the horizon, so in 23 km visibility the
     *       atmosphere sets detection at about 13.5 km: the 10-16 km that border-camera data sheets quote;
     *   <li>night: cooled MWIR 640 x 512, 15 um pixels, 400 mm (IFOV 37.5 urad, 1.38 deg x 1.10 deg), 0.1 K threshold
     *       at the task frequency (NETD ~25 mK class): person detection (N50 = 1) at 10 km, recognition 2.5 km,
     *       identification 1.25 km, the long-range cooled class reviewed by Barela, Firmanty and Kastek, Sensors 21(17),
     *       5700, 2021;
     *   <li>gimbal 60 deg/s with 0.5 s settling.
     * </ul>
     */
    public static EoirSensor borderTower(String id) {
        return new EoirSensor(
                id, dayCamera(), cooledMwir(), new Gimbal(Math.toRadians(60), 0.5), JohnsonCriteria.STANDARD);
    }

    /** The day channel of {@link #borderTower}. */
    public static ImagingChannel dayCamera() {
        return ImagingChannel.ofOptics("day HD 775 mm", Band.VISIBLE, 2.9e-6, 0.775, 1920, 1080, 0.03);
    }

    /** The night channel of {@link #borderTower}. */
    public static ImagingChannel cooledMwir() {
        return ImagingChannel.ofOptics("cooled MWIR 400 mm", Band.MID_WAVE_INFRARED, 15e-6, 0.4, 640, 512, 0.1);
    }

    /**
     * Uncooled LWIR microbolometer 640 x 512, 12 um pixels, 75 mm (IFOV 160 urad, 5.9 deg x 4.7 deg), 0.3 K threshold
     * (NETD ~50 mK class): person detection at about 2.3 km, recognition 590 m: the short-range class of FLIR's
     * DRI tables (technical note TN-0002), assumed.
     */
    public static ImagingChannel uncooledLwir() {
        return ImagingChannel.ofOptics("uncooled LWIR 75 mm", Band.LONG_WAVE_INFRARED, 12e-6, 0.075, 640, 512, 0.3);
    }

    /** A short-range turret: a 1080p day camera at 100 mm and the uncooled LWIR; gimbal 90 deg/s, 0.3 s settling. */
    public static EoirSensor shortRange(String id) {
        return new EoirSensor(
                id,
                ImagingChannel.ofOptics("day HD 100 mm", Band.VISIBLE, 2.9e-6, 0.1, 1920, 1080, 0.03),
                uncooledLwir(),
                new Gimbal(Math.toRadians(90), 0.3),
                JohnsonCriteria.STANDARD);
    }

    /** The channel in use under {@code illumination}. */
    public ImagingChannel channel(Illumination illumination) {
        return illumination == Illumination.DAY ? day : night;
    }

    /** Probability of {@code task} on {@code target} at slant range {@code rangeM}. */
    public double probability(
            Task task, EoirTarget target, double rangeM, Atmosphere atmosphere, Illumination illumination) {
        Checks.positive("rangeM", rangeM, "m");
        ImagingChannel ch = channel(illumination);
        if (rangeM > contrastLimitedRangeM(target, atmosphere, illumination)) {
            return 0;
        }
        return JohnsonCriteria.targetTransferProbability(
                ch.cyclesOnTarget(target.criticalDimensionM(), rangeM), criteria.n50(task));
    }

    /** The range at which {@code task} succeeds with {@code probability}, capped by atmospheric contrast loss, m. */
    public double rangeM(
            Task task, double probability, EoirTarget target, Atmosphere atmosphere, Illumination illumination) {
        ImagingChannel ch = channel(illumination);
        double johnson = ch.rangeForCyclesM(
                target.criticalDimensionM(), JohnsonCriteria.cyclesFor(probability, criteria.n50(task)));
        return Math.min(johnson, contrastLimitedRangeM(target, atmosphere, illumination));
    }

    /** Where the target's apparent contrast falls to the channel's threshold, m. */
    public double contrastLimitedRangeM(EoirTarget target, Atmosphere atmosphere, Illumination illumination) {
        ImagingChannel ch = channel(illumination);
        return atmosphere.contrastLimitedRangeM(ch.band(), target.contrastIn(ch.band()), ch.thresholdContrast());
    }

    /** Whether a bearing lies in the horizontal field of view of the channel pointed at {@code pointingAzimuthRad}. */
    public boolean inFieldOfView(double pointingAzimuthRad, double targetAzimuthRad, Illumination illumination) {
        double off = Math.abs(Math.IEEEremainder(targetAzimuthRad - pointingAzimuthRad, 2 * Math.PI));
        return off <= channel(illumination).horizontalFovRad() / 2;
    }

    /** Time to bring a bearing into the centre of the image, s. */
    public double slewTimeS(double pointingAzimuthRad, double targetAzimuthRad) {
        return gimbal.slewTimeS(pointingAzimuthRad, targetAzimuthRad);
    }
}
