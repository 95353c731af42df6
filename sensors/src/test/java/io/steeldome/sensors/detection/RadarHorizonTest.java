package io.steeldome.sensors.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RadarHorizonTest {
    private static final RadarHorizon STANDARD = RadarHorizon.standard();

    /** Textbook: a 10 m antenna over a 4/3 earth has its radar horizon at about 13.0 km. */
    @Test
    void tenMetreAntennaSeesThirteenKilometres() {
        assertThat(STANDARD.horizonDistanceApproxM(10)).isCloseTo(13_000, within(50.0));
        assertThat(STANDARD.horizonSlantDistanceM(10)).isCloseTo(13_000, within(50.0));
        assertThat(STANDARD.horizonGroundDistanceM(10)).isCloseTo(13_000, within(50.0));
    }

    /** The 4/3-earth rule of thumb d_km = 4.12 sqrt(h_m) (e.g. Skolnik, Radar Handbook, ch. on propagation). */
    @ParameterizedTest
    @ValueSource(doubles = {1, 10, 30, 100, 1000, 10_000})
    void followsFourPointOneTwoRule(double hM) {
        double ruleM = 4120 * Math.sqrt(hM);
        assertThat(STANDARD.horizonDistanceApproxM(hM)).isCloseTo(ruleM, within(ruleM * 1e-3));
        // exact and approximate agree to first order in h/(kR)
        assertThat(STANDARD.horizonSlantDistanceM(hM)).isCloseTo(ruleM, within(ruleM * (1e-3 + hM / 8.5e6)));
        assertThat(STANDARD.horizonGroundDistanceM(hM)).isCloseTo(ruleM, within(ruleM * (1e-3 + hM / 8.5e6)));
    }

    /** Without refraction (k = 1) the rule becomes d_km = 3.57 sqrt(h_m) (geometric horizon). */
    @Test
    void geometricHorizonWithoutRefraction() {
        RadarHorizon geometric = new RadarHorizon(1, 6_371_000);
        assertThat(geometric.horizonDistanceApproxM(100)).isCloseTo(35_700, within(40.0));
    }

    /** Exact tangent length: (kR + h)^2 = (kR)^2 + d^2 by Pythagoras. */
    @ParameterizedTest
    @ValueSource(doubles = {5, 500, 50_000, 500_000})
    void slantDistanceSatisfiesPythagoras(double hM) {
        double re = STANDARD.effectiveRadiusM();
        double d = STANDARD.horizonSlantDistanceM(hM);
        assertThat(d * d + re * re).isCloseTo((re + hM) * (re + hM), within((re + hM) * (re + hM) * 1e-14));
    }

    /** Radar and target horizons add: 10 m antenna, 100 m target -> 13.0 + 41.2 = 54.2 km (4/3 earth). */
    @Test
    void radarAndTargetHorizonsAdd() {
        double limit = STANDARD.horizonGroundDistanceM(10) + STANDARD.horizonGroundDistanceM(100);
        assertThat(limit).isCloseTo(4120 * (Math.sqrt(10) + 10), within(60.0));
        assertThat(STANDARD.lineOfSight(limit - 1, 10, 100)).isTrue();
        assertThat(STANDARD.lineOfSight(limit + 1, 10, 100)).isFalse();
    }

    /**
     * Brute force: build both points in the plane of the k-scaled earth and sample the straight segment between
     * them; it clears the sphere iff no sample lies inside it.
     */
    @Test
    void lineOfSightMatchesBruteForceSegmentSampling() {
        SplittableRandom rng = new SplittableRandom(20240601L);
        double re = STANDARD.effectiveRadiusM();
        int checked = 0;
        for (int trial = 0; trial < 400; trial++) {
            double h1 = rng.nextDouble(0, 2000);
            double h2 = rng.nextDouble(0, 20_000);
            double ground = rng.nextDouble(0, 1.2)
                    * (STANDARD.horizonGroundDistanceM(h1) + STANDARD.horizonGroundDistanceM(h2));
            double angle = ground / re;
            double ax = 0;
            double ay = re + h1;
            double bx = (re + h2) * Math.sin(angle);
            double by = (re + h2) * Math.cos(angle);
            double minR = Double.MAX_VALUE;
            int samples = 20_000;
            for (int i = 0; i <= samples; i++) {
                double t = (double) i / samples;
                minR = Math.min(minR, Math.hypot(ax + t * (bx - ax), ay + t * (by - ay)));
            }
            // skip grazing cases the sampling cannot resolve
            if (Math.abs(minR - re) < 0.5) {
                continue;
            }
            checked++;
            assertThat(STANDARD.lineOfSight(ground, h1, h2))
                    .as("h1=%s h2=%s ground=%s", h1, h2, ground)
                    .isEqualTo(minR >= re);
        }
        assertThat(checked).isGreaterThan(350);
    }

    @Test
    void pointBelowSurfaceSeesNothing() {
        assertThat(STANDARD.lineOfSight(10, 10, -1)).isFalse();
        assertThat(STANDARD.lineOfSight(0, 0, 0)).isTrue();
    }

    /**
     * Small-angle textbook form of the 4/3-earth elevation: el ~ (h2 - h1)/d - d/(2 kR) for d much smaller than kR.
     */
    @Test
    void apparentElevationMatchesSmallAngleFormula() {
        double re = STANDARD.effectiveRadiusM();
        double d = 50_000;
        double expected = (1000 - 20) / d - d / (2 * re);
        // neglected terms are O((dh/d)^3) ~ 2.5e-6 rad here
        assertThat(STANDARD.apparentElevationRad(d, 20, 1000)).isCloseTo(expected, within(1e-5));
        // the horizon direction itself: el = -acos(kR / (kR + h)) at the tangent point (h2 = 0)
        double h = 100;
        assertThat(STANDARD.apparentElevationRad(STANDARD.horizonGroundDistanceM(h), h, 0))
                .isCloseTo(-Math.acos(re / (re + h)), within(1e-12));
    }

    @Test
    void rejectsNonPositiveParameters() {
        assertThatThrownBy(() -> new RadarHorizon(0, 6e6)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new RadarHorizon(4.0 / 3, -1)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> STANDARD.horizonDistanceApproxM(-1)).isInstanceOf(SteeldomeException.class);
    }
}
