package io.steeldome.sensors.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.time.SimTime;
import io.steeldome.sensors.SensorError;
import io.steeldome.sensors.detection.Swerling;
import io.steeldome.sensors.signature.TargetType;
import io.steeldome.sensors.spec.RadarSpec;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Truth comes from core's geodesy (targets are placed at known polar coordinates in the antenna's ENU frame), from
 * hand-computed Swerling-1 values, and from sampling statistics with 4-4.5 sigma tolerances on seeded runs.
 */
class RadarTest {
    private static final GeodeticPoint SITE = GeodeticPoint.ofDegrees(48.0, 11.0, 500);
    /** The scenario origin is about 80 km from the radar, so the radar and scenario ENU axes differ. */
    private static final LocalFrame SCENARIO = LocalFrame.at(GeodeticPoint.ofDegrees(48.5, 11.8, 300));

    private static final RadarSpec QUIET = RadarSpec.longRangeSurveillance().withFalseAlarmsPerScan(0);
    private static final SimTime T = SimTime.ofSeconds(42);

    private static LocalFrame antennaFrame(RadarSpec spec) {
        return LocalFrame.at(SITE.withHeight(SITE.hM() + spec.antennaHeightM()));
    }

    /** A point at the given slant range, azimuth (from north, clockwise) and geometric elevation from the antenna. */
    private static EcefPoint atPolar(RadarSpec spec, double rangeM, double azDeg, double elDeg) {
        double az = Math.toRadians(azDeg);
        double el = Math.toRadians(elDeg);
        return antennaFrame(spec)
                .toEcef(new EnuVector(
                        rangeM * Math.cos(el) * Math.sin(az),
                        rangeM * Math.cos(el) * Math.cos(az),
                        rangeM * Math.sin(el)));
    }

    private static double angleDiff(double a, double b) {
        return Math.IEEEremainder(a - b, 2 * Math.PI);
    }

    @ParameterizedTest
    @CsvSource({"0, 100000, 0", "100000, 0, 90", "0, -100000, 180", "-100000, 0, 270"})
    void targetDueNorthEastSouthWestHasAzimuth0_90_180_270(double eastM, double northM, double expectedAzDeg) {
        RadarSpec spec = QUIET.withMeasurementSigmas(1e-3, 1e-9, 1e-9);
        Radar radar = new Radar("r1", SITE, spec, SCENARIO);
        EcefPoint target = antennaFrame(spec).toEcef(new EnuVector(eastM, northM, 5000));
        ScanResult result = radar.scan(T, List.of(new TargetSnapshot("a", target, 1e6)), new SplittableRandom(1));

        assertThat(result.plots()).hasSize(1);
        Plot plot = result.plots().get(0);
        assertThat(angleDiff(plot.azimuthRad(), Math.toRadians(expectedAzDeg))).isCloseTo(0, within(1e-7));
        assertThat(plot.elevationRad()).isCloseTo(Math.atan2(5000, 100_000), within(1e-7));
        assertThat(plot.rangeM()).isCloseTo(Math.hypot(5000, 100_000), within(0.01));
        assertThat(plot.time()).isEqualTo(T);
        assertThat(plot.sensorId()).isEqualTo("r1");
        // converted position lands on the truth in the scenario frame (through ECEF, independently of the radar)
        EnuVector truth = SCENARIO.toEnu(target);
        assertThat(plot.positionEnu().minus(truth).norm()).isLessThan(0.01);
    }

