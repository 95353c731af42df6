package io.steeldome.sensors.eoir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.eoir.EoirSensor.Illumination;
import io.steeldome.sensors.signature.TargetType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every expected value is computed by hand from the formulas in the Javadoc (numbers in the comments). */
class EoirSensorTest {
    private static final EoirTarget PERSON = EoirTarget.standard(TargetType.PERSON);

    /** TTPF by hand: x = N/N50, E = 2.7 + 0.7x; x = 0.5 -> 0.5^3.05 / (1 + 0.5^3.05) = 0.107734; x = 2 -> 0.944899. */
    @ParameterizedTest
    @CsvSource({"0.5, 0.10773401611259001", "1, 0.5", "2, 0.9448986491668007", "3, 0.994899681829348"})
    void targetTransferProbabilityFunction(double x, double expected) {
        assertThat(JohnsonCriteria.targetTransferProbability(4 * x, 4)).isCloseTo(expected, within(1e-14));
    }

    /** Inverse TTPF: P = 0.9 needs x = 1.750278, P = 0.1 needs x = 0.485378 (roots of (2.7 + 0.7x) ln x = ln(P/(1-P))). */
    @Test
    void cyclesForProbabilityInvertsTheTtpf() {
        assertThat(JohnsonCriteria.cyclesFor(0.9, 1)).isCloseTo(1.750278080768187, within(1e-9));
        assertThat(JohnsonCriteria.cyclesFor(0.1, 8)).isCloseTo(8 * 0.4853780507244986, within(1e-8));
        assertThat(JohnsonCriteria.cyclesFor(0.5, 6.4)).isCloseTo(6.4, within(1e-9));
        assertThat(JohnsonCriteria.targetTransferProbability(0, 1)).isZero();
        assertThat(JohnsonCriteria.STANDARD.n50(Task.IDENTIFICATION)).isEqualTo(8);
        assertThat(JohnsonCriteria.JOHNSON_1958.n50(Task.IDENTIFICATION)).isEqualTo(6.4);
    }

    /** Day channel: IFOV = 2.9 um / 775 mm = 3.741935 urad; FOV 1920 x IFOV = 0.411642 deg, 1080 x IFOV = 0.231549 deg. */
    @Test
    void ifovAndFieldOfViewFromOptics() {
        ImagingChannel day = EoirSensor.dayCamera();
        assertThat(day.ifovRad()).isCloseTo(3.7419354838709678e-06, within(1e-18));
        assertThat(Math.toDegrees(day.horizontalFovRad())).isCloseTo(0.41164245203721594, within(1e-12));
        assertThat(Math.toDegrees(day.verticalFovRad())).isCloseTo(0.23154887927093395, within(1e-12));
        // 0.75 m at 10 km: N = 0.75 / (2 * 3.7419e-6 * 1e4) = 10.0216 cycles
        assertThat(day.cyclesOnTarget(0.75, 10_000)).isCloseTo(10.021551724137931, within(1e-12));
        ImagingChannel byFov = ImagingChannel.ofFieldOfView("wide", Band.VISIBLE, Math.toRadians(60), 1920, 1080, 0.03);
        assertThat(byFov.ifovRad()).isCloseTo(Math.toRadians(60) / 1920, within(1e-18));
    }

