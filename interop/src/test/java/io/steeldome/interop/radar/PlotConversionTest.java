package io.steeldome.interop.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.tracker.Detection;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlotConversionTest {
    private static final RadarSite SITE = RadarSite.typicalSsr(25, 201, GeodeticPoint.ofDegrees(38.5, 43.3, 1800));
    private static final LocalFrame SCENARIO = LocalFrame.at(GeodeticPoint.ofDegrees(38.0, 43.0, 0));

    /**
     * The linearised covariance against the spread of a seeded Monte Carlo through the exact conversion: 40,000
     * draws of (range, azimuth, height) noise, each geolocated and expressed in the scenario frame. Sampling error
     * of a variance at that size is about 0.7 %, so 4 % of the larger standard deviation product is generous for
     * sampling and tight for a wrong Jacobian (a swapped axis or a missed cos(elevation) is off by far more).
     */
    @ParameterizedTest
    @CsvSource({"120000, 0.7, 9000", "40000, 3.5, 3000", "250000, 5.9, 12000"})
    void covarianceMatchesMonteCarloThroughTheExactConversion(double rangeM, double azimuthRad, double heightM) {
        PlotConversion conversion = PlotConversion.of(SCENARIO, 5000, 3000);
        Detection d = conversion
                .toDetection(SITE, SimTime.ZERO, "r", rangeM, azimuthRad, OptionalDouble.of(heightM))
                .orElseThrow();

        SplittableRandom rng = new SplittableRandom(20261126);
        int n = 40_000;
        double[] mean = new double[3];
        double[][] m2 = new double[3][3];
        for (int i = 1; i <= n; i++) {
            double r = rangeM + SITE.rangeSigmaM() * gauss(rng);
            double a = azimuthRad + SITE.azimuthSigmaRad() * gauss(rng);
            double h = heightM + SITE.heightSigmaM() * gauss(rng);
            EnuVector e = SCENARIO.toEnu(
                    PlotGeolocator.locate(SITE.antenna(), r, a, h).orElseThrow());
            double[] x = {e.eastM(), e.northM(), e.upM()};
            double[] delta = new double[3];
            for (int k = 0; k < 3; k++) {
                delta[k] = x[k] - mean[k];
                mean[k] += delta[k] / i;
            }
            for (int p = 0; p < 3; p++) {
                for (int q = 0; q < 3; q++) {
                    m2[p][q] += delta[p] * (x[q] - mean[q]);
                }
            }
        }
        double[][] cov = d.covarianceM2();
        for (int p = 0; p < 3; p++) {
            for (int q = 0; q < 3; q++) {
                double sample = m2[p][q] / (n - 1);
                double scale = Math.sqrt(Math.max(cov[p][p], cov[q][q]) * Math.max(m2[p][p], m2[q][q]) / (n - 1));
                assertThat(cov[p][q]).as("cov[%d][%d]", p, q).isCloseTo(sample, within(0.04 * scale));
            }
        }
        assertThat(d.eastM()).isCloseTo(mean[0], within(5.0));
        assertThat(d.northM()).isCloseTo(mean[1], within(5.0));
    }

    @Test
    void aPlotWithoutHeightIsPlacedAtTheAssumedHeightWithItsWideAccuracy() {
        PlotConversion conversion = PlotConversion.of(SCENARIO, 5000, 3000);
        Detection known = conversion
                .toDetection(SITE, SimTime.ZERO, "r", 80_000, 1.0, OptionalDouble.of(5000))
                .orElseThrow();
        Detection assumed = conversion
                .toDetection(SITE, SimTime.ZERO, "r", 80_000, 1.0, OptionalDouble.empty())
                .orElseThrow();

        assertThat(assumed.eastM()).isCloseTo(known.eastM(), within(1e-6));
        // The height uncertainty is 100 times wider, so the vertical variance is about 10^4 times larger.
        assertThat(assumed.covarianceM2()[2][2] / known.covarianceM2()[2][2]).isGreaterThan(5000);
    }

    @Test
    void unreachableGeometryGivesNoDetection() {
        PlotConversion conversion = PlotConversion.of(SCENARIO, 5000, 3000);
        assertThat(conversion.toDetection(SITE, SimTime.ZERO, "r", 1000, 0, OptionalDouble.of(12000)))
                .isEmpty();
    }

    private static double gauss(SplittableRandom rng) {
        // Box-Muller; one value per call keeps the stream simple.
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
