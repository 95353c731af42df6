package io.steeldome.sensors.ugs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import io.steeldome.sensors.SensorError;
import io.steeldome.sensors.signature.TargetType;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-computed logistic values, and seeded Monte Carlo checked against binomial and Poisson 4.5-sigma bounds. */
class UnattendedGroundSensorTest {
    private static final GeodeticPoint SITE = GeodeticPoint.ofDegrees(39.6, 44.2, 1800);
    private static final SimTime T = SimTime.ofSeconds(100);

    private static UgsTarget at(String id, TargetType type, double rangeM, double azDeg) {
        return new UgsTarget(id, Geodesy.direct(SITE, Math.toRadians(azDeg), rangeM), type);
    }

    /**
     * Seismic preset, person: r50 = 50 m, w = 0.15 * 50 = 7.5 m, pMax 0.95. r = 50 -> 0.475; r = 0 -> 0.95 / (1 +
     * e^-6.6667) = 0.948798; r = 50 + 7.5 ln 9 = 66.479 -> 0.095; vehicle r50 = 300, w = 45: r = 390 -> 0.95 / (1 +
     * e^2) = 0.112843.
     */
    @Test
    void logisticFalloffByHand() {
        UgsSpec s = UgsSpec.seismic();
        assertThat(s.probabilityOfDetection(TargetType.PERSON, 50)).isCloseTo(0.475, within(1e-15));
        assertThat(s.probabilityOfDetection(TargetType.PERSON, 0))
                .isCloseTo(0.95 / (1 + Math.exp(-50 / 7.5)), within(1e-15));
        assertThat(s.probabilityOfDetection(TargetType.PERSON, 50 + 7.5 * Math.log(9)))
                .isCloseTo(0.095, within(1e-12));
        assertThat(s.probabilityOfDetection(TargetType.VEHICLE, 390))
                .isCloseTo(0.95 / (1 + Math.exp(2)), within(1e-15));
        assertThat(s.probabilityOfDetection(TargetType.AIRLINER, 1)).isZero();
    }

    /** The empirical report rate over seeded polls matches Pd within 4.5 binomial sigmas. */
    @ParameterizedTest
    @CsvSource({
        "SEISMIC, PERSON, 30",
        "SEISMIC, PERSON, 55",
        "SEISMIC, VEHICLE, 320",
        "ACOUSTIC, VEHICLE, 900",
        "ACOUSTIC, SMALL_DRONE, 160",
        "PASSIVE_INFRARED, PERSON, 25"
    })
    void detectionFrequencyMatchesProbability(UgsModality modality, TargetType type, double rangeM) {
        UgsSpec spec = switch (modality) {
            case SEISMIC -> UgsSpec.seismic();
            case ACOUSTIC -> UgsSpec.acoustic();
            case PASSIVE_INFRARED -> UgsSpec.passiveInfrared();
        };
        UnattendedGroundSensor ugs = new UnattendedGroundSensor("u1", SITE, spec.withFalseAlarmsPerHour(0));
        UgsTarget target = at("t", type, rangeM, 37);
        double pd = ugs.probabilityOfDetection(target);
        assertThat(pd).isCloseTo(spec.probabilityOfDetection(type, rangeM), within(1e-6)); // geodesic vs requested
        SplittableRandom rng = new SplittableRandom(rangeM > 100 ? 17 : 23);
        int n = 20_000;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            UgsPollResult r = ugs.poll(T, List.of(target), rng);
            hits += r.detectedTargetIds().size();
            assertThat(r.reports()).hasSize(r.detectedTargetIds().size());
        }
        double sigma = Math.sqrt(pd * (1 - pd) / n);
        assertThat((double) hits / n).isCloseTo(pd, within(4.5 * sigma));
    }

    /** 0.5 false alarms per hour over 2000 hours (10 s polls): Poisson mean 1000, sigma 31.6. */
    @Test
    void falseAlarmCountIsPoissonAtTheRatedRate() {
        UnattendedGroundSensor ugs = new UnattendedGroundSensor("u1", SITE, UgsSpec.seismic());
        SplittableRandom rng = new SplittableRandom(2024);
        int polls = 2000 * 360;
        long total = 0;
        for (int i = 0; i < polls; i++) {
            UgsPollResult r = ugs.poll(T, List.of(), rng);
            total += r.falseAlarms();
            assertThat(r.reports()).hasSize(r.falseAlarms());
        }
        assertThat((double) total).isCloseTo(1000, within(4.5 * Math.sqrt(1000)));
        // a longer interval scales the mean: one 3600 h poll at 1/h (acoustic) has mean 3600, sigma 60
        UnattendedGroundSensor acoustic = new UnattendedGroundSensor("a1", SITE, UgsSpec.acoustic());
        int once = acoustic.poll(T, 3600 * 3600.0, List.of(), new SplittableRandom(8))
                .falseAlarms();
        assertThat((double) once).isCloseTo(3600, within(4.5 * 60));
    }

    /** Several targets: the number detected per poll is a sum of Bernoullis; its mean must match the sum of Pd. */
    @Test
    void independentTargetsAddUp() {
        UnattendedGroundSensor ugs =
                new UnattendedGroundSensor("u1", SITE, UgsSpec.seismic().withFalseAlarmsPerHour(0));
        List<UgsTarget> targets = List.of(
                at("p1", TargetType.PERSON, 40, 0),
                at("p2", TargetType.PERSON, 60, 90),
                at("v1", TargetType.VEHICLE, 280, 180),
                at("jet", TargetType.AIRLINER, 10, 270));
        double mean = targets.stream().mapToDouble(ugs::probabilityOfDetection).sum();
        double var = targets.stream()
                .mapToDouble(ugs::probabilityOfDetection)
                .map(p -> p * (1 - p))
                .sum();
        SplittableRandom rng = new SplittableRandom(99);
        int n = 20_000;
        long total = 0;
        for (int i = 0; i < n; i++) {
            UgsPollResult r = ugs.poll(T, targets, rng);
            assertThat(r.detectedTargetIds()).doesNotContain("jet");
            total += r.detectedTargetIds().size();
        }
        assertThat((double) total / n).isCloseTo(mean, within(4.5 * Math.sqrt(var / n)));
    }

    @Test
    void sameSeedSameReportsAndReportsCarryNoTruth() {
        UnattendedGroundSensor ugs = new UnattendedGroundSensor("u1", SITE, UgsSpec.passiveInfrared());
        List<UgsTarget> targets = List.of(at("a", TargetType.PERSON, 20, 10), at("b", TargetType.VEHICLE, 45, 200));
        UgsPollResult a = ugs.poll(T, targets, new SplittableRandom(5));
        UgsPollResult b = ugs.poll(T, targets, new SplittableRandom(5));
        assertThat(a).isEqualTo(b);
        assertThat(UgsReport.class.getRecordComponents())
                .extracting("name")
                .containsExactly("time", "sensorId", "sensorPosition", "modality");
        assertThatThrownBy(() -> ugs.poll(T, List.of(targets.get(0), targets.get(0)), new SplittableRandom(1)))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(SensorError.DUPLICATE_TARGET_ID));
        assertThatThrownBy(() -> UgsSpec.seismic().withRatedRangeM(TargetType.PERSON, -1))
                .isInstanceOf(SteeldomeException.class);
    }
}
