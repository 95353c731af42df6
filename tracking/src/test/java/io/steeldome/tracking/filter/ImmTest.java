package io.steeldome.tracking.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.measurement.MeasurementModel;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.model.CoordinatedTurn;
import io.steeldome.tracking.model.LinearMotion;
import io.steeldome.tracking.model.NonlinearMotionModel;
import io.steeldome.tracking.model.StateComponent;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.state.StateLayout;
import java.util.List;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;

class ImmTest {
    private static final SimTime T0 = SimTime.ofSeconds(10);

    /** A 1-D mode: x' = exp(-decay dt) x + w, var(w) = q dt. */
    private record ScalarMode(double decayPerS, double q) implements NonlinearMotionModel {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public List<StateComponent> components() {
            return List.of(StateComponent.EAST);
        }

        @Override
        public RealVector propagate(RealVector x, double dtS) {
            return x.mapMultiply(Math.exp(-decayPerS * dtS));
        }

        @Override
        public RealMatrix jacobian(RealVector x, double dtS) {
            return MatrixUtils.createRealMatrix(new double[][] {{Math.exp(-decayPerS * dtS)}});
        }

        @Override
        public RealMatrix processNoise(double dtS) {
            return MatrixUtils.createRealMatrix(new double[][] {{q * dtS}});
        }
    }

    /** z = x + v, var(v) = r. */
    private record ScalarMeasurement(double r) implements MeasurementModel {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public RealVector expected(RealVector x) {
            return x.copy();
        }

        @Override
        public RealMatrix jacobian(RealVector x) {
            return MatrixUtils.createRealIdentityMatrix(1);
        }

        @Override
        public RealMatrix noise() {
            return MatrixUtils.createRealMatrix(new double[][] {{r}});
        }
    }

    private static GaussianState scalar(SimTime t, double mean, double variance) {
        return GaussianState.of(t, new double[] {mean}, new double[][] {{variance}});
    }

    private static double sq(double v) {
        return v * v;
    }

