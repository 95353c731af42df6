package io.steeldome.sensors.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.detection.Swerling;
import io.steeldome.sensors.signature.TargetType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RadarParametersTest {
    private static final double C = 299_792_458.0;

    /** A radar with the given frequency, peak power, pulse width, gain (tx = rx), loss and noise figure. */
    private static RadarParameters radar(
            double fHz, double ptW, double tauS, double gainDb, double lossDb, double nfDb) {
        return new RadarParameters(ptW, gainDb, gainDb, fHz, tauS, 1 / tauS, nfDb, lossDb, 1, 1, 1000, 0.03, 0.03);
    }

    /**
     * Worked examples of MATLAB's {@code radareqsnr} (Radar Toolbox documentation, "radareqsnr", examples 1 and 2):
     * 1 GHz, 1 MW, 0.2 us, 20 dB gain, 290 K, 1 m^2 at 50 km -> 5.5868 dB; 10 GHz, 1 MW, 1 us, 40 dB, Ts = 300 K (a
     * noise figure of 10 log10(300/290) dB), 3 dB loss, 0.5 m^2 at 100 km -> 14.3778 dB.
     */
    @Test
    void snrMatchesMatlabRadareqsnrExamples() {
        RadarParameters a = radar(1e9, 1e6, 0.2e-6, 20, 0, 0);
        assertThat(a.lookSnrDb(50e3, 1)).isCloseTo(5.5868, within(5e-5));
        RadarParameters b = radar(10e9, 1e6, 1e-6, 40, 3, 10 * Math.log10(300.0 / 290));
        assertThat(b.lookSnrDb(100e3, 0.5)).isCloseTo(14.3778, within(5e-5));
    }

    /**
     * MATLAB {@code radareqrng} (Radar Toolbox documentation, examples): 10 GHz, 1 MW, 10 us, 20 dB gain, SNR 6 dB,
     * 1 m^2 -> 4.1057e4 m; with 40 dB gain, 0.1 m^2, 3 dB loss -> 1.9426e5 m.
     */
    @Test
    void rangeMatchesMatlabRadareqrngExamples() {
        assertThat(radar(10e9, 1e6, 10e-6, 20, 0, 0).rangeForLookSnrM(Swerling.dbToLinear(6), 1))
                .isCloseTo(4.1057e4, within(0.5));
        assertThat(radar(10e9, 1e6, 10e-6, 40, 3, 0).rangeForLookSnrM(Swerling.dbToLinear(6), 0.1))
                .isCloseTo(1.9426e5, within(5.0));
    }

    /** The R^-4 law: doubling range costs 12.04 dB; SNR is linear in RCS, peak power and coherent pulses. */
    @ParameterizedTest
    @ValueSource(doubles = {1e3, 3.7e4, 2e5})
    void snrFollowsInverseFourthPower(double rangeM) {
        RadarParameters p = RadarParameters.longRangeSurveillanceClass();
        assertThat(p.lookSnr(rangeM, 1) / p.lookSnr(2 * rangeM, 1)).isCloseTo(16, within(1e-11));
        assertThat(p.lookSnrDb(rangeM, 1) - p.lookSnrDb(2 * rangeM, 1)).isCloseTo(40 * Math.log10(2), within(1e-11));
        assertThat(p.lookSnr(rangeM, 7) / p.lookSnr(rangeM, 1)).isCloseTo(7, within(1e-12));
        assertThat(p.withPeakPowerW(2 * p.peakPowerW()).lookSnr(rangeM, 1) / p.lookSnr(rangeM, 1))
                .isCloseTo(2, within(1e-12));
        assertThat(p.withPulses(4 * p.coherentPulses(), 1).lookSnr(rangeM, 1) / p.lookSnr(rangeM, 1))
                .isCloseTo(4, within(1e-12));
        assertThat(p.rangeForLookSnrM(p.lookSnr(rangeM, 3), 3)).isCloseTo(rangeM, within(rangeM * 1e-12));
    }

    /** The physically described presets reproduce the reference-range presets the simulation uses (to 0.05 dB). */
    @Test
    void physicalPresetsReproduceReferencePresets() {
        RadarSpec lrs = RadarSpec.longRangeSurveillance();
        assertThat(RadarParameters.longRangeSurveillanceClass().lookSnrDb(lrs.referenceRangeM(), 1))
                .isCloseTo(lrs.referenceSnrDb(), within(0.05));
        RadarSpec mm = RadarSpec.multiMission();
        assertThat(RadarParameters.multiMissionClass().lookSnrDb(mm.referenceRangeM(), 1))
                .isCloseTo(mm.referenceSnrDb(), within(0.05));
        // and a spec rebuilt from physics detects like the preset
        RadarSpec rebuilt = lrs.withSensitivityOf(RadarParameters.longRangeSurveillanceClass());
        assertThat(rebuilt.snrLinear(250e3, 2) / lrs.snrLinear(250e3, 2)).isCloseTo(1, within(0.012));
        assertThat(rebuilt.noncoherentPulses()).isEqualTo(1);
    }

    /**
     * Border GSR: with Swerling 1 and Pfa 1e-6 the required SNRs are 12.77 dB (Pd 0.5) and 21.14 dB (Pd 0.9), both
     * ln Pfa / ln Pd - 1 by hand; the range equation then puts a 1 m^2 person at ~18 km and ~11 km, a 10 m^2 vehicle
     * (Swerling 1 for this check) 10^(1/4) = 1.778 times farther: the brochure class (person 10-20 km, vehicle 30-40
     * km).
     */
    @Test
    void borderRadarSeesPersonsAndVehiclesAtBrochureRanges() {
        RadarParameters gsr = RadarParameters.borderGroundSurveillanceClass();
        double snr50 = Math.log(1e-6) / Math.log(0.5) - 1;
        double snr90 = Math.log(1e-6) / Math.log(0.9) - 1;
        double person50 = gsr.rangeForLookSnrM(snr50, 1);
        assertThat(gsr.detectionRangeM(Swerling.CASE_1, 0.5, 1e-6, 1)).isCloseTo(person50, within(1e-3));
        assertThat(person50).isBetween(17_000.0, 19_000.0);
        assertThat(gsr.rangeForLookSnrM(snr90, 1)).isBetween(10_000.0, 12_000.0);
        assertThat(gsr.rangeForLookSnrM(snr50, 10) / person50).isCloseTo(Math.pow(10, 0.25), within(1e-12));
        assertThat(gsr.detectionRangeM(TargetType.VEHICLE.swerling(), 0.5, 1e-6, TargetType.VEHICLE.typicalRcsM2()))
                .isBetween(30_000.0, 40_000.0);
        // the RadarSpec preset carries the same sensitivity
        RadarSpec spec = RadarSpec.borderGroundSurveillance();
        assertThat(spec.snrLinear(18_000, 1)).isCloseTo(gsr.lookSnr(18_000, 1), within(1e-9));
        assertThat(spec.maxInstrumentedRangeM()).isEqualTo(40_000);
    }

    /** Derived quantities by hand for the GSR preset: lambda = c / 9.5 GHz = 3.1557 cm. */
    @Test
    void derivedQuantitiesByHand() {
        RadarParameters gsr = RadarParameters.borderGroundSurveillanceClass();
        double lambda = C / 9.5e9;
        assertThat(gsr.wavelengthM()).isCloseTo(lambda, within(1e-15));
        assertThat(gsr.rangeResolutionM()).isCloseTo(C / 2e7, within(1e-9)); // 14.99 m
        assertThat(gsr.coherentDwellS()).isCloseTo(64 / 10_000.0, within(1e-15)); // 6.4 ms
        assertThat(gsr.rangeRateResolutionMps()).isCloseTo(lambda / (2 * 0.0064), within(1e-12)); // 2.47 m/s
        assertThat(gsr.unambiguousRangeM()).isCloseTo(C / 20_000, within(1e-9)); // 14.99 km
        assertThat(gsr.unambiguousRangeRateMps()).isCloseTo(lambda * 10_000 / 4, within(1e-9));
        // at 13 dB: sigma_R = 14.99 / sqrt(2 * 19.95) = 2.37 m; sigma_az = 2.5 deg / (1.6 * 6.317) = 0.247 deg
        double snr = Swerling.dbToLinear(13);
        assertThat(gsr.rangeSigmaM(snr)).isCloseTo(C / 2e7 / Math.sqrt(2 * snr), within(1e-9));
        assertThat(Math.toDegrees(gsr.azimuthSigmaRad(snr))).isCloseTo(2.5 / (1.6 * Math.sqrt(2 * snr)), within(1e-12));
        assertThat(Math.toDegrees(gsr.elevationSigmaRad(snr)))
                .isCloseTo(10 / (1.6 * Math.sqrt(2 * snr)), within(1e-12));
        assertThat(gsr.rangeRateSigmaMps(snr)).isCloseTo(lambda / (2 * 0.0064) / Math.sqrt(2 * snr), within(1e-12));
    }

    /** Non-coherent integration in the spec: detection uses the exact N-pulse Swerling probability. */
    @Test
    void noncoherentPulsesFlowIntoTheSpecThreshold() {
        RadarSpec spec = RadarSpec.multiMission()
                .withSensitivityOf(RadarParameters.multiMissionClass().withPulses(4, 6));
        assertThat(spec.noncoherentPulses()).isEqualTo(6);
        assertThat(spec.detectionThreshold().pulses()).isEqualTo(6);
        assertThatThrownBy(() -> spec.withNoncoherentPulses(0)).isInstanceOf(SteeldomeException.class);
    }

    @Test
    void rejectsNonPhysicalParameters() {
        assertThatThrownBy(() -> radar(1e9, 0, 1e-6, 30, 0, 0)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> radar(1e9, 1e3, 1e-6, 30, -1, 0)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> RadarParameters.multiMissionClass().withPulses(0, 1))
                .isInstanceOf(SteeldomeException.class);
    }
}
