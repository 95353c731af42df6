package io.steeldome.defence.evaluate;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.impact.BallisticPath;
import io.steeldome.defence.impact.ImpactPrediction;
import io.steeldome.defence.impact.ImpactPredictor;
import io.steeldome.defence.impact.PredictedPath;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.state.StateLayout;
import io.steeldome.tracking.tracker.Track;
import io.steeldome.tracking.tracker.TrackId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Ranks confirmed tracks by the value they put at risk and how soon, and applies the defended-area filter: a threat
 * is engaged only if it is likely enough to hit some asset. Everything comes from track estimates; nothing reads
 * truth.
 *
 * <p>Per track: classify by kinematics ({@link KinematicClassifier}); for rockets and ballistic missiles predict the
 * impact (unscented transform) and integrate its Gaussian over each asset; for everything else continue the present
 * ground track and take P(it passes over the asset) from the heading uncertainty ({@link HitProbability}). A fast
 * level track inside the rocket envelope may be a rocket near apogee, which a CV estimate cannot tell from an
 * aircraft: the ballistic hypothesis is kept if it would pass the engagement filter (worst case), else level
 * flight. Then
 * value at risk = sum(value x P), priority = value at risk / max(time to impact, floor), engage = max P >=
 * threshold. Stateless and thread-safe.
 */
public final class ThreatEvaluator {
    /** Hit probabilities below this count as no risk when choosing the time to impact (numerical dust). */
    private static final double AT_RISK_PROBABILITY = 1e-6;

    private final ImpactPredictor predictor;
    private final EvaluationPolicy policy;

    public ThreatEvaluator(ImpactPredictor predictor) {
        this(predictor, EvaluationPolicy.DEFAULT);
    }

    public ThreatEvaluator(ImpactPredictor predictor, EvaluationPolicy policy) {
        this.predictor = predictor;
        this.policy = policy;
    }

    public EvaluationPolicy policy() {
        return policy;
    }

    /** As {@link #evaluate(List, List, SimTime, Map)} without class history. */
    public List<ThreatAssessment> evaluate(List<Track> confirmedTracks, List<DefendedAsset> assets, SimTime now) {
        return evaluate(confirmedTracks, assets, now, Map.of());
    }

    /**
     * Assessments of the confirmed tracks (tentative ones are skipped), highest priority first (ties: higher P(hit),
     * then lower track id).
     *
     * @param previousClasses classes from the last evaluation; a track once ballistic stays ballistic, since a CV
     *     estimate near apogee looks like level flight
     */
    public List<ThreatAssessment> evaluate(
            List<Track> confirmedTracks,
            List<DefendedAsset> assets,
            SimTime now,
            Map<TrackId, ThreatClass> previousClasses) {
        List<ProjectedAsset> projected = project(assets);
        List<ThreatAssessment> out = new ArrayList<>();
        for (Track t : confirmedTracks) {
            if (t.isConfirmed()) {
                out.add(assess(t, projected, now, Optional.ofNullable(previousClasses.get(t.id()))));
            }
        }
        out.sort(Comparator.comparingDouble(ThreatAssessment::priority)
                .reversed()
                .thenComparing(Comparator.comparingDouble(ThreatAssessment::maxHitProbability)
                        .reversed())
                .thenComparing(ThreatAssessment::trackId));
        return List.copyOf(out);
    }

