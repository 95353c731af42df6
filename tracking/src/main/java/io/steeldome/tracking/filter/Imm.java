package io.steeldome.tracking.filter;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.measurement.MeasurementModel;
import io.steeldome.tracking.model.NonlinearMotionModel;
import io.steeldome.tracking.model.StateComponent;
import io.steeldome.tracking.state.GaussianState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Interacting multiple model estimator (Blom and Bar-Shalom 1988; Bar-Shalom, Li and Kirubarajan 2001, 11.6.6) over
 * motion models that may have different state vectors (for example CV 6, CA 9, CT 7), each run through one
 * {@link GaussianFilter}. One cycle is {@link #predict} (mixing, then mode-matched prediction) and {@link #update}
 * (mode-matched updates, mode probabilities from the measurement likelihoods, combination).
 *
 * <p>Unequal states. The models' {@link NonlinearMotionModel#components()} line the states up. When mode i's
 * estimate is mixed into mode j, j's components that i lacks (CT's turn rate when mixing in CV, say) are taken from
 * j's own current estimate: same mean, same variance block, uncorrelated with i's components. A mode that lacks a
 * component therefore neither drags it towards zero nor widens it; the components i has are mixed as usual, with the
 * spread-of-means term. The combined output covers the components that every mode has (see
 * {@link ImmState#combined()}).
 *
 * <p>The transition matrix applies once per {@link #predict} call, so it is tuned for the scan interval in use.
 * Immutable and stateless; safe to share.
 */
public final class Imm {
    private static final double ROW_SUM_TOLERANCE = 1e-9;

    private final GaussianFilter filter;
    private final List<NonlinearMotionModel> models;
    private final double[][] transition;
    /** embed[j][i][a]: index in mode i of mode j's component a, or -1 when i lacks it. */
    private final int[][][] embed;
    /** shared[i][c]: index in mode i of the c-th component common to all modes. */
    private final int[][] shared;

    /**
     * @param filter the filter run for every mode (extended or unscented)
     * @param models the mode models, in the order of the transition matrix
     * @param transitionProbabilities {@code p[i][j]} = P(mode j now | mode i at the previous step); rows sum to 1
     */
    public Imm(GaussianFilter filter, List<? extends NonlinearMotionModel> models, double[][] transitionProbabilities) {
        this.filter = filter;
        this.models = List.copyOf(models);
        int count = this.models.size();
        if (count == 0) {
            throw new SteeldomeException(TrackingError.INVALID_CONFIG, "an IMM needs at least one motion model");
        }
        this.transition = checkedTransition(transitionProbabilities, count);
        this.embed = new int[count][count][];
        for (int j = 0; j < count; j++) {
            for (int i = 0; i < count; i++) {
                embed[j][i] = indicesIn(this.models.get(i), this.models.get(j).components());
            }
        }
        Set<StateComponent> common = EnumSet.allOf(StateComponent.class);
        for (NonlinearMotionModel m : this.models) {
            common.retainAll(m.components());
        }
        if (common.isEmpty()) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG, "the IMM motion models share no state component to combine");
        }
        List<StateComponent> commonList = List.copyOf(common);
        this.shared = new int[count][];
        for (int i = 0; i < count; i++) {
            shared[i] = indicesIn(this.models.get(i), commonList);
        }
    }

    /** The components of {@link ImmState#combined()}, in order. */
    public List<StateComponent> combinedComponents() {
        List<StateComponent> own = models.get(0).components();
        List<StateComponent> out = new ArrayList<>();
        for (int index : shared[0]) {
            out.add(own.get(index));
        }
        return out;
    }

    /**
     * An initial state from one estimate per mode (each of its model's dimension, all at the same time) and the
     * mode probabilities (non-negative, summing to 1).
     */
    public ImmState start(List<GaussianState> modeStates, double[] modeProbabilities) {
        int count = models.size();
        if (modeStates.size() != count) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "IMM mode states", modeStates.size(), count);
        }
        if (modeProbabilities.length != count) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "IMM mode probabilities", modeProbabilities.length, count);
        }
        double sum = 0;
        for (int j = 0; j < count; j++) {
            GaussianState s = modeStates.get(j);
            if (s.dimension() != models.get(j).dimension()) {
                throw new SteeldomeException(
                        TrackingError.DIMENSION_MISMATCH,
                        "state of IMM mode " + j,
                        s.dimension(),
                        models.get(j).dimension());
            }
            if (!s.time().equals(modeStates.get(0).time())) {
                throw new SteeldomeException(
                        TrackingError.INVALID_CONFIG, "IMM mode states must share one time, mode " + j + " differs");
            }
            if (!(modeProbabilities[j] >= 0)) {
                throw new SteeldomeException(
                        TrackingError.INVALID_CONFIG,
                        "IMM mode probability " + j + " is " + modeProbabilities[j] + "; use values >= 0");
            }
            sum += modeProbabilities[j];
        }
        if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG, "IMM mode probabilities sum to " + sum + "; they must sum to 1");
        }
        return state(modeStates, modeProbabilities);
    }

    /**
     * Mixing and mode-matched prediction to {@code time}. With {@code mu_i} the prior mode probabilities:
     * {@code c_j = sum_i p_ij mu_i}, mixing weights {@code mu_i|j = p_ij mu_i / c_j}, mixed mean
     * {@code x0_j = sum_i mu_i|j x_i} and covariance {@code P0_j = sum_i mu_i|j [P_i + (x_i - x0_j)(x_i - x0_j)^T]};
     * then each mode predicts its mixed estimate with its own model. The result's probabilities are the {@code c_j}.
     * Predicting to the prior's own time performs the mixing alone.
     */
    public ImmState predict(ImmState prior, SimTime time) {
        int count = models.size();
        double[] mu = prior.modeProbabilities();
        List<GaussianState> states = prior.modeStates();
        double[] predictedProbability = new double[count];
        List<GaussianState> predicted = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            double c = 0;
            for (int i = 0; i < count; i++) {
                c += transition[i][j] * mu[i];
            }
            predictedProbability[j] = c;
            // a mode nobody can switch into keeps its own estimate (its weight is zero anyway)
            GaussianState mixed = c > 0 ? mix(states, mu, c, j) : states.get(j);
            predicted.add(filter.predict(mixed, models.get(j), time));
        }
        return state(predicted, predictedProbability);
    }

    /**
     * Mode-matched updates with {@code z}, then {@code mu_j = L_j c_j / sum_k L_k c_k} with {@code L_j} the Gaussian
     * likelihood of mode j's innovation, then the combination.
     *
     * @param predicted the output of {@link #predict} at the measurement time
     */
    public ImmState update(ImmState predicted, RealVector z, MeasurementModel model) {
        int count = models.size();
        double[] c = predicted.modeProbabilities();
        List<GaussianState> posterior = new ArrayList<>(count);
        double[] logWeight = new double[count];
        double maxLogWeight = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < count; j++) {
            UpdateResult u = filter.update(predicted.modeStates().get(j), z, model);
            posterior.add(u.posterior());
            logWeight[j] = Math.log(c[j]) + u.innovation().logLikelihood();
            maxLogWeight = Math.max(maxLogWeight, logWeight[j]);
        }
        if (maxLogWeight == Double.NEGATIVE_INFINITY) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG, "every IMM mode has zero probability after the update");
        }
        double[] mu = new double[count];
        double sum = 0;
        for (int j = 0; j < count; j++) {
            mu[j] = Math.exp(logWeight[j] - maxLogWeight); // log-sum-exp: likelihoods underflow far off the mean
            sum += mu[j];
        }
        for (int j = 0; j < count; j++) {
            mu[j] /= sum;
        }
        return state(posterior, mu);
    }

    /** The mixed initial condition of mode j; {@code c} is its predicted probability {@code c_j > 0}. */
    private GaussianState mix(List<GaussianState> states, double[] mu, double c, int j) {
        int n = models.get(j).dimension();
        GaussianState own = states.get(j);
        RealVector[] means = new RealVector[states.size()];
        RealMatrix[] covariances = new RealMatrix[states.size()];
        double[] weight = new double[states.size()];
        RealVector mixedMean = MatrixUtils.createRealVector(n);
        for (int i = 0; i < states.size(); i++) {
            weight[i] = transition[i][j] * mu[i] / c;
            if (weight[i] == 0) {
                continue;
            }
            int[] index = embed[j][i];
            GaussianState source = states.get(i);
            RealVector m = MatrixUtils.createRealVector(n);
            RealMatrix p = MatrixUtils.createRealMatrix(n, n);
            for (int a = 0; a < n; a++) {
                m.setEntry(a, index[a] >= 0 ? source.meanAt(index[a]) : own.meanAt(a));
                for (int b = 0; b < n; b++) {
                    double v;
                    if (index[a] >= 0 && index[b] >= 0) {
                        v = source.covarianceAt(index[a], index[b]);
                    } else if (index[a] < 0 && index[b] < 0) {
                        v = own.covarianceAt(a, b);
                    } else {
                        v = 0;
                    }
                    p.setEntry(a, b, v);
                }
            }
            means[i] = m;
            covariances[i] = p;
            mixedMean = mixedMean.add(m.mapMultiply(weight[i]));
        }
        RealMatrix mixedCovariance = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < states.size(); i++) {
            if (weight[i] == 0) {
                continue;
            }
            RealVector d = means[i].subtract(mixedMean);
            mixedCovariance =
                    mixedCovariance.add(covariances[i].add(d.outerProduct(d)).scalarMultiply(weight[i]));
        }
        return GaussianState.of(own.time(), mixedMean, Steps.symmetrised(mixedCovariance));
    }

    private ImmState state(List<GaussianState> modeStates, double[] mu) {
        int n = shared[0].length;
        RealVector mean = MatrixUtils.createRealVector(n);
        for (int j = 0; j < modeStates.size(); j++) {
            mean = mean.add(project(modeStates.get(j).mean(), shared[j]).mapMultiply(mu[j]));
        }
        RealMatrix cov = MatrixUtils.createRealMatrix(n, n);
        for (int j = 0; j < modeStates.size(); j++) {
            if (mu[j] == 0) {
                continue;
            }
            GaussianState s = modeStates.get(j);
            RealVector d = project(s.mean(), shared[j]).subtract(mean);
            RealMatrix p = s.covariance().getSubMatrix(shared[j], shared[j]);
            cov = cov.add(p.add(d.outerProduct(d)).scalarMultiply(mu[j]));
        }
        GaussianState combined = GaussianState.of(modeStates.get(0).time(), mean, Steps.symmetrised(cov));
        return new ImmState(modeStates, mu, combined);
    }

    private static RealVector project(RealVector x, int[] index) {
        RealVector out = MatrixUtils.createRealVector(index.length);
        for (int a = 0; a < index.length; a++) {
            out.setEntry(a, x.getEntry(index[a]));
        }
        return out;
    }

    private static int[] indicesIn(NonlinearMotionModel model, List<StateComponent> wanted) {
        List<StateComponent> own = model.components();
        int[] index = new int[wanted.size()];
        for (int a = 0; a < index.length; a++) {
            index[a] = own.indexOf(wanted.get(a));
        }
        return index;
    }

    private static double[][] checkedTransition(double[][] p, int count) {
        if (p.length != count) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "IMM transition matrix rows", p.length, count);
        }
        double[][] copy = new double[count][];
        for (int i = 0; i < count; i++) {
            if (p[i].length != count) {
                throw new SteeldomeException(
                        TrackingError.DIMENSION_MISMATCH, "IMM transition matrix row " + i, p[i].length, count);
            }
            double sum = 0;
            for (int j = 0; j < count; j++) {
                if (!(p[i][j] >= 0 && p[i][j] <= 1)) {
                    throw new SteeldomeException(
                            TrackingError.INVALID_CONFIG,
                            "IMM transition probability p[" + i + "][" + j + "] = " + p[i][j] + " is not in [0, 1]");
                }
                sum += p[i][j];
            }
            if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
                throw new SteeldomeException(
                        TrackingError.INVALID_CONFIG,
                        "IMM transition matrix row " + i + " sums to " + sum
                                + "; p[i][j] = P(mode j | previous mode i), so each row must sum to 1");
            }
            copy[i] = p[i].clone();
        }
        return copy;
    }
}
