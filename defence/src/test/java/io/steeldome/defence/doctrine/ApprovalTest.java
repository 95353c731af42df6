package io.steeldome.defence.doctrine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.threat.ThreatClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of the recommendation to approval step. */
class ApprovalTest {
    private static EngagementDecision decide(EngagementController c, double t) {
        return c.decide(
                SimTime.ofSeconds(t), List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, 0, 0)), TwoLayers.full());
    }

    private static EngagementController live(OperatorAuthority operator) {
        return TwoLayers.controller(WcsSchedule.ALL_FREE, Identifier.kinematicOnly(), operator, true, 2);
    }

    @Test
    void liveAuthorityWithoutOperatorDecisionsFiresNothing() {
        OperatorAuthority operator = new OperatorAuthority();
        EngagementController c = live(operator);
        EngagementDecision d = decide(c, 0);
        assertThat(d.recommendations()).hasSize(1);
        assertThat(d.approved()).isEmpty();
        assertThat(d.approvals()).isEmpty();
        assertThat(d.notEngaged())
                .singleElement()
                .satisfies(n -> assertThat(n.reason()).isEqualTo(NotEngagedReason.AWAITING_APPROVAL));
        assertThat(operator.pending()).containsExactlyElementsOf(d.recommendations());
        assertThat(c.approvedNow(d.recommendations(), SimTime.ofSeconds(5))).isEmpty();
    }

    @Test
    void aRejectionFiresNothing() {
        OperatorAuthority operator = new OperatorAuthority();
        EngagementController c = live(operator);
        EngagementDecision d = decide(c, 0);
        String id = d.recommendations().getFirst().id();
        ApprovalRecord r = operator.reject(id, "Lt. Aydın", SimTime.ofSeconds(3), "possible airliner");
        assertThat(r.approves()).isFalse();
        assertThat(c.approvedNow(d.recommendations(), SimTime.ofSeconds(4))).isEmpty();
        assertThat(operator.pending()).isEmpty();
        assertThatThrownBy(() -> ApprovedEngagement.of(d.recommendations().getFirst(), r))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("rejected");
    }

    @Test
    void anApprovalFiresExactlyTheApprovedRecommendation() {
        OperatorAuthority operator = new OperatorAuthority();
        EngagementController c = live(operator);
        EngagementDecision first = decide(c, 0);
        EngagementDecision second = decide(c, 2); // the same shot re-planned later: a new recommendation
        EngagementRecommendation approvedOne = second.recommendations().getFirst();
        operator.approve(approvedOne.id(), "Lt. Aydın", SimTime.ofSeconds(4), "confirmed inbound, weapons free");
        List<EngagementRecommendation> all = List.of(
                first.recommendations().getFirst(), second.recommendations().getFirst());

        List<ApprovedEngagement> fired = c.approvedNow(all, SimTime.ofSeconds(4));

        assertThat(fired).singleElement().satisfies(a -> {
            assertThat(a.recommendation()).isEqualTo(approvedOne);
            assertThat(a.approval().decidedBy()).isEqualTo("Lt. Aydın");
            assertThat(a.approval().mode()).isEqualTo(ApprovalMode.OPERATOR);
            assertThat(a.approval().decidedAt()).isEqualTo(SimTime.ofSeconds(4));
        });
        assertThat(operator.pending()).containsExactly(first.recommendations().getFirst());
        assertThat(operator.records()).hasSize(1);
    }

    @Test
    void anApprovalCoversOnlyItsOwnRecommendation() {
        OperatorAuthority operator = new OperatorAuthority();
        EngagementController c = live(operator);
        EngagementRecommendation r1 = decide(c, 0).recommendations().getFirst();
        EngagementRecommendation r2 = decide(c, 2).recommendations().getFirst();
        ApprovalRecord forR1 = operator.approve(r1.id(), "Lt. Aydın", SimTime.ofSeconds(3), "ok");
        assertThatThrownBy(() -> ApprovedEngagement.of(r2, forR1))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("not " + r2.id());
        // the same id with any other field changed is another recommendation
        EngagementRecommendation tampered = new EngagementRecommendation(
                r1.id(),
                r1.madeAt(),
                "inner",
                r1.layer(),
                r1.trackId(),
                r1.threatClass(),
                r1.identity(),
                r1.weaponsControl(),
                r1.round(),
                r1.pk(),
                r1.solution(),
                r1.costPerShotUsd(),
                r1.expectedValueSaved(),
                r1.reason());
        assertThatThrownBy(() -> ApprovedEngagement.of(tampered, forR1)).isInstanceOf(SteeldomeException.class);
    }

    @Test
    void operatorsMustNameThemselvesAndCannotDecideBeforeTheRecommendation() {
        OperatorAuthority operator = new OperatorAuthority();
        EngagementRecommendation r =
                decide(live(operator), 10).recommendations().getFirst();
        assertThatThrownBy(() -> operator.approve(r.id(), "simulation", SimTime.ofSeconds(11), "x"))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> operator.approve(r.id(), "Lt. Aydın", SimTime.ofSeconds(9), "x"))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> operator.approve("R999", "Lt. Aydın", SimTime.ofSeconds(11), "x"))
                .isInstanceOf(SteeldomeException.class);
    }

    @Test
    void simulationApprovesEverythingAndSaysSo() {
        EngagementDecision d = decide(TwoLayers.free(true), 0);
        assertThat(d.approvals()).singleElement().satisfies(a -> {
            assertThat(a.decidedBy()).isEqualTo("simulation");
            assertThat(a.mode()).isEqualTo(ApprovalMode.AUTO_SIMULATION);
            assertThat(a.reason()).startsWith("auto-approved by simulation");
        });
        assertThat(d.approved())
                .singleElement()
                .satisfies(a -> assertThat(a.approval()).isEqualTo(d.approvals().getFirst()));
    }
}
