package io.steeldome.tracking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingerTest {
    /**
     * Singer's closed-form entries (Singer 1970; Bar-Shalom, Li and Kirubarajan, Estimation with Applications to
     * Tracking and Navigation, sec. 8.2.3), per axis with alpha = 1/tau, q = 2 alpha sigma^2:
     * q33 = q (1 - e^(-2aT)) / (2a), q23 = q (1 - 2e^(-aT) + e^(-2aT)) / (2a^2),
     * q22 = q (4e^(-aT) - 3 - e^(-2aT) + 2aT) / (2a^3).
     */
    @ParameterizedTest
    @CsvSource({"20, 2, 1", "20, 2, 5", "5, 0.5, 2", "60, 3, 10", "1, 1, 4"})
    void processNoiseMatchesSingersClosedForm(double tau, double sigma, double t) {
        RealMatrix q = new Singer(tau, sigma).processNoise(t);
        double a = 1 / tau;
        double qc = 2 * a * sigma * sigma;
        double e1 = Math.exp(-a * t);
        double e2 = Math.exp(-2 * a * t);
        double q33 = qc * (1 - e2) / (2 * a);
        double q23 = qc * (1 - 2 * e1 + e2) / (2 * a * a);
        double q22 = qc * (4 * e1 - 3 - e2 + 2 * a * t) / (2 * a * a * a);
        // north axis: indices 1 (position), 4 (velocity), 7 (acceleration)
        assertThat(q.getEntry(7, 7)).isCloseTo(q33, within(1e-9 * q33));
        assertThat(q.getEntry(4, 7)).isCloseTo(q23, within(1e-9 * q23));
        assertThat(q.getEntry(4, 4)).isCloseTo(q22, within(1e-8 * q22));
        assertThat(q.getEntry(0, 1)).isZero(); // axes independent
        assertThat(q.subtract(q.transpose()).getNorm1()).isZero();
    }

    /** Long correlation time: the transition tends to constant acceleration's (p + vT + aT^2/2). */
    @ParameterizedTest
    @CsvSource({"1", "3"})
    void longCorrelationTimeTendsToConstantAcceleration(double t) {
        RealMatrix singer = new Singer(1e9, 1).transition(t);
        RealMatrix ca = new ConstantAcceleration(1).transition(t);
        assertThat(singer.subtract(ca).getNorm1()).isLessThan(1e-6);
    }

    /** Over many correlation times the acceleration forgets itself: e^(-T/tau). */
    @ParameterizedTest
    @CsvSource({"2, 10", "10, 30"})
    void accelerationDecaysExponentially(double tau, double t) {
        assertThat(new Singer(tau, 1).transition(t).getEntry(8, 8)).isCloseTo(Math.exp(-t / tau), within(1e-15));
    }
}
