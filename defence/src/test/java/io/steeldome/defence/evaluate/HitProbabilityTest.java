package io.steeldome.defence.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HitProbabilityTest {
    private static final double[][] ZERO2 = new double[2][2];

    /** Rayleigh: P(|x| <= r) = 1 - exp(-r^2 / (2 sigma^2)) for an isotropic 2-D Gaussian centred on the disc. */
    @ParameterizedTest
    @CsvSource({"0.5, 100", "1, 100", "2, 250", "3, 40", "1, 3000"})
    void centredDiscMatchesRayleigh(double rOverSigma, double sigmaM) {
        double r = rOverSigma * sigmaM;
        double[][] cov = {{sigmaM * sigmaM, 0}, {0, sigmaM * sigmaM}};
        double p = HitProbability.ofImpact(1_000, -2_000, cov, new EnuArea.Disc(1_000, -2_000, r));
        assertThat(p).isCloseTo(1 - Math.exp(-rOverSigma * rOverSigma / 2), within(2e-4));
    }

    /** A rectangle aligned with the ellipse's axes: the probability factorises into two erf differences. */
    @Test
    void rotatedRectangleMatchesTheProductOfErfs() {
        double su = 300;
        double sv = 120;
        double theta = Math.toRadians(35);
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double[][] cov = {
            {su * su * c * c + sv * sv * s * s, (su * su - sv * sv) * c * s},
            {(su * su - sv * sv) * c * s, su * su * s * s + sv * sv * c * c}
        };
        // rectangle u in [-100, 500], v in [-50, 200] around the mean (0, 0), expressed in east/north
        double[][] uv = {{-100, -50}, {500, -50}, {500, 200}, {-100, 200}};
        double[] e = new double[4];
        double[] n = new double[4];
        for (int i = 0; i < 4; i++) {
            e[i] = uv[i][0] * c - uv[i][1] * s;
            n[i] = uv[i][0] * s + uv[i][1] * c;
        }
        double expected = mass(-100, 500, su) * mass(-50, 200, sv);
        assertThat(HitProbability.ofImpact(0, 0, cov, new EnuArea.Ring(e, n))).isCloseTo(expected, within(1e-5));
    }

    /** Off-centre disc under a correlated Gaussian, against 400 000 seeded samples. */
    @Test
    void offsetDiscMatchesMonteCarlo() {
        double[][] cov = {{400 * 400, 0.6 * 400 * 150}, {0.6 * 400 * 150, 150 * 150}};
        EnuArea disc = new EnuArea.Disc(350, 100, 250);
        double l11 = 400;
        double l21 = 0.6 * 150;
        double l22 = 150 * Math.sqrt(1 - 0.36);
        SplittableRandom rng = new SplittableRandom(7);
        int hits = 0;
        int n = 400_000;
        for (int i = 0; i < n; i++) {
            double z1 = gaussian(rng);
            double z2 = gaussian(rng);
            if (disc.contains(l11 * z1, l21 * z1 + l22 * z2)) {
                hits++;
            }
        }
        assertThat(HitProbability.ofImpact(0, 0, cov, disc)).isCloseTo((double) hits / n, within(3e-3));
    }

    @Test
    void farAwayAssetIsSafeAndCertainImpactsArePointTests() {
        double[][] cov = {{100 * 100, 0}, {0, 100 * 100}};
        assertThat(HitProbability.ofImpact(0, 0, cov, new EnuArea.Disc(50_000, 0, 2_000)))
                .isZero();
        assertThat(HitProbability.ofImpact(0, 0, cov, new EnuArea.Disc(5_000, 0, 1_000)))
                .isLessThan(1e-9);
        assertThat(HitProbability.ofImpact(10, 0, ZERO2, new EnuArea.Disc(0, 0, 20)))
                .isEqualTo(1.0);
        assertThat(HitProbability.ofImpact(30, 0, ZERO2, new EnuArea.Disc(0, 0, 20)))
                .isEqualTo(0.0);
    }

    @Test
    void groundTrackWithoutUncertaintyIsAGeometricTest() {
        double[][] cov = new double[6][6];
        EnuArea town = new EnuArea.Disc(0, 0, 2_000);
        assertThat(HitProbability.ofGroundTrack(new double[] {-30_000, 1_000, 1_000, 50, 0, 0}, cov, town))
                .isEqualTo(1.0);
        assertThat(HitProbability.ofGroundTrack(new double[] {-30_000, 3_000, 1_000, 50, 0, 0}, cov, town))
                .isEqualTo(0.0);
        assertThat(HitProbability.ofGroundTrack(new double[] {-30_000, 0, 1_000, -50, 0, 0}, cov, town))
                .isEqualTo(0.0);
        assertThat(HitProbability.ofGroundTrack(new double[] {500, 0, 1_000, -50, 0, 0}, cov, town))
                .isEqualTo(1.0); // over the town now
    }

    /**
     * Heading uncertainty against brute force: sample the velocity (and position), and test geometrically whether
     * the ray from the sampled position along the sampled velocity crosses the disc.
     */
    @ParameterizedTest
    @CsvSource({"0, 3, 0", "1500, 3, 50", "-2500, 5, 200", "0, 15, 100"})
    void groundTrackProbabilityMatchesRayCastingMonteCarlo(double offsetM, double velSigmaMps, double posSigmaM) {
        double[] mean = {-20_000, offsetM, 1_000, 50, 0, 0};
        double[][] cov = new double[6][6];
        cov[0][0] = cov[1][1] = posSigmaM * posSigmaM;
        cov[3][3] = cov[4][4] = velSigmaMps * velSigmaMps;
        EnuArea.Disc town = new EnuArea.Disc(0, 0, 2_000);
        SplittableRandom rng = new SplittableRandom(11);
        int n = 100_000;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            double e = mean[0] + posSigmaM * gaussian(rng);
            double nn = mean[1] + posSigmaM * gaussian(rng);
            double ve = mean[3] + velSigmaMps * gaussian(rng);
            double vn = mean[4] + velSigmaMps * gaussian(rng);
            // closest approach of the forward ray to the disc centre
            double t = Math.max(
                    0, ((town.centreEastM() - e) * ve + (town.centreNorthM() - nn) * vn) / (ve * ve + vn * vn));
            if (town.contains(e + ve * t, nn + vn * t)) {
                hits++;
            }
        }
        double p = HitProbability.ofGroundTrack(mean, cov, town);
        assertThat(p).isCloseTo((double) hits / n, within(0.015));
    }

    private static double mass(double a, double b, double sigma) {
        return 0.5 * Erf.erf(a / (Math.sqrt(2) * sigma), b / (Math.sqrt(2) * sigma));
    }

    private static double gaussian(SplittableRandom rng) { // Box-Muller
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
