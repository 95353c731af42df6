package io.steeldome.defence.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.threat.BallisticTrajectory;
import io.steeldome.defence.threat.ThreatType;
import io.steeldome.tracking.state.GaussianState;
import java.util.Optional;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImpactPredictorTest {
    private static final double GROUND_M = 1600;
    private static final GeodeticPoint TOWN = GeodeticPoint.ofDegrees(39.5467, 44.0847, GROUND_M);
    private static final LocalFrame FRAME = LocalFrame.at(TOWN);
    private static final SimTime T0 = SimTime.ofSeconds(10);
    private static final ImpactPredictor PREDICTOR = new ImpactPredictor(FRAME, GROUND_M);

    private static BallisticTrajectory shot(ThreatType type, double rangeM, GeodeticPoint aim) {
        GeodeticPoint launch = Geodesy.direct(aim, Math.toRadians(115), rangeM);
        return BallisticTrajectory.solve(FRAME, launch, aim, T0, type.nominalFlightTimeS(rangeM));
    }

    private static double[] truthState(BallisticTrajectory traj, SimTime t) {
        EnuVector p = traj.positionAt(t);
        EnuVector v = traj.velocityAt(t);
        return new double[] {p.eastM(), p.northM(), p.upM(), v.eastM(), v.northM(), v.upM()};
    }

    /** With no uncertainty the predictor must reproduce the truth's own impact (same force model). */
    @ParameterizedTest
    @CsvSource({"GRAD, 20000, 0.3", "GRAD, 20000, 0.8", "SCUD, 300000, 0.5", "SCUD, 300000, 0.9"})
    void zeroCovariancePredictionMatchesTruthImpact(String kind, double rangeM, double fraction) {
        GeodeticPoint aim = Geodesy.direct(TOWN, 0.3, 2_000); // off the frame origin, on the ground
        ThreatType type = kind.equals("GRAD") ? ThreatType.GRAD_122MM : ThreatType.SCUD_B;
        BallisticTrajectory traj = shot(type, rangeM, aim);
        SimTime now = T0.shiftedBy(fraction * traj.endTime().secondsSince(T0));
        GaussianState state = GaussianState.of(now, truthState(traj, now), new double[6][6]);

        ImpactPrediction p = PREDICTOR.predictImpact(state).orElseThrow();
        EnuVector truth = FRAME.toEnu(aim);
        assertThat(p.impactEnu().minus(truth).norm()).isLessThan(2.0);
        assertThat(p.impactTime().secondsSince(traj.endTime())).isCloseTo(0, within(0.01));
        assertThat(p.sigmaMajorM()).isLessThan(1e-3);

        BallisticPath path = PREDICTOR.ballisticPath(state).orElseThrow();
        assertThat(path.startTime()).isEqualTo(now);
        assertThat(path.endTime().secondsSince(traj.endTime())).isCloseTo(0, within(0.01));
        SimTime mid = now.shiftedBy(0.5 * traj.endTime().secondsSince(now));
        assertThat(path.positionAt(mid).minus(traj.positionAt(mid)).norm()).isLessThan(1.0);
        assertThat(path.velocityAt(mid).minus(traj.velocityAt(mid)).norm()).isLessThan(0.01);
    }

    /**
     * The UT impact statistics against a seeded Monte Carlo (4000 draws) through the very same propagation. The
     * sampling error of a variance at N = 4000 is sqrt(2 / N) = 2.2 %, so 6 % leaves room for the UT's own error.
     */
    @ParameterizedTest
    @CsvSource({"GRAD, 20000, 0.4, 40, 8", "SCUD, 300000, 0.75, 150, 25"})
    void unscentedCovarianceMatchesMonteCarlo(
            String kind, double rangeM, double fraction, double posSigmaM, double velSigmaMps) {
        ThreatType type = kind.equals("GRAD") ? ThreatType.GRAD_122MM : ThreatType.SCUD_B;
        BallisticTrajectory traj = shot(type, rangeM, TOWN);
        SimTime now = T0.shiftedBy(fraction * traj.endTime().secondsSince(T0));
        double[] mean = truthState(traj, now);
        RealMatrix cov = MatrixUtils.createRealMatrix(6, 6);
        for (int i = 0; i < 3; i++) {
            cov.setEntry(i, i, posSigmaM * posSigmaM);
            cov.setEntry(i + 3, i + 3, velSigmaMps * velSigmaMps);
            double c = 0.5 * posSigmaM * velSigmaMps; // position-velocity correlation 0.5, as after tracking
            cov.setEntry(i, i + 3, c);
            cov.setEntry(i + 3, i, c);
        }
        cov.setEntry(0, 1, 0.3 * posSigmaM * posSigmaM);
        cov.setEntry(1, 0, 0.3 * posSigmaM * posSigmaM);
        ImpactPrediction ut = PREDICTOR
                .predictImpact(GaussianState.of(now, MatrixUtils.createRealVector(mean), cov))
                .orElseThrow();

        RealMatrix l = new CholeskyDecomposition(cov).getL();
        Well19937c rng = new Well19937c(20260211L);
        int n = 4000;
        double se = 0;
        double sn = 0;
        double st = 0;
        double see = 0;
        double snn = 0;
        double sen = 0;
        for (int k = 0; k < n; k++) {
            double[] z = new double[6];
            for (int i = 0; i < 6; i++) {
                z[i] = rng.nextGaussian();
            }
            double[] x = MatrixUtils.createRealVector(mean)
                    .add(l.operate(MatrixUtils.createRealVector(z)))
                    .toArray();
            double[] hit = PREDICTOR.impactOf(x).orElseThrow();
            se += hit[0];
            sn += hit[1];
            st += hit[2];
            see += hit[0] * hit[0];
            snn += hit[1] * hit[1];
            sen += hit[0] * hit[1];
        }
        double me = se / n;
        double mn = sn / n;
        double vee = see / n - me * me;
        double vnn = snn / n - mn * mn;
        double ven = sen / n - me * mn;
        double[][] c = ut.covarianceEnM2();
        assertThat(c[0][0]).isCloseTo(vee, within(0.06 * vee));
        assertThat(c[1][1]).isCloseTo(vnn, within(0.06 * vnn));
        assertThat(c[0][1] / Math.sqrt(c[0][0] * c[1][1])).isCloseTo(ven / Math.sqrt(vee * vnn), within(0.05));
        double sigma = Math.sqrt(vee + vnn);
        assertThat(ut.impactEnu().eastM()).isCloseTo(me, within(0.1 * sigma));
        assertThat(ut.impactEnu().northM()).isCloseTo(mn, within(0.1 * sigma));
        assertThat(ut.impactTime().secondsSince(now)).isCloseTo(st / n, within(0.5));
    }

    @Test
    void straightLineContinuesLevelFlightToTheHorizon() {
        GaussianState drone = GaussianState.of(T0, new double[] {-20_000, 5_000, 1_000, 50, -10, 0}, new double[6][6]);
        StraightLinePath path = PREDICTOR.straightLinePath(drone, 300);
        assertThat(path.endTime()).isEqualTo(T0.shiftedBy(300));
        assertThat(path.positionAt(T0.shiftedBy(100))).isEqualTo(new EnuVector(-15_000, 4_000, 1_000));
        assertThat(path.positionAt(T0.shiftedBy(1_000))).isEqualTo(new EnuVector(-5_000, 2_000, 1_000)); // clamped
    }

    @Test
    void straightLineStopsWhereADiveMeetsTheGround() {
        // 45-degree dive from 500 m above the frame origin's ground: reaches the ground after ~500 m / 50 m/s
        GaussianState diving = GaussianState.of(T0, new double[] {0, -500, 500, 0, 50, -50}, new double[6][6]);
        StraightLinePath path = PREDICTOR.straightLinePath(diving, 600);
        assertThat(path.endTime().secondsSince(T0)).isCloseTo(10, within(0.01));
        assertThat(PREDICTOR.heightAboveGround(path.positionAt(path.endTime()))).isCloseTo(0, within(0.01));
    }

    @Test
    void levelFlightHasNoBallisticImpactAndBadStatesAreRejected() {
        GaussianState below = GaussianState.of(T0, new double[] {0, 0, -200, 50, 0, 0}, new double[6][6]);
        assertThat(PREDICTOR.predictImpact(below)).isEqualTo(Optional.empty());
        assertThat(PREDICTOR.ballisticPath(below)).isEmpty();
        GaussianState fourD = GaussianState.of(T0, new double[4], new double[4][4]);
        assertThatThrownBy(() -> PREDICTOR.predictImpact(fourD)).isInstanceOf(SteeldomeException.class);
    }
}