    /**
     * One IMM cycle of a two-mode scalar system worked by hand (Bar-Shalom, Li and Kirubarajan 2001, 11.6.6). The
     * transition matrix is asymmetric and the mode means differ, so reading p_ij as p_ji, or dropping the
     * spread-of-means term from the mixed covariance, changes the numbers.
     */
    @Test
    void oneCycleMatchesHandComputedTwoModelExample() {
        double p11 = 0.9;
        double p12 = 0.1;
        double p21 = 0.2;
        double p22 = 0.8; // p_ij = P(mode j now | mode i before)
        double mu1 = 0.7;
        double mu2 = 0.3;
        double x1 = 1;
        double v1 = 2;
        double x2 = 3;
        double v2 = 1;
        double decay2 = -Math.log(0.8);
        Imm imm = new Imm(
                new ExtendedKalmanFilter(),
                List.of(new ScalarMode(0, 0.5), new ScalarMode(decay2, 2)),
                new double[][] {{p11, p12}, {p21, p22}});
        ImmState prior = imm.start(List.of(scalar(T0, x1, v1), scalar(T0, x2, v2)), new double[] {mu1, mu2});

        // mixing: c_j = sum_i p_ij mu_i, mu_i|j = p_ij mu_i / c_j
        double c1 = p11 * mu1 + p21 * mu2;
        double c2 = p12 * mu1 + p22 * mu2;
        assertThat(c1).isCloseTo(0.69, within(1e-15));
        assertThat(c2).isCloseTo(0.31, within(1e-15));
        double w11 = p11 * mu1 / c1;
        double w21 = p21 * mu2 / c1;
        double w12 = p12 * mu1 / c2;
        double w22 = p22 * mu2 / c2;
        double m1 = w11 * x1 + w21 * x2; // = 0.81 / 0.69
        double m2 = w12 * x1 + w22 * x2; // = 0.79 / 0.31
        assertThat(m1).isCloseTo(0.81 / 0.69, within(1e-14));
        assertThat(m2).isCloseTo(0.79 / 0.31, within(1e-14));
        double s1 = w11 * (v1 + sq(x1 - m1)) + w21 * (v2 + sq(x2 - m1));
        double s2 = w12 * (v1 + sq(x1 - m2)) + w22 * (v2 + sq(x2 - m2));

        ImmState mixedOnly = imm.predict(prior, T0); // dt = 0: F = 1, Q = 0
        assertThat(mixedOnly.modeProbabilities()).containsExactly(new double[] {c1, c2}, within(1e-14));
        assertThat(mixedOnly.modeStates().get(0).meanAt(0)).isCloseTo(m1, within(1e-14));
        assertThat(mixedOnly.modeStates().get(1).meanAt(0)).isCloseTo(m2, within(1e-14));
        assertThat(mixedOnly.modeStates().get(0).covarianceAt(0, 0)).isCloseTo(s1, within(1e-13));
        assertThat(mixedOnly.modeStates().get(1).covarianceAt(0, 0)).isCloseTo(s2, within(1e-13));

        // mode-matched prediction over 1 s: F1 = 1, Q1 = 0.5; F2 = 0.8, Q2 = 2
        double xp1 = m1;
        double pp1 = s1 + 0.5;
        double xp2 = 0.8 * m2;
        double pp2 = 0.64 * s2 + 2;
        // update with z = 2, r = 0.5; likelihoods N(z - xp; 0, S)
        double z = 2;
        double r = 0.5;
        double sS1 = pp1 + r;
        double sS2 = pp2 + r;
        double like1 = Math.exp(-sq(z - xp1) / (2 * sS1)) / Math.sqrt(2 * Math.PI * sS1);
        double like2 = Math.exp(-sq(z - xp2) / (2 * sS2)) / Math.sqrt(2 * Math.PI * sS2);
        double post1 = like1 * c1 / (like1 * c1 + like2 * c2);
        double post2 = like2 * c2 / (like1 * c1 + like2 * c2);
        double xu1 = xp1 + pp1 / sS1 * (z - xp1);
        double xu2 = xp2 + pp2 / sS2 * (z - xp2);
        double pu1 = pp1 - pp1 * pp1 / sS1;
        double pu2 = pp2 - pp2 * pp2 / sS2;
        double combinedMean = post1 * xu1 + post2 * xu2;
        double combinedVar = post1 * (pu1 + sq(xu1 - combinedMean)) + post2 * (pu2 + sq(xu2 - combinedMean));

        ImmState predicted = imm.predict(prior, T0.shiftedBy(1));
        assertThat(predicted.modeStates().get(1).meanAt(0)).isCloseTo(xp2, within(1e-13));
        assertThat(predicted.modeStates().get(1).covarianceAt(0, 0)).isCloseTo(pp2, within(1e-13));
        ImmState posterior =
                imm.update(predicted, MatrixUtils.createRealVector(new double[] {z}), new ScalarMeasurement(r));

        assertThat(posterior.modeProbabilities()).containsExactly(new double[] {post1, post2}, within(1e-13));
        assertThat(posterior.modeStates().get(0).meanAt(0)).isCloseTo(xu1, within(1e-13));
        assertThat(posterior.modeStates().get(1).meanAt(0)).isCloseTo(xu2, within(1e-13));
        assertThat(posterior.modeStates().get(0).covarianceAt(0, 0)).isCloseTo(pu1, within(1e-13));
        assertThat(posterior.modeStates().get(1).covarianceAt(0, 0)).isCloseTo(pu2, within(1e-13));
        assertThat(posterior.combined().meanAt(0)).isCloseTo(combinedMean, within(1e-13));
        assertThat(posterior.combined().covarianceAt(0, 0)).isCloseTo(combinedVar, within(1e-13));
        assertThat(posterior.time()).isEqualTo(T0.shiftedBy(1));
    }

