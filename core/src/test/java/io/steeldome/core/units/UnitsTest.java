package io.steeldome.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {
    /** Exact definitions: 1 ft = 0.3048 m, 1 NM = 1852 m, 1 kt = 1852/3600 m/s; 35,000 ft = 10,668 m. */
    @Test
    void definitions() {
        assertThat(Units.ftToM(35_000)).isCloseTo(10_668.0, within(1e-9));
        assertThat(Units.nmToM(197.68359375)).isCloseTo(366_110.0156, within(1e-4));
        assertThat(Units.ktToMps(100)).isCloseTo(51.444444444, within(1e-9));
        assertThat(Units.kmhToMps(185)).isCloseTo(51.388888889, within(1e-9));
        assertThat(Units.flightLevelToM(330)).isCloseTo(10_058.4, within(1e-9));
        assertThat(Units.mpsToKt(Units.ktToMps(420))).isCloseTo(420, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "3.5, -2.7831853071795862", "-3.5, 2.7831853071795862", "7, 0.7168146928204138"})
    void wrapsToMinusPiPi(double in, double expected) {
        assertThat(Units.wrapPi(in)).isCloseTo(expected, within(1e-15));
        assertThat(Units.wrapPi(Math.PI)).isEqualTo(-Math.PI);
        assertThat(Units.wrapTwoPi(-0.5)).isCloseTo(2 * Math.PI - 0.5, within(1e-15));
    }
}
