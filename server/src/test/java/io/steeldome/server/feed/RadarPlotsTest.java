package io.steeldome.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import io.steeldome.interop.radar.PlotConversion;
import io.steeldome.interop.radar.RadarSite;
import io.steeldome.tracking.tracker.Detection;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analytic Jacobian covariance against interop's {@link PlotConversion}, which differentiates the exact
 * ellipsoidal geolocation numerically: same position, covariance within 1 % of its largest entry.
 */
class RadarPlotsTest {
    static Stream<Arguments> plots() {
        Random r = new Random(20261126L);
        return Stream.generate(() -> {
                    double rangeM = 5_000 + 245_000 * r.nextDouble();
                    // A height the slant range can reach (elevation well below 90 degrees).
                    double hM = 500 + Math.min(12_000, 0.5 * rangeM) * r.nextDouble();
                    return Arguments.of(
                            -60 + 120 * r.nextDouble(), // site latitude
                            rangeM,
                            2 * Math.PI * r.nextDouble(), // azimuth
                            r.nextBoolean() ? OptionalDouble.of(hM) : OptionalDouble.empty());
                })
                .limit(40);
    }

    @ParameterizedTest
    @MethodSource("plots")
    void matchesTheNumericalJacobianOfTheExactGeolocation(
            double latDeg, double rangeM, double azimuthRad, OptionalDouble heightM) {
        RadarSite site = RadarSite.typicalSsr(1, 2, GeodeticPoint.ofDegrees(latDeg, 20, 300));
        RadarPlots fast = new RadarPlots(site, 3000, 3000);
        PlotConversion reference = PlotConversion.of(fast.frame(), 3000, 3000);
        SimTime t = new SimTime(0);
        Detection a = fast.detection(t, "r", rangeM, azimuthRad, heightM).orElseThrow();
        Detection b =
                reference.toDetection(site, t, "r", rangeM, azimuthRad, heightM).orElseThrow();
        assertThat(a.eastM()).isCloseTo(b.eastM(), within(1e-6));
        assertThat(a.northM()).isCloseTo(b.northM(), within(1e-6));
        assertThat(a.upM()).isCloseTo(b.upM(), within(1e-6));
        double scale = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                scale = Math.max(scale, Math.abs(b.covarianceM2()[i][j]));
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(a.covarianceM2()[i][j])
                        .as("C[%d][%d]", i, j)
                        .isCloseTo(b.covarianceM2()[i][j], within(0.01 * scale));
            }
        }
    }
}