    private ThreatAssessment assess(
            Track track, List<ProjectedAsset> assets, SimTime now, Optional<ThreatClass> previous) {
        GaussianState state = track.state();
        double[] mean = state.mean().toArray();
        EnuVector position = new EnuVector(mean[StateLayout.EAST], mean[StateLayout.NORTH], mean[StateLayout.UP]);
        double heightAglM = predictor.heightAboveGround(position);
        double[] velocity = {mean[StateLayout.V_EAST], mean[StateLayout.V_NORTH], mean[StateLayout.V_UP]};
        double speedMps = Math.sqrt(velocity[0] * velocity[0] + velocity[1] * velocity[1] + velocity[2] * velocity[2]);
        ThreatClass inferred = KinematicClassifier.classify(velocity, heightAglM);

        StringBuilder why = new StringBuilder(String.format(
                Locale.ROOT,
                "%s (%.0f m/s, path angle %+.0f deg, %.1f km above ground) ",
                track.id(),
                speedMps,
                Math.toDegrees(Math.atan2(velocity[2], Math.hypot(velocity[0], velocity[1]))),
                heightAglM / 1000));

        ThreatClass threatClass = inferred;
        Optional<Hypothesis> ballistic = Optional.empty();
        Hypothesis chosen;
        if (!KinematicClassifier.isBallistic(inferred)
                && previous.filter(KinematicClassifier::isBallistic).isPresent()) {
            threatClass = previous.get();
            why.append(threatClass)
                    .append(" [kept from earlier scans; now looks ")
                    .append(inferred)
                    .append(']');
        } else if (!KinematicClassifier.isBallistic(inferred)
                && KinematicClassifier.mayBeRocketNearApogee(velocity, heightAglM)) {
            why.append("looks ").append(inferred);
        } else {
            why.append(inferred);
        }
        if (KinematicClassifier.isBallistic(threatClass)) {
            ballistic = ballistic(state, assets, now);
            if (ballistic.isEmpty()) {
                why.append(" [no ballistic impact found, so treated as level flight]");
            }
            chosen = ballistic.orElseGet(() -> level(state, assets, now));
        } else if (KinematicClassifier.mayBeRocketNearApogee(velocity, heightAglM)) {
            // A CV estimate cannot tell a rocket near apogee from an aircraft: take the ballistic worst case.
            Hypothesis level = level(state, assets, now);
            ballistic = ballistic(state, assets, now)
                    .filter(b -> b.maxHitProbability() > 0 && b.maxHitProbability() >= policy.engageThreshold());
            if (ballistic.isPresent()) {
                threatClass = ThreatClass.ROCKET;
                why.append(" but is level within the rocket envelope, and as a rocket it would hit a defended asset:"
                        + " treated as ROCKET");
            }
            chosen = ballistic.orElse(level);
        } else {
            chosen = level(state, assets, now);
        }
        why.append(": ").append(chosen.description());

        List<AssetRisk> risks = chosen.risks();
        double valueAtRisk = chosen.valueAtRisk();
        OptionalDouble timeToImpact = risks.stream()
                .filter(r -> r.hitProbability() >= AT_RISK_PROBABILITY
                        && r.timeToImpactS().isPresent())
                .max(Comparator.comparingDouble(AssetRisk::valueAtRisk))
                .map(r -> OptionalDouble.of(r.timeToImpactS().getAsDouble()))
                .orElse(OptionalDouble.empty());
        double priority = timeToImpact.isPresent()
                ? valueAtRisk / Math.max(timeToImpact.getAsDouble(), policy.minUrgencyTimeS())
                : 0;
        AssetRisk top = risks.stream()
                .max(Comparator.comparingDouble(AssetRisk::hitProbability))
                .orElse(null);
        double maxP = top == null ? 0 : top.hitProbability();
        boolean engage = top != null && maxP > 0 && maxP >= policy.engageThreshold();

        why.append(String.format(Locale.ROOT, "; value at risk %.2f", valueAtRisk));
        for (AssetRisk r : risks) {
            if (r.hitProbability() >= 0.005) {
                why.append(String.format(Locale.ROOT, ", P(%s)=%.2f", r.assetId(), r.hitProbability()));
            }
        }
        if (timeToImpact.isPresent()) {
            why.append(
                    String.format(Locale.ROOT, "; priority %.3f (%.1f s to go)", priority, timeToImpact.getAsDouble()));
        }
        if (engage) {
            why.append(String.format(
                    Locale.ROOT,
                    "; ENGAGE: P(hit %s) %.2f >= threshold %.2f",
                    top.assetId(),
                    maxP,
                    policy.engageThreshold()));
        } else {
            why.append(String.format(
                    Locale.ROOT,
                    "; do not engage: max P(hit) %.3f < threshold %.2f, no defended asset threatened",
                    maxP,
                    policy.engageThreshold()));
        }
        return new ThreatAssessment(
                track.id(),
                threatClass,
                chosen.impact(),
                risks,
                valueAtRisk,
                timeToImpact,
                priority,
                engage,
                chosen.path(),
                why.toString());
    }

