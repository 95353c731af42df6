package io.steeldome.bench.tracking;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.filter.KalmanFilter;
import io.steeldome.tracking.kernel.FixedKalman;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.model.MotionModel;
import io.steeldome.tracking.state.GaussianState;
import java.util.concurrent.TimeUnit;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One predict + update of a 6-state CV track with a 3-D position plot: the general Hipparchus-based
 * {@link KalmanFilter} against the fixed-size {@link FixedKalman} kernels (which the tracker uses because this shows
 * them faster); both build F and Q outside the timed loop where the tracker does (once per scan interval).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KalmanKernelBenchmark {
    private final KalmanFilter filter = new KalmanFilter();
    private final FixedKalman kalman = new FixedKalman();
    private final MotionModel model = ConstantVelocity.continuousEnu(100);
    private GaussianState prior;
    private RealVector z;
    private RealMatrix r;
    private double[] x;
    private double[] p;
    private double[] f;
    private double[] q;
    private double[] zArray;
    private double[] rArray;
    private final double[] xPredicted = new double[6];
    private final double[] pPredicted = new double[36];
    private final double[] xOut = new double[6];
    private final double[] pOut = new double[36];

    @Setup
    public void setUp() {
        double[][] cov = new double[6][6];
        for (int i = 0; i < 6; i++) {
            cov[i][i] = i < 3 ? 400 : 100;
        }
        cov[0][3] = 50;
        cov[3][0] = 50;
        x = new double[] {1000, 2000, 3000, 100, -50, 0};
        prior = GaussianState.of(SimTime.ZERO, x, cov);
        double[][] rr = {{400, 10, 0}, {10, 400, 0}, {0, 0, 900}};
        zArray = new double[] {1110, 1945, 3010};
        z = MatrixUtils.createRealVector(zArray);
        r = MatrixUtils.createRealMatrix(rr);
        p = flat(cov);
        f = flat(model.transition(1).getData());
        q = flat(model.processNoise(1).getData());
        rArray = flat(rr);
    }

    private static double[] flat(double[][] m) {
        double[] out = new double[m.length * m.length];
        for (int i = 0; i < m.length; i++) {
            System.arraycopy(m[i], 0, out, i * m.length, m.length);
        }
        return out;
    }

    @Benchmark
    public GaussianState hipparchus() {
        GaussianState predicted = filter.predict(prior, model, SimTime.ofSeconds(1));
        return filter.update(predicted, z, r).posterior();
    }

    @Benchmark
    public double[] fixedSize() {
        kalman.predict(x, p, f, q, xPredicted, pPredicted);
        kalman.update(xPredicted, pPredicted, zArray, rArray, xOut, pOut);
        return pOut;
    }
}
