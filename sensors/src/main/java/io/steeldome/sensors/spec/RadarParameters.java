package io.steeldome.sensors.spec;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import io.steeldome.sensors.detection.DetectionThreshold;
import io.steeldome.sensors.detection.MeasurementAccuracy;
import io.steeldome.sensors.detection.Swerling;

/**
 * A monostatic pulsed radar described by its physical parameters, and the radar range equation on them:
 *
 * <pre>
 * SNR_pulse(R, sigma) = Pt Gt Gr lambda^2 sigma tau / ((4 pi)^3 k T0 F L R^4)
 * SNR_look = n_c * SNR_pulse          (n_c pulses integrated coherently, ideal gain)
 * </pre>
 *
 * with k Boltzmann's constant, T0 = 290 K the standard noise temperature, F the noise figure and L the system losses
 * (e.g. Skolnik, Introduction to Radar Systems, 3rd ed., ch. 2; Richards, Fundamentals of Radar Signal Processing, ch.
 * 2). The matched filter makes the SNR depend on the pulse energy Pt tau, whatever the (compressed) bandwidth; the
 * bandwidth sets the range resolution. {@code noncoherentPulses} looks are then summed after detection, which {@link
 * Swerling} handles exactly. A system noise temperature Ts other than 290 K is a noise figure of 10 log10(Ts / 290)
 * dB.
 *
 * @param peakPowerW transmitted peak power, W
 * @param transmitGainDb transmit antenna gain, dBi
 * @param receiveGainDb receive antenna gain, dBi
 * @param frequencyHz carrier frequency, Hz
 * @param pulseWidthS (uncompressed) pulse length, s
 * @param bandwidthHz waveform bandwidth (1 / tau for an unmodulated pulse), Hz
 * @param noiseFigureDb receiver noise figure, dB (>= 0)
 * @param systemLossDb all losses lumped (transmit, receive, processing, beam shape), dB (>= 0)
 * @param coherentPulses pulses integrated coherently into one look, >= 1
 * @param noncoherentPulses looks summed non-coherently after detection, >= 1
 * @param prfHz pulse repetition frequency, Hz
 * @param azimuthBeamwidthRad two-way 3 dB azimuth beamwidth, rad
 * @param elevationBeamwidthRad two-way 3 dB elevation beamwidth, rad
 */
