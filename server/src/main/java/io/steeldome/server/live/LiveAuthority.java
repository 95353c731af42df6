package io.steeldome.server.live;

import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.ApprovalMode;
import io.steeldome.defence.doctrine.ApprovalRecord;
import io.steeldome.defence.doctrine.EngagementAuthority;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import io.steeldome.defence.doctrine.WeaponsControl;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.server.approval.ApprovalService;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's authority in a live run: every recommendation goes to the server's {@link ApprovalService} (the
 * operators), re-dated onto the live time base and with its id prefixed by the run's id so that runs never collide in
 * the server's store. A decision comes back only when the service has a committed operator decision on exactly that
 * recommendation; it is returned re-dated to scenario time, still naming the operator, their time and their reason.
 */
final class LiveAuthority implements EngagementAuthority {
    private final ApprovalService approvals;
    private final LiveTimeBase base;
    private final String runId;
    private final LiveBoard board;

    LiveAuthority(ApprovalService approvals, LiveTimeBase base, String runId, LiveBoard board) {
        this.approvals = Objects.requireNonNull(approvals, "approvals");
        this.board = Objects.requireNonNull(board, "board");
        this.base = Objects.requireNonNull(base, "base");
        this.runId = Objects.requireNonNull(runId, "runId");
    }

    @Override
    public ApprovalMode mode() {
        return ApprovalMode.OPERATOR;
    }

    @Override
    public Optional<ApprovalRecord> review(EngagementRecommendation r, SimTime now) {
        EngagementRecommendation live = toLive(r);
        // Same id as LivePublisher gives the track, so the recommendation is released only with its track.
        board.linkRecommendation(live.id(), runId + "-T" + r.trackId().value());
        return approvals.review(live, base.toLive(now)).map(a -> {
            SimTime decided = base.toScenario(a.decidedAt());
            // Rounding of the time map must not date the decision before the recommendation.
            return new ApprovalRecord(
                    r,
                    a.verdict(),
                    a.mode(),
                    a.decidedBy(),
                    decided.isBefore(r.madeAt()) ? r.madeAt() : decided,
                    a.reason());
        });
    }

    /**
     * The commanders' current orders on the server, so the engine recommends only what they permit and every
     * recommendation states the order in force; the scenario's planned schedule does not apply live.
     */
    @Override
    public Optional<WeaponsControl> weaponsControl() {
        return Optional.of(new WeaponsControl() {
            @Override
            public WeaponsControlStatus statusAt(String layer, SimTime t) {
                return approvals.weaponsControl(layer);
            }

            @Override
            public String describe(String layer) {
                return "set live by commanders (" + approvals.weaponsControl(layer) + " at the end)";
            }
        });
    }

    /** The id the server knows recommendation {@code engineId} by. */
    String liveId(String engineId) {
        return runId + "-" + engineId;
    }

    /** The recommendation as posted to the operators: live id, times on the live base. A pure function of r. */
    EngagementRecommendation toLive(EngagementRecommendation r) {
        InterceptSolution s = r.solution();
        return new EngagementRecommendation(
                liveId(r.id()),
                base.toLive(r.madeAt()),
                r.effectorId(),
                r.layer(),
                r.trackId(),
                r.threatClass(),
                r.identity(),
                r.weaponsControl(),
                r.round(),
                r.pk(),
                new InterceptSolution(
                        base.toLive(s.launchTime()),
                        base.toLive(s.interceptTime()),
                        s.interceptPointEnu(),
                        s.rangeM(),
                        s.altitudeM(),
                        s.flyoutS()),
                r.costPerShotUsd(),
                r.expectedValueSaved(),
                r.reason());
    }
}
