package io.steeldome.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import org.junit.jupiter.api.Test;

class SimTimeTest {
    @Test
    void tenthsOfASecondAddUpExactly() {
        SimTime t = SimTime.ZERO;
        for (int i = 0; i < 10; i++) {
            t = t.shiftedBy(0.1);
        }
        assertThat(t).isEqualTo(SimTime.ofSeconds(1.0));
        assertThat(t.nanos()).isEqualTo(1_000_000_000L);
    }

    @Test
    void orderingAndDifferences() {
        SimTime a = SimTime.ofSeconds(12.5);
        SimTime b = SimTime.ofMillis(12_501);
        assertThat(a).isLessThan(b);
        assertThat(a.isBefore(b)).isTrue();
        assertThat(b.secondsSince(a)).isEqualTo(0.001);
        assertThat(SimTime.ofSeconds(-3).seconds()).isEqualTo(-3.0);
    }

    @Test
    void rejectsNonFiniteAndOverflow() {
        assertThatThrownBy(() -> SimTime.ofSeconds(Double.NaN)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> SimTime.ofSeconds(1e12)).hasMessageContaining("292 years");
    }
}
