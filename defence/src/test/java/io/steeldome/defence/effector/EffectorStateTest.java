package io.steeldome.defence.effector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import org.junit.jupiter.api.Test;

class EffectorStateTest {
    private static final EffectorSpec SPEC = EffectorPresets.SHORT_RANGE; // 6 rounds, 900 s reload

    @Test
    void firingCountsDownAndReloadRefillsAfterTheReloadTime() {
        SimTime t0 = SimTime.ofSeconds(10);
        EffectorState full = EffectorState.full(SPEC, SimTime.ZERO);
        EffectorState after = full.fire(t0, 2).fire(t0, 4);
        assertThat(full.roundsLeft()).isEqualTo(6);
        assertThat(after.roundsLeft()).isZero();
        assertThat(after.roundsAvailable(t0)).isZero();

        EffectorState reloading = after.reload(SPEC, t0);
        assertThat(reloading.busyUntil()).isEqualTo(SimTime.ofSeconds(910));
        assertThat(reloading.roundsAvailable(SimTime.ofSeconds(909.9))).isZero();
        assertThat(reloading.roundsAvailable(SimTime.ofSeconds(910))).isEqualTo(6);
        assertThatThrownBy(() -> reloading.fire(SimTime.ofSeconds(500), 1))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("busy");
    }

    @Test
    void aSecondReloadQueuesBehindTheFirst() {
        EffectorState s = new EffectorState(0, SimTime.ZERO)
                .reload(SPEC, SimTime.ofSeconds(100))
                .reload(SPEC, SimTime.ofSeconds(200));
        assertThat(s.busyUntil()).isEqualTo(SimTime.ofSeconds(1900));
    }

    @Test
    void cannotFireMoreThanLeftOrNothing() {
        EffectorState s = new EffectorState(1, SimTime.ZERO);
        assertThatThrownBy(() -> s.fire(SimTime.ZERO, 2)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> s.fire(SimTime.ZERO, 0)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new EffectorState(-1, SimTime.ZERO)).isInstanceOf(SteeldomeException.class);
    }
}