    /**
     * Cooled MWIR, IFOV 15 um / 400 mm = 37.5 urad; person 0.75 m: R50 = Dc / (2 IFOV N50) = 10 000 m for detection
     * (N50 = 1), 2 500 m recognition (4), 1 250 m identification (8). The clear-air cap (beta = 3.912/23 km *
     * (4/0.55)^-1.3 + 5e-5 = 6.2896e-5 /m; ln(2 K / 0.1 K) / beta = 47.6 km) does not bind.
     */
    @Test
    void thermalJohnsonRangesForAPerson() {
        EoirSensor tower = EoirSensor.borderTower("t1");
        Atmosphere clear = Atmosphere.clear();
        assertThat(tower.rangeM(Task.DETECTION, 0.5, PERSON, clear, Illumination.NIGHT))
                .isCloseTo(10_000, within(1e-6));
        assertThat(tower.rangeM(Task.RECOGNITION, 0.5, PERSON, clear, Illumination.NIGHT))
                .isCloseTo(2_500, within(1e-6));
        assertThat(tower.rangeM(Task.IDENTIFICATION, 0.5, PERSON, clear, Illumination.NIGHT))
                .isCloseTo(1_250, within(1e-6));
        // P = 0.9 needs 1.750278 N50: 10 km / 1.750278 = 5713.377 m
        assertThat(tower.rangeM(Task.DETECTION, 0.9, PERSON, clear, Illumination.NIGHT))
                .isCloseTo(10_000 / 1.750278080768187, within(1e-4));
        assertThat(tower.contrastLimitedRangeM(PERSON, clear, Illumination.NIGHT))
                .isCloseTo(Math.log(20) / 6.289628189704316e-05, within(1e-3));
        // the probability at the R50 is one half, and zero beyond the cap
        assertThat(tower.probability(Task.DETECTION, PERSON, 10_000, clear, Illumination.NIGHT))
                .isCloseTo(0.5, within(1e-12));
        assertThat(tower.probability(Task.DETECTION, PERSON, 48_000, clear, Illumination.NIGHT))
                .isZero();
    }

    /**
     * Day camera in 23 km visibility: Johnson alone would detect a person at 100.2 km (0.75 / (2 * 3.7419e-6)), but
     * the contrast 0.3 falls to the 0.03 threshold at ln(10) / (3.912 / 23 000 m) = 13 537.69 m: the atmosphere sets
     * the 10-16 km class. In 5 km haze the cap is ln(10) / (3.912 / 5 000) = 2 942.98 m.
     */
    @Test
    void dayCameraIsAtmosphereLimited() {
        EoirSensor tower = EoirSensor.borderTower("t1");
        double cap = Math.log(10) / (3.912 / 23_000);
        assertThat(cap).isCloseTo(13_537.69, within(0.01));
        assertThat(tower.rangeM(Task.DETECTION, 0.5, PERSON, Atmosphere.clear(), Illumination.DAY))
                .isCloseTo(cap, within(1e-6));
        assertThat(tower.channel(Illumination.DAY).rangeForCyclesM(0.75, 1)).isCloseTo(100_215.517, within(1e-3));
        // identification is resolution-limited: 100.2 km / 8 = 12 526.94 m < cap
        assertThat(tower.rangeM(Task.IDENTIFICATION, 0.5, PERSON, Atmosphere.clear(), Illumination.DAY))
                .isCloseTo(12_526.939655172413, within(1e-6));
        assertThat(tower.rangeM(Task.DETECTION, 0.5, PERSON, Atmosphere.haze(), Illumination.DAY))
                .isCloseTo(Math.log(10) / (3.912 / 5_000), within(1e-6));
    }

    /** Uncooled LWIR, 12 um / 75 mm = 160 urad: person detection 2 343.75 m, recognition 585.94 m. */
    @Test
    void uncooledLwirIsShortRange() {
        EoirSensor turret = EoirSensor.shortRange("s1");
        assertThat(turret.rangeM(Task.DETECTION, 0.5, PERSON, Atmosphere.clear(), Illumination.NIGHT))
                .isCloseTo(2343.75, within(1e-6));
        assertThat(turret.rangeM(Task.RECOGNITION, 0.5, PERSON, Atmosphere.clear(), Illumination.NIGHT))
                .isCloseTo(585.9375, within(1e-6));
        assertThat(Math.toDegrees(turret.channel(Illumination.NIGHT).horizontalFovRad()))
                .isCloseTo(5.86708782213963, within(1e-12));
        // vehicle (2.3 m) 3.07 times farther
        EoirTarget vehicle = EoirTarget.standard(TargetType.VEHICLE);
        assertThat(turret.rangeM(Task.DETECTION, 0.5, vehicle, Atmosphere.clear(), Illumination.NIGHT))
                .isCloseTo(2.3 / (2 * 160e-6), within(1e-6));
    }

