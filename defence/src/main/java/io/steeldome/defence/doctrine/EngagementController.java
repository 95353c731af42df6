package io.steeldome.defence.doctrine;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.defence.engagement.InterceptSolver;
import io.steeldome.defence.evaluate.ThreatAssessment;
import io.steeldome.defence.wta.Assignment;
import io.steeldome.defence.wta.AssignmentPlan;
import io.steeldome.defence.wta.AssignmentRules;
import io.steeldome.defence.wta.EngagementOption;
import io.steeldome.defence.wta.GreedyAssigner;
import io.steeldome.defence.wta.ShotCapacity;
import io.steeldome.tracking.tracker.TrackId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Engagement decisions at one instant: from the threat assessments, the effectors' state, the weapons control
 * status, the fire doctrine and the approval authority to the rounds that may be fired, with the reason for each
 * round and for each threat that gets none. Nothing here reads truth.
 *
 * <p>Per track, in the evaluator's priority order, the gates are: threatening (the defended-area filter), not
 * FRIEND, no interceptor in flight to it, rounds left under the doctrine and a fresh plot this scan (the look of
 * shoot-look-shoot: a missed kill shows as a track that is still there). Then for each effector: a Pk against the
 * class, rounds ready, a free fire channel, a feasible intercept (from the {@link InterceptOracle}, by default an
 * {@link InterceptSolver} on the track's predicted path), a launch within
 * {@link Settings#commitAheadS()} (later launches are re-planned on fresher tracks) and a weapons control status
 * that permits the track's identity. A track with no option gets the reason of the effector that came closest.
 *
 * <p><b>Layering rule</b> (shoot-look-shoot only): an option "leaves a second chance" when, after its intercept and
 * one look ({@link Settings#lookDelayS()}), some effector could still intercept the threat before impact. When a
 * threat has options of both kinds, the ones that leave a second chance are offered to the assigner first, the
 * others only to threats that got no round from the first offer. The effect is to engage with the outer layer while
 * there is battlespace for a look and a re-engagement by an inner one, rather than spending the inner layer's round
 * (the last chance) first, even when the inner round has the higher Pk. When every option of a threat is alike,
 * nothing changes.
 *
 * <p><b>Salvoes</b>: rounds are assigned in passes of one round per threat ({@link GreedyAssigner}, maximum
 * marginal return, with the rounds already assigned this instant lowering a threat's survival), so every threat gets
 * its first round before any gets its second; a salvo of k takes k passes. With shoot-look-shoot alone there is one
 * pass, exactly the greedy assignment of one round per threat.
 *
 * <p>Every chosen round becomes an {@link EngagementRecommendation} put to the {@link EngagementAuthority}; only
 * those it approves come back as {@link ApprovedEngagement}s. Not thread-safe (it numbers the recommendations).
 */
public final class EngagementController {
    /**
     * @param commitAheadS a round is committed only if its interceptor must leave within this time
     * @param lookDelayS time from an intercept to the kill assessment (one sensor revisit)
     * @param preferSecondChance the layering rule above
     */
    public record Settings(double commitAheadS, double lookDelayS, boolean preferSecondChance) {
        public static final Settings DEFAULTS = new Settings(10, 2, true);

        public Settings {
            Checks.nonNegative("commitAheadS", commitAheadS, "s");
            Checks.nonNegative("lookDelayS", lookDelayS, "s");
        }
    }

    private final InterceptOracle intercepts;
    private final DoctrineTable doctrine;
    private final WeaponsControl wcs;
    private final Identifier identifier;
    private final EngagementAuthority authority;
    private final Settings settings;
    private final GreedyAssigner assigner = new GreedyAssigner(AssignmentRules.DEFAULT.withMaxShotsPerTarget(1));
    private long nextRecommendation = 1;

    /** Solving every intercept with {@code solver} on the tracks' predicted paths in {@code frame}. */
    public EngagementController(
            LocalFrame frame,
            InterceptSolver solver,
            DoctrineTable doctrine,
            WeaponsControl wcs,
            Identifier identifier,
            EngagementAuthority authority,
            Settings settings) {
        this(InterceptOracle.solving(solver, frame), doctrine, wcs, identifier, authority, settings);
    }

    /** Taking intercept solutions from {@code intercepts} (e.g. a table precomputed for a Monte Carlo study). */
    public EngagementController(
            InterceptOracle intercepts,
            DoctrineTable doctrine,
            WeaponsControl wcs,
            Identifier identifier,
            EngagementAuthority authority,
            Settings settings) {
        this.intercepts = Objects.requireNonNull(intercepts, "intercepts");
        this.doctrine = Objects.requireNonNull(doctrine, "doctrine");
        this.wcs = Objects.requireNonNull(wcs, "wcs");
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.authority = Objects.requireNonNull(authority, "authority");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public EngagementAuthority authority() {
        return authority;
    }

    public WeaponsControl weaponsControl() {
        return wcs;
    }

    public DoctrineTable doctrine() {
        return doctrine;
    }

    /**
     * The recommendations among {@code recommendations} that the authority has approved by {@code now}, for an
     * authority that decides later than the decision instant ({@link OperatorAuthority}): the C2 server calls this
     * when an operator decides. The caller must still check that a recommendation is not stale (its launch time
     * not passed, the track still held) before firing it.
     */
    public List<ApprovedEngagement> approvedNow(List<EngagementRecommendation> recommendations, SimTime now) {
        List<ApprovedEngagement> out = new ArrayList<>();
        for (EngagementRecommendation r : recommendations) {
            authority
                    .review(r, now)
                    .filter(ApprovalRecord::approves)
                    .ifPresent(a -> out.add(ApprovedEngagement.of(r, a)));
        }
        return out;
    }

    /** One feasible, permitted round at a track. */
    private record Option(EngagementOption option, EffectorStatus effector, WeaponsControlStatus status) {}

    /** A track with options, and what the doctrine wants for it now. */
    private static final class Candidate {
        final TrackPicture picture;
        final IdentityAssessment identity;
        final FireDoctrine doctrine;
        final int wanted;
        final List<Option> options;
        final Set<Option> deferred = new HashSet<>();
        final Map<Option, String> layering = new HashMap<>();

        Candidate(
                TrackPicture picture,
                IdentityAssessment identity,
                FireDoctrine doctrine,
                int wanted,
                List<Option> options) {
            this.picture = picture;
            this.identity = identity;
            this.doctrine = doctrine;
            this.wanted = wanted;
            this.options = options;
        }

        TrackId id() {
            return picture.assessment().trackId();
        }
    }

    /** Stages an effector reaches for a track, in order; the furthest names the reason a track got no option. */
    private enum Stage {
        NO_PK(NotEngagedReason.NO_EFFECTOR_FOR_CLASS),
        NO_ROUNDS(NotEngagedReason.NO_ROUNDS),
        NO_CHANNEL(NotEngagedReason.NO_FIRE_CHANNEL),
        INFEASIBLE(NotEngagedReason.OUTSIDE_EVERY_ENVELOPE),
        LATER(NotEngagedReason.LAUNCH_LATER),
        WCS(NotEngagedReason.WEAPONS_HOLD);

        final NotEngagedReason reason;

        Stage(NotEngagedReason reason) {
            this.reason = reason;
        }
    }

    /**
     * @param tracks the confirmed tracks, highest priority first (the evaluator's order)
     * @param effectors every effector's state now
     */
    public EngagementDecision decide(SimTime now, List<TrackPicture> tracks, List<EffectorStatus> effectors) {
        Map<TrackId, IdentityAssessment> identities = new LinkedHashMap<>();
        List<NotEngaged> notEngaged = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (TrackPicture tp : tracks) {
            ThreatAssessment a = tp.assessment();
            IdentityAssessment id = identifier.identify(a.threatClass(), tp.firstSeenEnu(), a.engage());
            identities.put(a.trackId(), id);
            FireDoctrine doc = doctrine.forClass(a.threatClass());
            int wanted = doc.roundsNext(tp.roundsSpent());
            if (!a.engage()) {
                notEngaged.add(new NotEngaged(
                        a.trackId(),
                        NotEngagedReason.NOT_THREATENING,
                        String.format(
                                Locale.ROOT,
                                "predicted to miss every defended asset (max P(hit) %.3f below the threshold)",
                                a.maxHitProbability())));
            } else if (id.identity() == Identification.FRIEND) {
                notEngaged.add(new NotEngaged(a.trackId(), NotEngagedReason.FRIEND, id.reason()));
            } else if (tp.shotsInFlight() > 0) {
                notEngaged.add(new NotEngaged(
                        a.trackId(),
                        NotEngagedReason.AWAITING_KILL_ASSESSMENT,
                        tp.shotsInFlight() + " interceptor(s) in flight; the doctrine looks before re-engaging"));
            } else if (wanted == 0) {
                notEngaged.add(new NotEngaged(
                        a.trackId(),
                        NotEngagedReason.MAX_ROUNDS_SPENT,
                        tp.roundsSpent() + " round(s) spent, doctrine for " + a.threatClass() + ": " + doc.describe()));
            } else if (!tp.seenThisScan()) {
                notEngaged.add(new NotEngaged(
                        a.trackId(),
                        NotEngagedReason.NO_FRESH_LOOK,
                        "no plot this scan: a kill assessment needs a fresh look"));
            } else {
                List<Evaluated> evaluated = new ArrayList<>();
                for (EffectorStatus e : effectors) {
                    evaluated.add(evaluate(now, tp, id, e));
                }
                List<Option> options =
                        evaluated.stream().flatMap(ev -> ev.option().stream()).toList();
                if (options.isEmpty()) {
                    notEngaged.add(noOption(now, tp, id, effectors, evaluated));
                } else {
                    candidates.add(new Candidate(tp, id, doc, wanted, options));
                }
            }
        }
        if (settings.preferSecondChance()) {
            for (Candidate c : candidates) {
                classifyLayering(c, effectors);
            }
        }
        List<Assignment> chosen = assign(candidates, effectors);
        return approve(now, identities, candidates, chosen, notEngaged);
    }

    /** An effector's verdict on a track; the note (formatted only if the track gets no option) says why. */
    private record Evaluated(Stage stage, Supplier<String> note, Optional<Option> option) {}

    private Evaluated evaluate(SimTime now, TrackPicture tp, IdentityAssessment id, EffectorStatus e) {
        ThreatAssessment a = tp.assessment();
        Effector effector = e.effector();
        String name = effector.id();
        if (!effector.spec().canEngage(a.threatClass())) {
            return new Evaluated(Stage.NO_PK, () -> name + ": no Pk against " + a.threatClass(), Optional.empty());
        }
        if (e.roundsAvailable() == 0) {
            return new Evaluated(Stage.NO_ROUNDS, () -> name + ": no rounds ready", Optional.empty());
        }
        if (e.fireChannelsFree() == 0) {
            return new Evaluated(Stage.NO_CHANNEL, () -> name + ": every fire channel busy", Optional.empty());
        }
        Optional<InterceptSolution> sol = intercepts.solve(effector, a, now);
        if (sol.isEmpty()) {
            return new Evaluated(
                    Stage.INFEASIBLE,
                    () -> name + ": no feasible intercept inside its envelope before impact",
                    Optional.empty());
        }
        double waitS = sol.get().launchTime().secondsSince(now);
        if (waitS > settings.commitAheadS()) {
            InterceptSolution later = sol.get();
            return new Evaluated(
                    Stage.LATER,
                    () -> String.format(
                            Locale.ROOT,
                            "%s: feasible with launch at %.1f s (in %.0f s); re-planned later",
                            name,
                            later.launchTime().seconds(),
                            waitS),
                    Optional.empty());
        }
        WeaponsControlStatus status = wcs.statusAt(e.layer(), now);
        if (!status.permits(id.identity())) {
            return new Evaluated(
                    Stage.WCS,
                    () -> name + " (" + e.layer() + "): " + status.rule() + "; track is " + id.identity(),
                    Optional.empty());
        }
        EngagementOption o = EngagementOption.of(effector, a.trackId(), a.valueAtRisk(), a.threatClass(), sol.get());
        return new Evaluated(Stage.WCS, () -> "", Optional.of(new Option(o, e, status)));
    }

    private NotEngaged noOption(
            SimTime now,
            TrackPicture tp,
            IdentityAssessment id,
            List<EffectorStatus> effectors,
            List<Evaluated> evaluated) {
        TrackId track = tp.assessment().trackId();
        if (effectors.isEmpty()) {
            return new NotEngaged(track, NotEngagedReason.NO_EFFECTOR_FOR_CLASS, "no effectors");
        }
        Stage furthest = Stage.NO_PK;
        boolean allHold = true;
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < effectors.size(); i++) {
            EffectorStatus e = effectors.get(i);
            Evaluated ev = evaluated.get(i);
            notes.add(ev.note.get());
            if (ev.stage.ordinal() > furthest.ordinal()) {
                furthest = ev.stage;
            }
            if (ev.stage == Stage.WCS && wcs.statusAt(e.layer(), now) != WeaponsControlStatus.HOLD) {
                allHold = false;
            }
        }
        NotEngagedReason reason = furthest.reason;
        if (furthest == Stage.WCS && !allHold) {
            reason = NotEngagedReason.NOT_HOSTILE_UNDER_TIGHT;
        }
        String detail = (furthest == Stage.WCS ? id.reason() + "; " : "") + String.join("; ", notes);
        return new NotEngaged(track, reason, detail);
    }

    /** Marks the options of a shoot-look-shoot threat that leave no second chance when others do. */
    private void classifyLayering(Candidate c, List<EffectorStatus> effectors) {
        if (c.doctrine.mode() != FireDoctrine.Mode.SHOOT_LOOK_SHOOT
                || c.options.size() < 2
                || c.picture.roundsSpent() + 1 >= c.doctrine.maxRounds()) {
            return; // no choice to make, or no round left for a second engagement anyway
        }
        List<Option> last = new ArrayList<>();
        for (Option o : c.options) {
            Optional<String> second = secondChance(c, o, effectors);
            if (second.isPresent()) {
                c.layering.put(o, second.get());
            } else {
                last.add(o);
                c.layering.put(o, "last chance: no time to look and re-engage after this intercept");
            }
        }
        if (!last.isEmpty() && last.size() < c.options.size()) {
            c.deferred.addAll(last);
        }
    }

    private Optional<String> secondChance(Candidate c, Option o, List<EffectorStatus> effectors) {
        SimTime look = o.option().solution().interceptTime().shiftedBy(settings.lookDelayS());
        ThreatAssessment a = c.picture.assessment();
        for (EffectorStatus e : effectors) {
            int roundsAfter = e.roundsAvailable() - (e == o.effector() ? 1 : 0);
            if (roundsAfter <= 0
                    || !e.effector().spec().canEngage(a.threatClass())
                    || !wcs.statusAt(e.layer(), look).permits(c.identity.identity())) {
                continue;
            }
            Optional<InterceptSolution> again = intercepts.solve(e.effector(), a, look);
            if (again.isPresent()) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "leaves time to look at %.1f s and re-engage with %s (intercept by %.1f s)",
                        look.seconds(),
                        e.effector().id(),
                        again.get().interceptTime().seconds()));
            }
        }
        return Optional.empty();
    }

    private List<Assignment> assign(List<Candidate> candidates, List<EffectorStatus> effectors) {
        Map<String, Integer> capacityLeft = new LinkedHashMap<>();
        for (EffectorStatus e : effectors) {
            capacityLeft.put(e.effector().id(), Math.min(e.roundsAvailable(), e.fireChannelsFree()));
        }
        Map<TrackId, Integer> assigned = new HashMap<>();
        Map<TrackId, List<Double>> committed = new HashMap<>();
        List<Assignment> chosen = new ArrayList<>();
        int passes = candidates.stream().mapToInt(c -> c.wanted).max().orElse(0);
        for (int pass = 1; pass <= passes; pass++) {
            final int p = pass;
            List<Candidate> open =
                    candidates.stream().filter(c -> c.wanted >= p).toList();
            Set<TrackId> servedThisPass = new HashSet<>();
            for (boolean preferred : new boolean[] {true, false}) {
                List<EngagementOption> offer = new ArrayList<>();
                for (Candidate c : open) {
                    if (servedThisPass.contains(c.id())) {
                        continue;
                    }
                    for (Option o : c.options) {
                        if (c.deferred.contains(o) != preferred) {
                            offer.add(o.option());
                        }
                    }
                }
                if (offer.isEmpty()) {
                    continue;
                }
                Map<String, ShotCapacity> capacity = new LinkedHashMap<>();
                capacityLeft.forEach((id, n) -> capacity.put(id, new ShotCapacity(n, n)));
                AssignmentPlan plan = assigner.assign(offer, capacity, committed);
                for (Assignment as : plan.assignments()) {
                    chosen.add(as);
                    servedThisPass.add(as.targetId());
                    assigned.merge(as.targetId(), 1, Integer::sum);
                    committed
                            .computeIfAbsent(as.targetId(), k -> new ArrayList<>())
                            .add(as.pk());
                    capacityLeft.merge(as.effectorId(), -1, Integer::sum);
                }
            }
        }
        return chosen;
    }

    private EngagementDecision approve(
            SimTime now,
            Map<TrackId, IdentityAssessment> identities,
            List<Candidate> candidates,
            List<Assignment> chosen,
            List<NotEngaged> notEngaged) {
        Map<TrackId, Candidate> byTrack = new HashMap<>();
        candidates.forEach(c -> byTrack.put(c.id(), c));
        Map<TrackId, Integer> roundsThisInstant = new HashMap<>();
        List<EngagementRecommendation> recommendations = new ArrayList<>();
        List<ApprovalRecord> approvals = new ArrayList<>();
        List<ApprovedEngagement> approved = new ArrayList<>();
        Map<TrackId, NotEngaged> held = new LinkedHashMap<>();
        Set<TrackId> firing = new HashSet<>();
        for (Assignment as : chosen) {
            Candidate c = byTrack.get(as.targetId());
            Option o = c.options.stream()
                    .filter(x -> x.option().effectorId().equals(as.effectorId()))
                    .findFirst()
                    .orElseThrow();
            int round = c.picture.roundsSpent() + roundsThisInstant.merge(c.id(), 1, Integer::sum);
            EngagementRecommendation r = new EngagementRecommendation(
                    "R" + nextRecommendation++,
                    now,
                    as.effectorId(),
                    o.effector().layer(),
                    as.targetId(),
                    c.picture.assessment().threatClass(),
                    c.identity.identity(),
                    o.status(),
                    round,
                    as.pk(),
                    as.solution(),
                    as.costPerShotUsd(),
                    as.expectedValueSaved(),
                    reason(c, o, as, round));
            recommendations.add(r);
            Optional<ApprovalRecord> decision = authority.review(r, now);
            if (decision.isEmpty()) {
                held.putIfAbsent(
                        c.id(),
                        new NotEngaged(
                                c.id(),
                                NotEngagedReason.AWAITING_APPROVAL,
                                r.id() + " (" + r.effectorId() + ") awaits an operator's decision"));
                continue;
            }
            approvals.add(decision.get());
            if (decision.get().approves()) {
                approved.add(ApprovedEngagement.of(r, decision.get()));
                firing.add(c.id());
            } else {
                held.putIfAbsent(
                        c.id(),
                        new NotEngaged(
                                c.id(),
                                NotEngagedReason.REJECTED,
                                r.id() + " rejected by " + decision.get().decidedBy() + ": "
                                        + decision.get().reason()));
            }
        }
        List<NotEngaged> all = new ArrayList<>(notEngaged);
        for (Candidate c : candidates) {
            if (firing.contains(c.id())) {
                continue;
            }
            NotEngaged h = held.get(c.id());
            all.add(
                    h != null
                            ? h
                            : new NotEngaged(
                                    c.id(),
                                    NotEngagedReason.NOT_ASSIGNED,
                                    "feasible, but the rounds went to more valuable shots or the expected gain was too small"));
        }
        return new EngagementDecision(now, identities, recommendations, approvals, approved, all);
    }

    private String reason(Candidate c, Option o, Assignment as, int round) {
        ThreatAssessment a = c.picture.assessment();
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "T%d %s, %s; %s on %s; %s, round %d; Pk %.2f saves %.1f of value at risk %.1f",
                a.trackId().value(),
                a.threatClass(),
                c.identity.reason(),
                o.status(),
                o.effector().layer(),
                c.doctrine.describe(),
                round,
                as.pk(),
                as.expectedValueSaved(),
                a.valueAtRisk()));
        String layering = c.layering.get(o);
        if (layering != null) {
            s.append("; ").append(layering);
            if (!c.deferred.isEmpty()) {
                s.append(" (layering: options that leave a second chance go first)");
            }
        }
        return s.toString();
    }
}
