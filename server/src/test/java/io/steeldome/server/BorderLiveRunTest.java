package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.dispatch.Dispatch;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.server.patrol.BorderLiveRun;
import io.steeldome.server.patrol.LiveDispatch;
import io.steeldome.sim.border.BorderRunResult;
import io.steeldome.sim.border.BorderScenario;
import io.steeldome.sim.border.BorderScenarioReader;
import io.steeldome.sim.border.BorderSimulation;
import io.steeldome.sim.run.ProgressListener;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example border scenario played live on a hand-moved clock posts exactly the alerts and dispatches the batch
 * {@link BorderSimulation} gives for the same scenario and seed (an independent second run), each one only once the
 * clock reaches its time at the run's speed.
 */
class BorderLiveRunTest {
    static final Path SCENARIO = Path.of("../examples/border/iraq-turkey-sector.yaml");
    static final double SPEED = 60;

    @TempDir
    Path dir;

    Harness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    private Set<String> alertIdsSeenBy(String agency) {
        return h.server.picture().viewFor(agency).alerts().stream()
                .map(BorderAlert::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> dispatchedAlertIds() {
        return h.server.patrols().all().stream()
                .map(LiveDispatch::alertId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void moveTo(Instant t) {
        Duration d = Duration.between(h.clock.instant(), t);
        assertThat(d.isNegative()).isFalse();
        h.clock.advance(d);
    }

    @Test
    void theLiveRunPostsWhatTheBatchRunGivesEachAtItsTime() {
        BorderScenario s = BorderScenarioReader.load(SCENARIO);
        BorderRunResult batch = BorderSimulation.run(s, 1, ProgressListener.NONE);
        assertThat(batch.alerts()).as("the example raises alerts in a day").isNotEmpty();
        assertThat(batch.dispatch().dispatches()).as("and sends patrols").isNotEmpty();

        h = new Harness(dir, BorderLiveRun.releasePolicy(s, "NATO"), WeaponsControlStatus.HOLD);
        Instant start = h.clock.instant();
        BorderLiveRun run = BorderLiveRun.prepare(s, 1, h.server.picture(), h.server.patrols(), h.clock, SPEED);
        assertThat(run.alertCount()).isEqualTo(batch.alerts().size());
        assertThat(run.dispatchCount()).isEqualTo(batch.dispatch().dispatches().size());

        // Expected: each alert due at start + t / speed; its dispatch (if any) posted with it.
        Map<Instant, Set<String>> alertsDue = new TreeMap<>();
        for (BorderAlert a : batch.alerts()) {
            Instant due = start.plusNanos(Math.round(a.time().nanos() / SPEED));
            alertsDue.computeIfAbsent(due, k -> new TreeSet<>()).add(a.id());
        }
        Map<String, Dispatch> dispatchOf =
                batch.dispatch().dispatches().stream().collect(Collectors.toMap(Dispatch::alertId, d -> d));

        Set<String> expectedAlerts = new TreeSet<>();
        Set<String> expectedDispatches = new TreeSet<>();
        for (Map.Entry<Instant, Set<String>> e : alertsDue.entrySet()) {
            if (e.getKey().isAfter(start)) {
                moveTo(e.getKey().minusNanos(1));
                run.publishDue();
                assertThat(alertIdsSeenBy("NATO"))
                        .as("just before " + e.getKey())
                        .isEqualTo(expectedAlerts);
                assertThat(dispatchedAlertIds()).isEqualTo(expectedDispatches);
            }
            moveTo(e.getKey());
            run.publishDue();
            expectedAlerts.addAll(e.getValue());
            e.getValue().stream().filter(dispatchOf::containsKey).forEach(expectedDispatches::add);
            assertThat(alertIdsSeenBy("NATO")).as("at " + e.getKey()).isEqualTo(expectedAlerts);
            assertThat(dispatchedAlertIds()).isEqualTo(expectedDispatches);
        }
        assertThat(run.done()).isTrue();
        assertThat(run.postedAlerts()).isEqualTo(batch.alerts().size());
        assertThat(run.postedDispatches())
                .isEqualTo(batch.dispatch().dispatches().size());
        assertThat(expectedDispatches).isEqualTo(dispatchOf.keySet());

        // Teams and times as the batch gave them, on the live time base.
        for (LiveDispatch d : h.server.patrols().all()) {
            Dispatch b = dispatchOf.get(d.alertId());
            assertThat(d.teamId()).isEqualTo(b.teamId());
            assertThat(d.dispatchTime())
                    .isEqualTo(start.plusNanos(Math.round(b.dispatchTime().nanos() / SPEED)));
            assertThat(d.arrivalTime())
                    .isEqualTo(start.plusNanos(Math.round(b.arrivalTime().nanos() / SPEED)));
            assertThat(d.clearTime())
                    .isEqualTo(start.plusNanos(Math.round(b.clearTime().nanos() / SPEED)));
        }
        // Each agency sees its own sector's alerts (and what the scenario's rules release to it).
        List<String> agencies =
                s.agencies().stream().map(BorderScenario.AgencyDef::id).toList();
        for (BorderAlert a : batch.alerts()) {
            assertThat(agencies).contains(a.agencyId());
            assertThat(alertIdsSeenBy(a.agencyId())).contains(a.id());
        }
    }
}