    /**
     * Extinction by hand, 23 km visibility (Kim q = 1.3): visible 3.912 / 23 000 = 1.70087e-4 /m; LWIR scattering
     * 1.70087e-4 * (10 / 0.55)^-1.3 = 3.91870e-6 /m plus 1e-4 absorption; 5 km LWIR transmittance exp(-0.519594) =
     * 0.594762. At 3 km visibility q = 0.16 * 3 + 0.34 = 0.82, SWIR (1.55 um) 3.912 / 3000 * (1.55/0.55)^-0.82 =
     * 5.57575e-4 /m.
     */
    @Test
    void beerLambertExtinctionByHand() {
        Atmosphere clear = Atmosphere.clear();
        assertThat(clear.kimExponent()).isEqualTo(1.3);
        assertThat(clear.extinctionPerM(Band.VISIBLE)).isCloseTo(1.7008695652173913e-4, within(1e-18));
        assertThat(clear.extinctionPerM(Band.LONG_WAVE_INFRARED))
                .isCloseTo(3.918704417176614e-06 + 1e-4, within(1e-17));
        assertThat(clear.transmittance(Band.LONG_WAVE_INFRARED, 5000)).isCloseTo(0.5947622565637073, within(1e-12));
        Atmosphere threeKm = new Atmosphere(3000, 0, 0);
        assertThat(threeKm.kimExponent()).isCloseTo(0.82, within(1e-15));
        assertThat(threeKm.extinctionPerM(Band.SHORT_WAVE_INFRARED)).isCloseTo(5.575746292514555e-4, within(1e-15));
        assertThat(new Atmosphere(400, 0, 0).kimExponent()).isZero(); // dense fog: no wavelength advantage
        assertThat(clear.contrastLimitedRangeM(Band.VISIBLE, 0.02, 0.03)).isZero();
    }

    /** 60 deg/s, 0.5 s settling: 350 -> 20 deg is 30 deg the short way, 0.5 s + 0.5 s; 10 -> 190 deg is 3.5 s. */
    @Test
    void slewTimeAndFieldOfView() {
        EoirSensor tower = EoirSensor.borderTower("t1");
        assertThat(tower.slewTimeS(Math.toRadians(350), Math.toRadians(20))).isCloseTo(1.0, within(1e-12));
        assertThat(tower.slewTimeS(Math.toRadians(10), Math.toRadians(190))).isCloseTo(3.5, within(1e-12));
        assertThat(tower.slewTimeS(1, 1)).isZero();
        // day FOV 0.4116 deg: +-0.2058 deg around the pointing
        assertThat(tower.inFieldOfView(Math.toRadians(359.9), Math.toRadians(0.1), Illumination.DAY))
                .isTrue();
        assertThat(tower.inFieldOfView(Math.toRadians(359.9), Math.toRadians(0.2), Illumination.DAY))
                .isFalse();
        assertThat(tower.inFieldOfView(Math.toRadians(359.9), Math.toRadians(0.2), Illumination.NIGHT))
                .isTrue();
    }

    @Test
    void rejectsInvalidValues() {
        assertThatThrownBy(() -> ImagingChannel.ofOptics("x", Band.VISIBLE, 0, 0.1, 10, 10, 0.03))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new Gimbal(0, 0)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> JohnsonCriteria.cyclesFor(1, 1)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new EoirSensor(
                        " ",
                        EoirSensor.dayCamera(),
                        EoirSensor.cooledMwir(),
                        new Gimbal(1, 0),
                        JohnsonCriteria.STANDARD))
                .isInstanceOf(SteeldomeException.class);
    }
}
