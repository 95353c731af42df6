package io.steeldome.sim.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.ApprovalMode;
import io.steeldome.defence.doctrine.ApprovalRecord;
import io.steeldome.defence.doctrine.EngagementAuthority;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import io.steeldome.defence.doctrine.SimulationAuthority;
import io.steeldome.sim.run.EngagementRecord;
import io.steeldome.sim.run.ProgressListener;
import io.steeldome.sim.run.RunResult;
import io.steeldome.sim.run.ScenarioRunner;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The live hooks: a pacer and a listener change nothing; an authority that has not approved stops every shot. */
class LiveHooksTest {
    private static final Scenario DEMO = ScenarioLoader.demo();

    /** Approves a recommendation only when asked at a later instant than it was made (an operator's delay). */
    private static final class DelayedOperator implements EngagementAuthority {
        final Map<String, SimTime> decidedAt = new HashMap<>();

        @Override
        public ApprovalMode mode() {
            return ApprovalMode.OPERATOR;
        }

        @Override
        public Optional<ApprovalRecord> review(EngagementRecommendation r, SimTime now) {
            if (!now.isAfter(r.madeAt())) {
                return Optional.empty();
            }
            SimTime at = decidedAt.computeIfAbsent(r.id(), id -> now);
            return Optional.of(new ApprovalRecord(
                    r, ApprovalRecord.Verdict.APPROVED, ApprovalMode.OPERATOR, "op", at, "confirmed hostile"));
        }
    }

    @Test
    void pacerAndListenerLeaveTheRunAsItWas() {
        RunResult batch = ScenarioRunner.run(DEMO, ProgressListener.NONE);
        List<SimTime> paced = new ArrayList<>();
        List<ScanSnapshot> scans = new ArrayList<>();
        RunResult hooked = ScenarioRunner.run(
                DEMO, ProgressListener.NONE, LiveHooks.live(new SimulationAuthority(), paced::add, scans::add));

        assertThat(hooked.events()).isEqualTo(batch.events());
        assertThat(hooked.engagements()).isEqualTo(batch.engagements());
        assertThat(paced).isSortedAccordingTo(SimTime::compareTo);
        assertThat(scans).isNotEmpty();
        assertThat(scans).anySatisfy(s -> assertThat(s.threats()).isNotEmpty());
        assertThat(scans).allSatisfy(s -> assertThat(s.awaitingApproval()).isEmpty());
        ScanSnapshot last = scans.getLast();
        assertThat(last.engagements()).hasSize(batch.engagements().size());
        // Inventory: rounds left per effector = magazine - shots fired by it (no demo battery empties its magazine).
        for (InventoryReport i : last.inventory()) {
            long fired = batch.engagements().stream()
                    .filter(e -> e.effectorId().equals(i.effectorId()))
                    .count();
            assertThat(i.roundsLeft()).as(i.effectorId()).isEqualTo(i.magazine() - (int) fired);
        }
        // Ranks run 1..n by descending priority.
        for (ScanSnapshot s : scans) {
            for (int k = 0; k < s.threats().size(); k++) {
                assertThat(s.threats().get(k).rank()).isEqualTo(k + 1);
                if (k > 0) {
                    assertThat(s.threats().get(k).priority())
                            .isLessThanOrEqualTo(s.threats().get(k - 1).priority());
                }
            }
        }
    }

    @Test
    void withoutAnApprovalNothingIsFired() {
        List<ScanSnapshot> scans = new ArrayList<>();
        EngagementAuthority never = new EngagementAuthority() {
            @Override
            public ApprovalMode mode() {
                return ApprovalMode.OPERATOR;
            }

            @Override
            public Optional<ApprovalRecord> review(EngagementRecommendation r, SimTime now) {
                return Optional.empty();
            }
        };
        RunResult r = ScenarioRunner.run(DEMO, ProgressListener.NONE, LiveHooks.live(never, Pacer.NONE, scans::add));

        assertThat(r.engagements()).isEmpty();
        // The controller kept asking: recommendations at many scans, still awaiting a decision.
        long scansWithRecommendations =
                scans.stream().filter(s -> !s.recommendations().isEmpty()).count();
        assertThat(scansWithRecommendations).isGreaterThan(1);
        assertThat(scans).anySatisfy(s -> assertThat(s.awaitingApproval()).isNotEmpty());
    }

    @Test
    void aLaterApprovalFiresBeforeThePlannedLaunch() {
        DelayedOperator op = new DelayedOperator();
        RunResult r = ScenarioRunner.run(DEMO, ProgressListener.NONE, LiveHooks.live(op, Pacer.NONE, s -> {}));

        assertThat(r.engagements()).isNotEmpty();
        for (EngagementRecord e : r.engagements()) {
            assertThat(e.approvedBy()).isEqualTo("op");
            SimTime decided = op.decidedAt.get(e.recommendationId());
            assertThat(decided).as(e.recommendationId()).isNotNull();
            // Fired at the first event after the decision, and never after the planned launch.
            assertThat(e.decisionTimeS()).isGreaterThanOrEqualTo(decided.seconds());
            assertThat(e.decisionTimeS()).isLessThanOrEqualTo(e.launchTimeS() + 1e-9);
        }
    }
}
