package io.steeldome.defence.effector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlyoutTest {

    /** Uniform acceleration to 800 m/s in 4 s covers 1.6 km; past that, t = 2 + r / 800. */
    @ParameterizedTest
    @CsvSource({"0, 0", "400, 2", "800, 2.8284271247461903", "1600, 4", "10000, 14.5"})
    void boostThenCoastMatchesKinematics(double rangeM, double expectedS) {
        assertThat(new Flyout(4, 800).flyoutTimeS(rangeM)).isCloseTo(expectedS, within(1e-12));
    }

    @Test
    void zeroBoostIsConstantSpeed() {
        assertThat(Flyout.constantSpeed(1000).flyoutTimeS(12_345)).isCloseTo(12.345, within(1e-12));
    }

    @Test
    void strictlyIncreasingAndContinuousAcrossBurnout() {
        Flyout f = new Flyout(6, 1200);
        double rb = f.boostRangeM();
        assertThat(f.flyoutTimeS(rb * (1 + 1e-12))).isCloseTo(f.flyoutTimeS(rb), within(1e-9));
        double previous = -1;
        for (double r = 0; r <= 50_000; r += 50) {
            double t = f.flyoutTimeS(r);
            assertThat(t).isGreaterThan(previous);
            previous = t;
        }
    }

    @Test
    void rejectsNonPhysicalParameters() {
        assertThatThrownBy(() -> new Flyout(-1, 800)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new Flyout(1, 0)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new Flyout(1, 800).flyoutTimeS(-5)).isInstanceOf(SteeldomeException.class);
    }
}
