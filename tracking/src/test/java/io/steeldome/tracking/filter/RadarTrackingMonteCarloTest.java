package io.steeldome.tracking.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import io.steeldome.core.units.Units;
import io.steeldome.tracking.measurement.RadarPolar;
import io.steeldome.tracking.metric.Anees;
import io.steeldome.tracking.metric.Nees;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.model.LinearMotion;
import io.steeldome.tracking.state.GaussianState;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance: EKF and UKF on radar plots of a constant-velocity target, 200 seeded Monte Carlo runs, against the
 * NEES test and against a converted-measurement linear Kalman filter fed the same plots. The target flies past the
 * radar either due south of it, where the azimuth jumps between +180 and -180 deg, or due north.
 */
class RadarTrackingMonteCarloTest {
    private static final int RUNS = 200;
    private static final int STEPS = 60;
    private static final double DT_S = 1.0;
    private static final EnuVector SENSOR = new EnuVector(2000, -1000, 20);
    private static final RadarPolar RADAR = RadarPolar.of(SENSOR, 15, 1.5e-3, 1.5e-3);

    @ParameterizedTest(name = "{0}, passing {1} of the radar")
    @CsvSource({"EKF, south, 101", "UKF, south, 102", "EKF, north, 103", "UKF, north, 104"})
    void consistentAndAsAccurateAsTheConvertedMeasurementFilter(String kind, String side, long seed) {
        GaussianFilter filter = kind.equals("EKF") ? new ExtendedKalmanFilter() : new UnscentedKalmanFilter();
        double northOffsetM = side.equals("south") ? -12_000 : 12_000;
        ConstantVelocity cv = ConstantVelocity.continuousEnu(0.1);
        LinearMotion motion = LinearMotion.of(cv);
        RealMatrix f = cv.transition(DT_S);
        RealMatrix q = cv.processNoise(DT_S);
        RealMatrix p0 = MatrixUtils.createRealDiagonalMatrix(
                new double[] {200 * 200, 200 * 200, 200 * 200, 30 * 30, 30 * 30, 30 * 30});
        RealVector start = MatrixUtils.createRealVector(
                new double[] {SENSOR.eastM() - 9000, SENSOR.northM() + northOffsetM, 3000, 300, 0, 0});
        KalmanFilter converted = new KalmanFilter();
        Well19937c rng = new Well19937c(seed);

        double filterSquared = 0;
        double convertedSquared = 0;
        int samples = 0;
        boolean crossedCut = false;
        double[] nees = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            RealVector truth = start.copy();
            RealVector initialError = Sampler.draw(rng, p0);
            GaussianState x = GaussianState.of(SimTime.ZERO, truth.add(initialError), p0);
            GaussianState c = x;
            double previousAzimuth = RADAR.expected(truth).getEntry(RadarPolar.AZIMUTH);
            for (int k = 1; k <= STEPS; k++) {
                SimTime t = SimTime.ofSeconds(k * DT_S);
                truth = f.operate(truth).add(Sampler.draw(rng, q));
                RealVector z = RADAR.expected(truth).add(Sampler.draw(rng, 15, 1.5e-3, 1.5e-3));
                z.setEntry(RadarPolar.AZIMUTH, Units.wrapPi(z.getEntry(RadarPolar.AZIMUTH)));
                crossedCut |= Math.abs(z.getEntry(RadarPolar.AZIMUTH) - previousAzimuth) > Math.PI;
                previousAzimuth = z.getEntry(RadarPolar.AZIMUTH);

                x = filter.update(filter.predict(x, motion, t), z, RADAR).posterior();
                EnuVector plot = RADAR.toEnu(z);
                c = converted
                        .update(converted.predict(c, cv, t), vector(plot), RADAR.convertedCovariance(z))
                        .posterior();
                if (k > 10) {
                    filterSquared += positionErrorSquared(truth, x);
                    convertedSquared += positionErrorSquared(truth, c);
                    samples++;
                }
            }
            nees[run] = Nees.of(truth, x);
        }
        double rmse = Math.sqrt(filterSquared / samples);
        double convertedRmse = Math.sqrt(convertedSquared / samples);
        Anees anees = Anees.of(nees, 6, 0.95);
        System.out.printf(
                "%s %s: RMSE %.2f m, converted-measurement KF %.2f m, ratio %.4f; ANEES %.4f in [%.4f, %.4f]%n",
                kind,
                side,
                rmse,
                convertedRmse,
                rmse / convertedRmse,
                anees.value(),
                anees.lowerBound(),
                anees.upperBound());

        assertThat(crossedCut).isEqualTo(side.equals("south"));
        assertThat(anees.consistent()).as("ANEES %s", anees).isTrue();
        assertThat(rmse / convertedRmse).isBetween(0.95, 1.05);
    }

    private static RealVector vector(EnuVector v) {
        return MatrixUtils.createRealVector(v.toArray());
    }

    private static double positionErrorSquared(RealVector truth, GaussianState estimate) {
        RealVector e = truth.getSubVector(0, 3).subtract(estimate.mean().getSubVector(0, 3));
        return e.dotProduct(e);
    }
}
