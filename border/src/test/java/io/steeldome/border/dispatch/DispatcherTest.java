package io.steeldome.border.dispatch;

import static io.steeldome.border.dispatch.DispatchTestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DispatcherTest {
    private static final double V = 10; // vehicle speed on flat ground, m/s
    private static final double ON_SCENE_S = 600;
    private static final TravelModel FLAT = new SlopeTravelModel(HeightField.FLAT, 100, V, 0.3);

    private static Map<String, Dispatch> byAlert(DispatchResult r) {
        return r.dispatches().stream().collect(Collectors.toMap(Dispatch::alertId, Function.identity()));
    }

    private static Dispatcher dispatcher(QueuePolicy policy, Team... teams) {
        return new Dispatcher(List.of(teams), FLAT, new DispatchOptions(ON_SCENE_S, policy));
    }

    @Test
    void singleAlertOnFlatGroundArrivesAfterDistanceOverSpeed() {
        Team foot = new Team("F1", O, "TR", Mobility.FOOT);
        DispatchResult r = dispatcher(QueuePolicy.FIFO, foot).run(List.of(alert("a", 100, P1, 0.8, "TR")));
        Dispatch d = r.dispatches().getFirst();
        double tobler0 = 6 * Math.exp(-3.5 * 0.05) / 3.6; // 5.0366 km/h
        assertThat(d.teamId()).isEqualTo("F1");
        assertThat(d.waitS()).isZero();
        assertThat(d.arrivalTime().seconds()).isCloseTo(100 + O_P1 / tobler0, within(1e-6));
        assertThat(d.clearTime().seconds()).isCloseTo(100 + O_P1 / tobler0 + ON_SCENE_S, within(1e-6));
        assertThat(r.timeline().stream().map(TeamEvent::state))
                .containsExactly(TeamState.EN_ROUTE, TeamState.ON_SCENE, TeamState.RETURNING, TeamState.IDLE);
        assertThat(r.timeline().getLast().time().seconds())
                .isCloseTo(100 + 2 * O_P1 / tobler0 + ON_SCENE_S, within(1e-6));
    }

    @Test
    void earliestArrivalAmongTheAlertsOwnAgencyWins() {
        // The vehicle at O is nearer, but belongs to another agency; the foot team of the alert's agency is sent.
        Team near = new Team("V-PESH", O, "PESH", Mobility.VEHICLE);
        Team slowFar = new Team("F-IQF", Q, "IQF", Mobility.FOOT);
        Team fastFar = new Team("V-IQF", P3, "IQF", Mobility.VEHICLE);
        DispatchResult r =
                dispatcher(QueuePolicy.FIFO, near, slowFar, fastFar).run(List.of(alert("a", 0, P1, 0.5, "IQF")));
        // Foot from Q: 1109.78 m / 1.399 m/s = 793 s; vehicle from P3: 2845 m / 10 m/s = 284.5 s.
        Dispatch d = r.dispatches().getFirst();
        assertThat(d.teamId()).isEqualTo("V-IQF");
        assertThat(d.arrivalTime().seconds()).isCloseTo(P1_P3 / V, within(1e-6));
    }

    @Test
    void threeAlertsAndOneTeamGiveTheHandComputedWaits() {
        Team t = new Team("V1", O, "TR", Mobility.VEHICLE);
        DispatchResult r = dispatcher(QueuePolicy.FIFO, t)
                .run(List.of(
                        alert("a1", 0, P1, 0.5, "TR"), alert("a2", 10, P2, 0.5, "TR"), alert("a3", 20, P3, 0.5, "TR")));
        Map<String, Dispatch> d = byAlert(r);
        // a1: sent at 0, on scene at O-P1/v, clear 600 s later; then straight on to a2 from P1, then a3 from P2.
        double clear1 = O_P1 / V + ON_SCENE_S;
        double clear2 = clear1 + P1_P2 / V + ON_SCENE_S;
        assertThat(d.get("a1").waitS()).isZero();
        assertThat(d.get("a2").waitS()).isCloseTo(clear1 - 10, within(1e-6));
        assertThat(d.get("a3").waitS()).isCloseTo(clear2 - 20, within(1e-6));
        assertThat(d.get("a2").responseS()).isCloseTo(clear1 + P1_P2 / V - 10, within(1e-6));
        assertThat(d.get("a3").responseS()).isCloseTo(clear2 + P2_P3 / V - 20, within(1e-6));
        double home = clear2 + P2_P3 / V + ON_SCENE_S + P3_O / V;
        assertThat(r.timeline().getLast().state()).isEqualTo(TeamState.IDLE);
        assertThat(r.timeline().getLast().time().seconds()).isCloseTo(home, within(1e-6));
        // Only one return trip: the team goes scene to scene while the queue is not empty.
        assertThat(r.timeline().stream().filter(e -> e.state() == TeamState.RETURNING))
                .hasSize(1);
        assertThat(r.unanswered()).isEmpty();
    }

    @Test
    void confidencePolicyServesTheMostConfidentWaitingAlertFirst() {
        Team t = new Team("V1", O, "TR", Mobility.VEHICLE);
        DispatchResult r = dispatcher(QueuePolicy.CONFIDENCE, t)
                .run(List.of(
                        alert("a1", 0, P1, 0.5, "TR"), alert("a2", 10, P2, 0.3, "TR"), alert("a3", 20, P3, 0.9, "TR")));
        Map<String, Dispatch> d = byAlert(r);
        double clear1 = O_P1 / V + ON_SCENE_S;
        double clear3 = clear1 + P1_P3 / V + ON_SCENE_S;
        assertThat(d.get("a3").waitS()).isCloseTo(clear1 - 20, within(1e-6));
        assertThat(d.get("a2").waitS()).isCloseTo(clear3 - 10, within(1e-6));
        assertThat(d.get("a2").arrivalTime().seconds()).isCloseTo(clear3 + P2_P3 / V, within(1e-6));
    }

    @Test
    void simultaneousAlertsAreAssignedJointlyAndBeatGreedy() {
        // Team T1 at O and T2 at Q; alert a at P1 (between them, a hair nearer T1), alert b at S (south of O).
        Team t1 = new Team("T1", O, "TR", Mobility.VEHICLE);
        Team t2 = new Team("T2", Q, "TR", Mobility.VEHICLE);
        List<BorderAlert> alerts = List.of(alert("a", 0, P1, 0.5, "TR"), alert("b", 0, S, 0.5, "TR"));
        Map<String, Dispatch> d = byAlert(dispatcher(QueuePolicy.FIFO, t1, t2).run(alerts));
        assertThat(d.get("a").teamId()).isEqualTo("T2");
        assertThat(d.get("b").teamId()).isEqualTo("T1");
        double optimal = (Q_P1 + O_S) / V;
        double greedy = (O_P1 + Q_S) / V; // a first takes its nearest team T1, leaving T2 for b
        assertThat(O_P1).isLessThan(Q_P1);
        double total = d.get("a").responseS() + d.get("b").responseS();
        assertThat(total).isCloseTo(optimal, within(1e-6)).isLessThan(greedy - 200);
    }

    @Test
    void alertsOfAnAgencyWithoutTeamsAreUnanswered() {
        Team t = new Team("V1", O, "TR", Mobility.VEHICLE);
        DispatchResult r = dispatcher(QueuePolicy.FIFO, t).run(List.of(alert("x", 0, P1, 0.5, "NATO")));
        assertThat(r.dispatches()).isEmpty();
        assertThat(r.unanswered()).containsExactly("x");
        assertThat(r.timeline()).isEmpty();
    }

    @Test
    void aTeamHomeAtTheInstantAnAlertIsRaisedTakesIt() {
        Team t = new Team("V1", O, "TR", Mobility.VEHICLE);
        double home = 2 * O_P1 / V + ON_SCENE_S;
        GeodeticPoint p = P2;
        // The second alert is raised after the team is home: it is sent from the outpost, without waiting.
        DispatchResult r = dispatcher(QueuePolicy.FIFO, t)
                .run(List.of(alert("a1", 0, P1, 0.5, "TR"), alert("a2", Math.ceil(home), p, 0.5, "TR")));
        Dispatch d2 = byAlert(r).get("a2");
        assertThat(d2.waitS()).isZero();
        assertThat(d2.responseS()).isCloseTo(P2_O / V, within(1e-6));
    }
}
