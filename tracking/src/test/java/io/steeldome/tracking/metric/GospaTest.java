package io.steeldome.tracking.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.EnuVector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed GOSPA values (alpha = 2): sum of d^p over pairs closer than c, plus c^p / 2 per miss and false. */
class GospaTest {
    private static EnuVector p(double e, double n, double u) {
        return new EnuVector(e, n, u);
    }

    @Test
    void emptySetsAreZero() {
        GospaResult r = new Gospa(10, 2).evaluate(List.of(), List.of());
        assertThat(r.distanceM()).isZero();
        assertThat(r.assignedCount()).isZero();
    }

    @Test
    void onePairOneMissedOneFalse() {
        // pair at d = 5 (3-4-5), truth at 100 e unmatched, estimate at (1000, 1000) false; c = 10, p = 2
        GospaResult r =
                new Gospa(10, 2).evaluate(List.of(p(0, 0, 0), p(100, 0, 0)), List.of(p(3, 4, 0), p(1000, 1000, 0)));
        assertThat(r.distanceM()).isCloseTo(Math.sqrt(25 + 50 + 50), within(1e-12));
        assertThat(r.localisationM()).isCloseTo(5, within(1e-12));
        assertThat(r.missedM()).isCloseTo(Math.sqrt(50), within(1e-12));
        assertThat(r.falseM()).isCloseTo(Math.sqrt(50), within(1e-12));
        assertThat(r.assignedCount()).isEqualTo(1);
        assertThat(r.missedCount()).isEqualTo(1);
        assertThat(r.falseCount()).isEqualTo(1);
    }

    @Test
    void pairBeyondCutoffIsOneMissedPlusOneFalse() {
        GospaResult r = new Gospa(10, 2).evaluate(List.of(p(0, 0, 0)), List.of(p(20, 0, 0)));
        assertThat(r.distanceM()).isCloseTo(Math.sqrt(100 / 2.0 + 100 / 2.0), within(1e-12));
        assertThat(r.assignedCount()).isZero();
        assertThat(r.missedCount()).isEqualTo(1);
        assertThat(r.falseCount()).isEqualTo(1);
    }

    @Test
    void onlyMissedTargetsWithOrderOne() {
        // p = 1: each miss costs c / 2
        GospaResult r = new Gospa(8, 1).evaluate(List.of(p(0, 0, 0), p(50, 0, 0), p(0, 50, 0)), List.of());
        assertThat(r.distanceM()).isCloseTo(12, within(1e-12));
        assertThat(r.missedCount()).isEqualTo(3);
    }

    @Test
    void usesTheOptimalNotTheGreedyAssignment() {
        // truths at 0 and 10, estimates at 6 and 16 (east). Greedy takes the closest pair (10, 6) = 4 first and
        // pays 4^2 + 16^2 = 272; optimal is (0, 6), (10, 16) = 6^2 + 6^2 = 72.
        GospaResult r = new Gospa(100, 2).evaluate(List.of(p(0, 0, 0), p(10, 0, 0)), List.of(p(6, 0, 0), p(16, 0, 0)));
        assertThat(r.distanceM()).isCloseTo(Math.sqrt(72), within(1e-12));
    }

    @Test
    void rmseOfPairedPositions() {
        double rmse = Rmse.positionM(List.of(p(0, 0, 0), p(10, 0, 0)), List.of(p(3, 4, 0), p(10, 0, 12)));
        assertThat(rmse).isCloseTo(Math.sqrt((25 + 144) / 2.0), within(1e-12));
        assertThat(Rmse.ofErrors()).isZero();
    }
}