public record RadarParameters(
        double peakPowerW,
        double transmitGainDb,
        double receiveGainDb,
        double frequencyHz,
        double pulseWidthS,
        double bandwidthHz,
        double noiseFigureDb,
        double systemLossDb,
        int coherentPulses,
        int noncoherentPulses,
        double prfHz,
        double azimuthBeamwidthRad,
        double elevationBeamwidthRad) {

    /** Boltzmann's constant, J/K (exact since the 2019 SI). */
    public static final double BOLTZMANN_J_PER_K = 1.380649e-23;

    /** Standard reference noise temperature T0, K. */
    public static final double T0_K = 290;

    private static final double FOUR_PI_CUBED = Math.pow(4 * Math.PI, 3);

    public RadarParameters {
        Checks.positive("peakPowerW", peakPowerW, "W");
        Checks.finite("transmitGainDb", transmitGainDb);
        Checks.finite("receiveGainDb", receiveGainDb);
        Checks.positive("frequencyHz", frequencyHz, "Hz");
        Checks.positive("pulseWidthS", pulseWidthS, "s");
        Checks.positive("bandwidthHz", bandwidthHz, "Hz");
        Checks.nonNegative("noiseFigureDb", noiseFigureDb, "dB");
        Checks.nonNegative("systemLossDb", systemLossDb, "dB");
        if (coherentPulses < 1) {
            throw new SteeldomeException(SensorError.COUNT_NOT_POSITIVE, "coherentPulses", coherentPulses);
        }
        if (noncoherentPulses < 1) {
            throw new SteeldomeException(SensorError.COUNT_NOT_POSITIVE, "noncoherentPulses", noncoherentPulses);
        }
        Checks.positive("prfHz", prfHz, "Hz");
        Checks.inRange("azimuthBeamwidthRad", azimuthBeamwidthRad, 1e-6, Math.PI, "rad");
        Checks.inRange("elevationBeamwidthRad", elevationBeamwidthRad, 1e-6, Math.PI, "rad");
    }

    /**
     * An L-band long-range air-surveillance radar of the AN/FPS-117 / TPS-77 class, with figures chosen so that its
     * sensitivity is that of {@link RadarSpec#longRangeSurveillance()} (13 dB for 1 m^2 at 300 km): 25 kW solid-state
     * peak power (the class is a few tens of kW), 1.3 GHz, 38 dBi, 51.2 us pulse compressed to 1 MHz (150 m
     * resolution), 2 dB noise figure, 6 dB losses, 3 pulses integrated coherently, 250 Hz PRF, 2.2 deg x 2 deg
     * beam. Assumed, not vendor data.
     */
    public static RadarParameters longRangeSurveillanceClass() {
        return new RadarParameters(
                25_000, 38, 38, 1.3e9, 51.2e-6, 1e6, 2, 6, 3, 1, 250, Math.toRadians(2.2), Math.toRadians(2.0));
    }

    /**
     * An S-band rotating AESA multi-mission radar of the EL/M-2084 class, with figures chosen so that its sensitivity
     * is that of {@link RadarSpec#multiMission()} (13 dB for 1 m^2 at 200 km): 40 kW peak, 3.1 GHz, 40 dBi, 20 us
     * pulse compressed to 5 MHz (30 m resolution), 3 dB noise figure, 7.7 dB losses, 4 pulses coherent, 2 kHz PRF,
     * 1.5 deg x 2 deg beam. Assumed, not vendor data.
     */
    public static RadarParameters multiMissionClass() {
        return new RadarParameters(
                40_000, 40, 40, 3.1e9, 20e-6, 5e6, 3, 7.7, 4, 1, 2000, Math.toRadians(1.5), Math.toRadians(2.0));
    }

    /**
     * An X-band pulse-Doppler ground-surveillance radar on a border tower: 100 W solid-state peak power, 9.5 GHz,
     * 30 dBi (a ~0.5 m aperture), 20 us pulse compressed to 10 MHz (15 m resolution), 4 dB noise figure, 5 dB
     * losses, 64 pulses integrated coherently at 10 kHz (6.4 ms dwell), 2.5 deg x 10 deg beam. The sensitivity it
     * gives, 12.8 dB for 1 m^2 at 18 km, is the public-brochure class of man-portable and tower GSRs ("walking person
     * 10-20 km, vehicle 30-40 km", e.g. the ranges quoted for the Thales Squire and EL/M-2180 class); assumed, not
     * vendor data.
     */
    public static RadarParameters borderGroundSurveillanceClass() {
        return new RadarParameters(
                100, 30, 30, 9.5e9, 20e-6, 10e6, 4, 5, 64, 1, 10_000, Math.toRadians(2.5), Math.toRadians(10));
    }

    /** Wavelength c / f, m. */
    public double wavelengthM() {
        return MeasurementAccuracy.SPEED_OF_LIGHT_MPS / frequencyHz;
    }

    /** SNR (linear) of one pulse from a target of {@code rcsM2} at slant range {@code rangeM}. */
    public double singlePulseSnr(double rangeM, double rcsM2) {
        Checks.positive("rangeM", rangeM, "m");
        Checks.nonNegative("rcsM2", rcsM2, "m^2");
        double lambda = wavelengthM();
        double r2 = rangeM * rangeM;
        return peakPowerW
                * Swerling.dbToLinear(transmitGainDb + receiveGainDb)
                * lambda
                * lambda
                * rcsM2
                * pulseWidthS
                / (FOUR_PI_CUBED
                        * BOLTZMANN_J_PER_K
                        * T0_K
                        * Swerling.dbToLinear(noiseFigureDb + systemLossDb)
                        * r2
                        * r2);
    }

    /** SNR (linear) of one look: {@code coherentPulses} pulses integrated coherently. */
    public double lookSnr(double rangeM, double rcsM2) {
        return coherentPulses * singlePulseSnr(rangeM, rcsM2);
    }

    /** {@link #lookSnr} in dB. */
    public double lookSnrDb(double rangeM, double rcsM2) {
        return Swerling.linearToDb(lookSnr(rangeM, rcsM2));
    }

    /** The slant range at which a target of {@code rcsM2} gives look SNR {@code snrLinear} (the R^-4 law inverted), m. */
    public double rangeForLookSnrM(double snrLinear, double rcsM2) {
        Checks.positive("snrLinear", snrLinear, "");
        Checks.positive("rcsM2", rcsM2, "m^2");
        return 1000 * Math.pow(lookSnr(1000, rcsM2) / snrLinear, 0.25);
    }

    /**
     * The slant range at which a target of {@code rcsM2} and fluctuation {@code model} is detected with probability
     * {@code probabilityOfDetection} per scan, integrating {@code noncoherentPulses} looks (exact Swerling), m.
     */
    public double detectionRangeM(
            Swerling model, double probabilityOfDetection, double probabilityFalseAlarm, double rcsM2) {
        double snr = model.requiredSnrLinear(
                probabilityOfDetection, DetectionThreshold.of(probabilityFalseAlarm, noncoherentPulses));
        return rangeForLookSnrM(snr, rcsM2);
    }

    /** Coherent processing interval {@code coherentPulses / PRF}, s. */
    public double coherentDwellS() {
        return coherentPulses / prfHz;
    }

    /** Unambiguous range {@code c / (2 PRF)}, m. */
    public double unambiguousRangeM() {
        return MeasurementAccuracy.SPEED_OF_LIGHT_MPS / (2 * prfHz);
    }

    /** Unambiguous range-rate interval half-width {@code lambda PRF / 4}, m/s. */
    public double unambiguousRangeRateMps() {
        return wavelengthM() * prfHz / 4;
    }

    /** Range resolution {@code c / (2B)}, m. */
    public double rangeResolutionM() {
        return MeasurementAccuracy.rangeResolutionM(bandwidthHz);
    }

    /** Range-rate resolution {@code lambda / (2 CPI)}, m/s. */
    public double rangeRateResolutionMps() {
        return MeasurementAccuracy.rangeRateResolutionMps(wavelengthM(), coherentDwellS());
    }

    /** Thermal-noise range sigma at look SNR {@code snrLinear}, m. */
    public double rangeSigmaM(double snrLinear) {
        return MeasurementAccuracy.rangeSigmaM(bandwidthHz, snrLinear);
    }

    /** Thermal-noise monopulse azimuth sigma at look SNR {@code snrLinear}, rad. */
    public double azimuthSigmaRad(double snrLinear) {
        return MeasurementAccuracy.angleSigmaRad(azimuthBeamwidthRad, snrLinear);
    }

    /** Thermal-noise monopulse elevation sigma at look SNR {@code snrLinear}, rad. */
    public double elevationSigmaRad(double snrLinear) {
        return MeasurementAccuracy.angleSigmaRad(elevationBeamwidthRad, snrLinear);
    }

    /** Thermal-noise range-rate sigma at look SNR {@code snrLinear}, m/s. */
    public double rangeRateSigmaMps(double snrLinear) {
        return MeasurementAccuracy.rangeRateSigmaMps(wavelengthM(), coherentDwellS(), snrLinear);
    }

    /** A copy at another peak power. */
    public RadarParameters withPeakPowerW(double newPeakPowerW) {
        return new RadarParameters(
                newPeakPowerW,
                transmitGainDb,
                receiveGainDb,
                frequencyHz,
                pulseWidthS,
                bandwidthHz,
                noiseFigureDb,
                systemLossDb,
                coherentPulses,
                noncoherentPulses,
                prfHz,
                azimuthBeamwidthRad,
                elevationBeamwidthRad);
    }

    /** A copy with other integration counts. */
    public RadarParameters withPulses(int newCoherentPulses, int newNoncoherentPulses) {
        return new RadarParameters(
                peakPowerW,
                transmitGainDb,
                receiveGainDb,
                frequencyHz,
                pulseWidthS,
                bandwidthHz,
                noiseFigureDb,
                systemLossDb,
                newCoherentPulses,
                newNoncoherentPulses,
                prfHz,
                azimuthBeamwidthRad,
                elevationBeamwidthRad);
    }

    /** A copy with other noise figure and losses. */
    public RadarParameters withNoiseFigureAndLossDb(double newNoiseFigureDb, double newSystemLossDb) {
        return new RadarParameters(
                peakPowerW,
                transmitGainDb,
                receiveGainDb,
                frequencyHz,
                pulseWidthS,
                bandwidthHz,
                newNoiseFigureDb,
                newSystemLossDb,
                coherentPulses,
                noncoherentPulses,
                prfHz,
                azimuthBeamwidthRad,
                elevationBeamwidthRad);
    }
}