    /**
     * CV (6-D) and CT (7-D) mixed by hand: the CT mode's turn rate keeps its own mean and variance (CV has none to
     * offer), its correlation with position shrinks by the weight of CT's own contribution, and position components
     * mix with the spread term. The combined output is the 6-D StateLayout state.
     */
    @Test
    void unequalStatesAreMixedThroughTheReceivingModesOwnEstimate() {
        ConstantVelocity cv = ConstantVelocity.continuousEnu(1);
        CoordinatedTurn ct = new CoordinatedTurn(1, 1e-3);
        Imm imm = new Imm(
                new ExtendedKalmanFilter(), List.of(LinearMotion.of(cv), ct), new double[][] {{0.8, 0.2}, {0.3, 0.7}});
        double[] cvMean = {100, 200, 300, 10, 20, 0};
        double[] ctMean = {130, 190, 300, 12, 25, 0, 0.1};
        RealMatrix cvCov = MatrixUtils.createRealDiagonalMatrix(new double[] {400, 400, 400, 25, 25, 25});
        RealMatrix ctCov = MatrixUtils.createRealDiagonalMatrix(new double[] {900, 900, 900, 36, 36, 36, 0.01});
        ctCov.setEntry(0, 6, 0.5);
        ctCov.setEntry(6, 0, 0.5);
        double muCv = 0.6;
        double muCt = 0.4;
        ImmState prior = imm.start(
                List.of(
                        GaussianState.of(T0, MatrixUtils.createRealVector(cvMean), cvCov),
                        GaussianState.of(T0, MatrixUtils.createRealVector(ctMean), ctCov)),
                new double[] {muCv, muCt});

        assertThat(imm.combinedComponents()).hasSize(StateLayout.DIM);
        assertThat(imm.combinedComponents().get(StateLayout.V_NORTH)).isEqualTo(StateComponent.V_NORTH);
        double eastAtStart = muCv * 100 + muCt * 130;
        assertThat(prior.combined().dimension()).isEqualTo(6);
        assertThat(prior.combined().meanAt(0)).isCloseTo(eastAtStart, within(1e-12));
        assertThat(prior.combined().covarianceAt(0, 0))
                .isCloseTo(muCv * (400 + sq(100 - eastAtStart)) + muCt * (900 + sq(130 - eastAtStart)), within(1e-10));

        double cCt = 0.2 * muCv + 0.7 * muCt;
        double wCvToCt = 0.2 * muCv / cCt;
        double wCtToCt = 0.7 * muCt / cCt;
        double cCv = 0.8 * muCv + 0.3 * muCt;
        double wCvToCv = 0.8 * muCv / cCv;
        double wCtToCv = 0.3 * muCt / cCv;
        ImmState mixed = imm.predict(prior, T0);
        GaussianState ctMixed = mixed.modeStates().get(1);
        GaussianState cvMixed = mixed.modeStates().get(0);

        assertThat(ctMixed.dimension()).isEqualTo(7);
        assertThat(ctMixed.meanAt(6)).isCloseTo(0.1, within(1e-15));
        assertThat(ctMixed.covarianceAt(6, 6)).isCloseTo(0.01, within(1e-15));
        assertThat(ctMixed.covarianceAt(0, 6)).isCloseTo(wCtToCt * 0.5, within(1e-13));
        double ctEast = wCvToCt * 100 + wCtToCt * 130;
        assertThat(ctMixed.meanAt(0)).isCloseTo(ctEast, within(1e-12));
        assertThat(ctMixed.covarianceAt(0, 0))
                .isCloseTo(wCvToCt * (400 + sq(100 - ctEast)) + wCtToCt * (900 + sq(130 - ctEast)), within(1e-10));
        double cvNorthVelocity = wCvToCv * 20 + wCtToCv * 25;
        assertThat(cvMixed.dimension()).isEqualTo(6);
        assertThat(cvMixed.meanAt(4)).isCloseTo(cvNorthVelocity, within(1e-12));
        assertThat(cvMixed.covarianceAt(4, 4))
                .isCloseTo(
                        wCvToCv * (25 + sq(20 - cvNorthVelocity)) + wCtToCv * (36 + sq(25 - cvNorthVelocity)),
                        within(1e-10));
        assertThat(cvMixed.covarianceAt(3, 4)).isCloseTo(wCvToCv * wCtToCv * (10 - 12) * (20 - 25), within(1e-10));
    }

    @Test
    void rejectsInvalidTransitionMatricesAndProbabilities() {
        List<NonlinearMotionModel> modes = List.of(new ScalarMode(0, 1), new ScalarMode(1, 1));
        ExtendedKalmanFilter ekf = new ExtendedKalmanFilter();
        assertThatThrownBy(() -> new Imm(ekf, modes, new double[][] {{0.9, 0.2}, {0.1, 0.9}}))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(TrackingError.INVALID_CONFIG));
        assertThatThrownBy(() -> new Imm(ekf, modes, new double[][] {{1.1, -0.1}, {0.1, 0.9}}))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new Imm(ekf, modes, new double[][] {{1}}))
                .isInstanceOfSatisfying(
                        SteeldomeException.class,
                        e -> assertThat(e.code()).isEqualTo(TrackingError.DIMENSION_MISMATCH));
        Imm imm = new Imm(ekf, modes, new double[][] {{0.9, 0.1}, {0.1, 0.9}});
        assertThatThrownBy(() -> imm.start(List.of(scalar(T0, 0, 1), scalar(T0, 0, 1)), new double[] {0.5, 0.6}))
                .isInstanceOf(SteeldomeException.class);
    }
}