    /** 10 m antenna at sea level, target at 100 m: horizons 13.0 + 41.2 = 54.2 km (4/3 earth, 4.12 sqrt(h) rule). */
    @Test
    void targetBelowTheHorizonIsNeverDetected() {
        GeodeticPoint seaSite = SITE.withHeight(0);
        Radar radar = new Radar("coast", seaSite, QUIET.withAntennaHeightM(10), SCENARIO);
        EcefPoint hidden = Wgs84.toEcef(Geodesy.direct(seaSite, 0, 60_000).withHeight(100));
        EcefPoint visible = Wgs84.toEcef(Geodesy.direct(seaSite, 0, 50_000).withHeight(100));
        TargetSnapshot low = new TargetSnapshot("low", hidden, 1e6);
        TargetSnapshot near = new TargetSnapshot("near", visible, 1e6);
        assertThat(radar.covers(hidden)).isFalse();
        assertThat(radar.covers(visible)).isTrue();

        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            ScanResult r = radar.scan(T, List.of(low, near), rng);
            assertThat(r.detectedTargetIds()).doesNotContain("low");
            assertThat(r.targetsInCoverage()).isEqualTo(1);
        }
        assertThat(radar.probabilityOfDetection(low)).isZero();
    }

    @Test
    void outsideInstrumentedRangeOrElevationFanIsNotCovered() {
        Radar radar = new Radar("r1", SITE, QUIET, SCENARIO);
        // 460 km away at 40 km altitude: above the horizon but beyond the 450 km instrumented range
        GeodeticPoint far = Geodesy.direct(SITE, 1.0, 460_000).withHeight(40_000);
        assertThat(radar.covers(Wgs84.toEcef(far))).isFalse();
        // 30 deg elevation, above the 20 deg fan
        assertThat(radar.covers(atPolar(QUIET, 20_000, 10, 30))).isFalse();
        assertThat(radar.covers(atPolar(QUIET, 20_000, 10, 10))).isTrue();
    }

    /** 1 m^2 at 100 km has SNR 10 (10 dB), so SNR = 10 rcs; Swerling 1 by hand: Pd = 1e-6^(1 / (1 + SNR)). */
    @ParameterizedTest
    @CsvSource({"0.1, 0.001", "1, 0.2848035868435802", "4, 0.7139347751502868"})
    void empiricalDetectionRateMatchesSwerling1(double rcsM2, double expectedPd) {
        RadarSpec spec = QUIET.withReference(100_000, 10);
        Radar radar = new Radar("r1", SITE, spec, SCENARIO);
        TargetSnapshot target = new TargetSnapshot("t", atPolar(spec, 100_000, 30, 3), rcsM2);
        assertThat(radar.probabilityOfDetection(target)).isCloseTo(expectedPd, within(1e-9));

        SplittableRandom rng = new SplittableRandom(99);
        int n = 20_000;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            ScanResult r = radar.scan(T, List.of(target), rng);
            hits += r.targetsDetected();
            assertThat(r.plots()).hasSize(r.targetsDetected());
        }
        double sigma = Math.sqrt(expectedPd * (1 - expectedPd) / n);
        assertThat((double) hits / n).isCloseTo(expectedPd, within(4.5 * sigma));
    }

    /**
     * Swerling 3 (TargetType.CRUISE_MISSILE) at SNR 10 (10 dB), Pfa 1e-6, by hand: T = 13.8155, b = 1 + SNR/2 = 6,
     * Pd = exp(-T/b) (1 + (SNR/2) T / b^2) = 0.291882 (the SciPy integration of SwerlingIntegrationTest: 0.29188209108).
     */
    @Test
    void targetSwerlingModelIsUsed() {
        RadarSpec spec = QUIET.withReference(100_000, 10);
        Radar radar = new Radar("r1", SITE, spec, SCENARIO);
        EcefPoint p = atPolar(spec, 100_000, 30, 3);
        TargetSnapshot missile = new TargetSnapshot("m", p, 1, Swerling.CASE_3);
        double t = -Math.log(1e-6);
        double expected = Math.exp(-t / 6) * (1 + 5 * t / 36);
        assertThat(expected).isCloseTo(0.29188209108283625, within(1e-10));
        assertThat(radar.probabilityOfDetection(missile)).isCloseTo(expected, within(1e-12));
        assertThat(TargetSnapshot.of("c", p, TargetType.CRUISE_MISSILE))
                .isEqualTo(new TargetSnapshot("c", p, 0.1, Swerling.CASE_3));
        SplittableRandom rng = new SplittableRandom(4242);
        int n = 20_000;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            hits += radar.scan(T, List.of(missile), rng).targetsDetected();
        }
        assertThat((double) hits / n).isCloseTo(expected, within(4.5 * Math.sqrt(expected * (1 - expected) / n)));
    }

    /** Five looks integrated non-coherently: the radar's Pd is the exact 5-pulse Swerling-1 value. */
    @Test
    void noncoherentIntegrationUsesTheNPulseProbability() {
        RadarSpec spec = QUIET.withReference(100_000, 3).withNoncoherentPulses(5);
        Radar radar = new Radar("r1", SITE, spec, SCENARIO);
        TargetSnapshot target = new TargetSnapshot("t", atPolar(spec, 100_000, 30, 3), 1);
        double pd5 = Swerling.CASE_1.probabilityOfDetection(Swerling.dbToLinear(3), 1e-6, 5);
        assertThat(radar.probabilityOfDetection(target)).isCloseTo(pd5, within(1e-12));
        assertThat(pd5).isGreaterThan(Swerling.CASE_1.probabilityOfDetection(Swerling.dbToLinear(3), 1e-6));
    }

    @Test
    void measurementNoiseHasSpecifiedMeanAndSigma() {
        Radar radar = new Radar("r1", SITE, QUIET, SCENARIO);
        double rangeM = 150_000;
        double az = Math.toRadians(45);
        double el = Math.toRadians(4);
        TargetSnapshot target = new TargetSnapshot("t", atPolar(QUIET, rangeM, 45, 4), 1e6);
        SplittableRandom rng = new SplittableRandom(2024);
        int n = 5000;
        double[][] err = new double[3][n];
        for (int i = 0; i < n; i++) {
            Plot p = radar.scan(T, List.of(target), rng).plots().get(0);
            err[0][i] = p.rangeM() - rangeM;
            err[1][i] = angleDiff(p.azimuthRad(), az);
            err[2][i] = p.elevationRad() - el;
        }
        double[] sigma = {QUIET.rangeSigmaM(), QUIET.azimuthSigmaRad(), QUIET.elevationSigmaRad()};
        for (int k = 0; k < 3; k++) {
            double mean = Arrays.stream(err[k]).average().orElseThrow();
            double var = Arrays.stream(err[k]).map(e -> (e - mean) * (e - mean)).sum() / (n - 1);
            assertThat(mean).as("mean of component %d", k).isCloseTo(0, within(4 * sigma[k] / Math.sqrt(n)));
            // sample variance / sigma^2 ~ chi2(n-1)/(n-1): sd sqrt(2/(n-1))
            assertThat(var / (sigma[k] * sigma[k]))
                    .as("variance ratio of component %d", k)
                    .isCloseTo(1, within(4 * Math.sqrt(2.0 / (n - 1))));
        }
        // independent components: sample correlation ~ N(0, 1/n)
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                assertThat(correlation(err[a], err[b])).isCloseTo(0, within(4 / Math.sqrt(n)));
            }
        }
    }

    /**
     * The converted covariance (Jacobian, rotated radar ENU -> ECEF -> scenario ENU) must match the empirical
     * covariance of converted positions, and the normalised error squared against the truth must average 3.
     */
    @ParameterizedTest
    @CsvSource({"48.5, 11.8", "38.0, 30.0"})
    void convertedCovarianceMatchesMonteCarlo(double scenarioLatDeg, double scenarioLonDeg) {
        // the second scenario origin is ~2000 km away: its axes are rotated ~20 deg from the radar's
        LocalFrame scenario = LocalFrame.at(GeodeticPoint.ofDegrees(scenarioLatDeg, scenarioLonDeg, 0));
        Radar radar = new Radar("r1", SITE, QUIET, scenario);
        EcefPoint targetEcef = atPolar(QUIET, 200_000, 120, 5);
        EnuVector truth = scenario.toEnu(targetEcef);
        TargetSnapshot target = new TargetSnapshot("t", targetEcef, 1e6);
        SplittableRandom rng = new SplittableRandom(31337);
        int n = 6000;
        List<double[]> positions = new ArrayList<>();
        double[][] meanCov = new double[3][3];
        double nees = 0;
        for (int i = 0; i < n; i++) {
            Plot p = radar.scan(T, List.of(target), rng).plots().get(0);
            double[] x = p.positionEnu().toArray();
            positions.add(x);
            double[][] c = p.covarianceEnuM2();
            for (int a = 0; a < 3; a++) {
                assertThat(c[a][a]).isPositive();
                for (int b = 0; b < 3; b++) {
                    assertThat(c[a][b]).isEqualTo(c[b][a]);
                    meanCov[a][b] += c[a][b] / n;
                }
            }
            RealVector d =
                    MatrixUtils.createRealVector(p.positionEnu().minus(truth).toArray());
            nees += d.dotProduct(new CholeskyDecomposition(MatrixUtils.createRealMatrix(c))
                            .getSolver()
                            .solve(d))
                    / n;
        }
        double[] mean = new double[3];
        for (double[] x : positions) {
            for (int a = 0; a < 3; a++) {
                mean[a] += x[a] / n;
            }
        }
        double[][] empirical = new double[3][3];
        for (double[] x : positions) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    empirical[a][b] += (x[a] - mean[a]) * (x[b] - mean[b]) / (n - 1);
                }
            }
        }
        for (int a = 0; a < 3; a++) {
            // unbiased to well below the sampling error (the conversion bias r sigma_az^2 / 2 is < 1 m here)
            assertThat(mean[a]).isCloseTo(truth.toArray()[a], within(4 * Math.sqrt(meanCov[a][a] / n)));
            for (int b = 0; b < 3; b++) {
                double sd = Math.sqrt((meanCov[a][a] * meanCov[b][b] + meanCov[a][b] * meanCov[a][b]) / n);
                assertThat(empirical[a][b]).as("cov[%d][%d]", a, b).isCloseTo(meanCov[a][b], within(4.5 * sd));
            }
        }
        // NEES of a consistent 3-D Gaussian: mean 3, sd sqrt(6 / n)
        assertThat(nees).isCloseTo(3, within(4 * Math.sqrt(6.0 / n)));
        // the cross-range axis dominates: 0.15 deg at 200 km is ~520 m, range noise 50 m
        double trace = meanCov[0][0] + meanCov[1][1] + meanCov[2][2];
        double crossRange = 200_000 * QUIET.azimuthSigmaRad() * Math.cos(Math.toRadians(5));
        assertThat(trace).isGreaterThan(crossRange * crossRange);
    }

    @Test
    void falsePlotCountIsPoissonAndFillsTheCoverage() {
        double lambda = 3.5;
        RadarSpec spec = QUIET.withFalseAlarmsPerScan(lambda);
        Radar radar = new Radar("r1", SITE, spec, SCENARIO);
        SplittableRandom rng = new SplittableRandom(4242);
        int n = 4000;
        double sum = 0;
        double sumSq = 0;
        int zeros = 0;
        int plotsTotal = 0;
        int inner = 0;
        int eastHalf = 0;
        double innerRadius = spec.maxInstrumentedRangeM() / Math.sqrt(2);
        for (int i = 0; i < n; i++) {
            ScanResult r = radar.scan(T, List.of(), rng);
            assertThat(r.plots()).hasSize(r.falseAlarms());
            assertThat(r.targetsDetected()).isZero();
            sum += r.falseAlarms();
            sumSq += (double) r.falseAlarms() * r.falseAlarms();
            zeros += r.falseAlarms() == 0 ? 1 : 0;
            for (Plot p : r.plots()) {
                plotsTotal++;
                assertThat(p.rangeM()).isBetween(0.0, spec.maxInstrumentedRangeM());
                assertThat(p.elevationRad()).isBetween(spec.minElevationRad(), spec.maxElevationRad());
                inner += p.rangeM() < innerRadius ? 1 : 0;
                eastHalf += p.azimuthRad() < Math.PI ? 1 : 0;
            }
        }
        double mean = sum / n;
        double var = (sumSq - n * mean * mean) / (n - 1);
        assertThat(mean).isCloseTo(lambda, within(4 * Math.sqrt(lambda / n)));
        // variance of the sample variance of a Poisson: (lambda + 2 lambda^2) / n
        assertThat(var).isCloseTo(lambda, within(4 * Math.sqrt((lambda + 2 * lambda * lambda) / n)));
        double p0 = Math.exp(-lambda);
        assertThat((double) zeros / n).isCloseTo(p0, within(4.5 * Math.sqrt(p0 * (1 - p0) / n)));
        // uniform in area: half the plots fall inside R / sqrt(2); uniform azimuth: half in [0, pi)
        double half = 4.5 * Math.sqrt(0.25 / plotsTotal);
        assertThat((double) inner / plotsTotal).isCloseTo(0.5, within(half));
        assertThat((double) eastHalf / plotsTotal).isCloseTo(0.5, within(half));
    }

    @Test
    void plotsAreSortedByAzimuthAndCarryNoTruth() {
        Radar radar = new Radar("r1", SITE, QUIET.withFalseAlarmsPerScan(5), SCENARIO);
        List<TargetSnapshot> targets = List.of(
                new TargetSnapshot("z", atPolar(QUIET, 80_000, 300, 2), 1e6),
                new TargetSnapshot("a", atPolar(QUIET, 90_000, 10, 2), 1e6),
                new TargetSnapshot("m", atPolar(QUIET, 70_000, 150, 2), 1e6));
        ScanResult r = radar.scan(T, targets, new SplittableRandom(5));
        assertThat(r.detectedTargetIds()).containsExactly("a", "m", "z");
        assertThat(r.targetsInCoverage()).isEqualTo(3);
        assertThat(r.plots()).hasSize(3 + r.falseAlarms());
        for (int i = 1; i < r.plots().size(); i++) {
            assertThat(r.plots().get(i).azimuthRad())
                    .isGreaterThanOrEqualTo(r.plots().get(i - 1).azimuthRad());
        }
        assertThat(Arrays.stream(Plot.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly(
                        "time", "sensorId", "rangeM", "azimuthRad", "elevationRad", "positionEnu", "covarianceEnuM2");
    }

    @Test
    void sameSeedSameScan() {
        Radar radar = new Radar("r1", SITE, RadarSpec.longRangeSurveillance(), SCENARIO);
        List<TargetSnapshot> targets = List.of(new TargetSnapshot("a", atPolar(QUIET, 300_000, 77, 1), 2));
        ScanResult a = radar.scan(T, targets, new SplittableRandom(11));
        ScanResult b = radar.scan(T, targets, new SplittableRandom(11));
        assertThat(a.plots().stream().map(Plot::positionEnu).toList())
                .isEqualTo(b.plots().stream().map(Plot::positionEnu).toList());
        assertThat(a.detectedTargetIds()).isEqualTo(b.detectedTargetIds());
    }

    @Test
    void rejectsDuplicateTargetIdsAndBlankSensorId() {
        Radar radar = new Radar("r1", SITE, QUIET, SCENARIO);
        TargetSnapshot t = new TargetSnapshot("dup", atPolar(QUIET, 50_000, 0, 2), 1);
        assertThatThrownBy(() -> radar.scan(T, List.of(t, t), new SplittableRandom(1)))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(SensorError.DUPLICATE_TARGET_ID));
        assertThatThrownBy(() -> new Radar(" ", SITE, QUIET, SCENARIO))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(SensorError.BLANK_ID));
        assertThatThrownBy(() -> new TargetSnapshot("x", atPolar(QUIET, 1000, 0, 2), 0))
                .isInstanceOf(SteeldomeException.class);
    }

    @Test
    void plotCovarianceIsDefensivelyCopied() {
        Radar radar = new Radar("r1", SITE, QUIET, SCENARIO);
        Plot p = radar.scan(
                        T, List.of(new TargetSnapshot("a", atPolar(QUIET, 50_000, 0, 2), 1e6)), new SplittableRandom(3))
                .plots()
                .get(0);
        double before = p.covarianceEnuM2()[0][0];
        p.covarianceEnuM2()[0][0] = -1;
        assertThat(p.covarianceEnuM2()[0][0]).isEqualTo(before);
    }

    private static double correlation(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
