package io.steeldome.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.time.SimTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueueTest {
    private static final int TRUTH = 0;
    private static final int SENSE = 1;
    private static final int DECIDE = 2;

    /** Hand-worked agenda: time first, then phase, then insertion order; scheduling from a handler works. */
    @Test
    void dispatchesInTimePhaseInsertionOrder() {
        EventQueue<String> q = new EventQueue<>();
        q.schedule(SimTime.ofSeconds(2), DECIDE, "decide@2");
        q.schedule(SimTime.ofSeconds(1), SENSE, "scan-b@1");
        q.schedule(SimTime.ofSeconds(1), SENSE, "scan-a@1");
        q.schedule(SimTime.ofSeconds(1), TRUTH, "move@1");
        q.schedule(SimTime.ofSeconds(2), TRUTH, "impact@2");
        q.schedule(SimTime.ZERO, DECIDE, "start");

        List<String> order = new ArrayList<>();
        while (!q.isEmpty()) {
            EventQueue.Scheduled<String> s = q.next().orElseThrow();
            order.add(s.event());
            if (s.event().equals("move@1")) {
                q.schedule(SimTime.ofSeconds(1), DECIDE, "react@1");
                q.schedule(SimTime.ofSeconds(1.5), SENSE, "scan@1.5");
            }
        }
        assertThat(order)
                .containsExactly(
                        "start", "move@1", "scan-b@1", "scan-a@1", "react@1", "scan@1.5", "impact@2", "decide@2");
        assertThat(q.now()).isEqualTo(SimTime.ofSeconds(2));
    }

    @Test
    void refusesToScheduleInThePast() {
        EventQueue<String> q = new EventQueue<>();
        q.schedule(SimTime.ofSeconds(5), TRUTH, "x");
        q.next();
        assertThatThrownBy(() -> q.schedule(SimTime.ofSeconds(4.999), TRUTH, "late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already at");
        assertThat(q.next()).isEmpty();
    }
}