    /** Gravity-only impact with its Gaussian spread; empty if the track does not come down. */
    private Optional<Hypothesis> ballistic(GaussianState state, List<ProjectedAsset> assets, SimTime now) {
        Optional<ImpactPrediction> impact = predictor.predictImpact(state);
        Optional<BallisticPath> path = impact.isPresent() ? predictor.ballisticPath(state) : Optional.empty();
        if (impact.isEmpty() || path.isEmpty()) {
            return Optional.empty();
        }
        ImpactPrediction p = impact.get();
        double tti = Math.max(0, p.impactTime().secondsSince(now));
        List<AssetRisk> risks = new ArrayList<>();
        for (ProjectedAsset a : assets) {
            double prob =
                    HitProbability.ofImpact(p.impactEnu().eastM(), p.impactEnu().northM(), p.covarianceEnM2(), a.area);
            risks.add(new AssetRisk(a.asset.id(), prob, a.asset.value() * prob, OptionalDouble.of(tti)));
        }
        StringBuilder d = new StringBuilder(String.format(
                Locale.ROOT,
                "ballistic impact in %.1f s at E %.0f m N %.0f m (1-sigma %.0f m)",
                tti,
                p.impactEnu().eastM(),
                p.impactEnu().northM(),
                p.sigmaMajorM()));
        ProjectedAsset nearest = nearest(assets, p.impactEnu());
        if (nearest != null) {
            d.append(String.format(
                    Locale.ROOT,
                    ", %.1f km from %s",
                    distanceToEdgeM(nearest, p.impactEnu()) / 1000,
                    nearest.asset.name()));
        }
        return Optional.of(new Hypothesis(impact, path.get(), risks, d.toString()));
    }

    /** Holds its present ground track: risk from heading uncertainty, timing from the closest approach. */
    private Hypothesis level(GaussianState state, List<ProjectedAsset> assets, SimTime now) {
        double[] mean = state.mean().toArray();
        double[][] cov = state.covariance().getData();
        double lagS = now.secondsSince(state.time());
        List<AssetRisk> risks = new ArrayList<>();
        for (ProjectedAsset a : assets) {
            double prob = HitProbability.ofGroundTrack(mean, cov, a.area);
            OptionalDouble tca = closestApproachS(mean, a.area);
            OptionalDouble tti =
                    tca.isPresent() ? OptionalDouble.of(Math.max(0, tca.getAsDouble() - lagS)) : OptionalDouble.empty();
            risks.add(new AssetRisk(a.asset.id(), prob, a.asset.value() * prob, tti));
        }
        return new Hypothesis(
                Optional.empty(),
                predictor.straightLinePath(state, policy.levelFlightHorizonS()),
                risks,
                "level flight, assumed to hold its present ground track");
    }

    private record Hypothesis(
            Optional<ImpactPrediction> impact, PredictedPath path, List<AssetRisk> risks, String description) {
        double valueAtRisk() {
            return risks.stream().mapToDouble(AssetRisk::valueAtRisk).sum();
        }

        double maxHitProbability() {
            return risks.stream().mapToDouble(AssetRisk::hitProbability).max().orElse(0);
        }
    }

    /** Seconds from the state time to the ground-track point nearest the area's centre; empty if moving away. */
    private static OptionalDouble closestApproachS(double[] mean, EnuArea area) {
        double de = area.centreEastM() - mean[StateLayout.EAST];
        double dn = area.centreNorthM() - mean[StateLayout.NORTH];
        if (area.contains(mean[StateLayout.EAST], mean[StateLayout.NORTH])) {
            return OptionalDouble.of(0);
        }
        double ve = mean[StateLayout.V_EAST];
        double vn = mean[StateLayout.V_NORTH];
        double v2 = ve * ve + vn * vn;
        double along = de * ve + dn * vn;
        return v2 > 0 && along > 0 ? OptionalDouble.of(along / v2) : OptionalDouble.empty();
    }

    private static ProjectedAsset nearest(List<ProjectedAsset> assets, EnuVector p) {
        ProjectedAsset best = null;
        double bestM = Double.POSITIVE_INFINITY;
        for (ProjectedAsset a : assets) {
            double d = distanceToEdgeM(a, p);
            if (d < bestM) {
                bestM = d;
                best = a;
            }
        }
        return best;
    }

    /** Distance from the area's bounding disc (0 inside it), m. */
    private static double distanceToEdgeM(ProjectedAsset a, EnuVector p) {
        double d = Math.hypot(p.eastM() - a.area.centreEastM(), p.northM() - a.area.centreNorthM());
        return Math.max(0, d - a.area.boundingRadiusM());
    }

    private List<ProjectedAsset> project(List<DefendedAsset> assets) {
        Set<String> ids = new HashSet<>();
        List<ProjectedAsset> out = new ArrayList<>();
        for (DefendedAsset a : assets) {
            if (!ids.add(a.id())) {
                throw new SteeldomeException(EvaluationError.DUPLICATE_ASSET_ID, a.id());
            }
            out.add(new ProjectedAsset(a, a.area().inFrame(predictor.frame())));
        }
        return out;
    }

    private record ProjectedAsset(DefendedAsset asset, EnuArea area) {}
}
