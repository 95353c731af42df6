package io.steeldome.tracking.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import java.util.stream.Stream;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeasurementModelTest {
    private static final EnuVector SENSOR = new EnuVector(100, 200, 10);
    private static final RadarPolar RADAR = RadarPolar.of(SENSOR, 15, 1e-3, 2e-3);

    private static RealVector vector(double... v) {
        return MatrixUtils.createRealVector(v);
    }

    static Stream<Arguments> modelsAndStates() {
        RealVector ahead = vector(3100, 4200, 1510, 120, -40, 3);
        RealVector west = vector(-9000, 150, 40, 250, 10, -8);
        RealVector steep = vector(300, -100, 8000, -30, 60, 20);
        RealVector nearSouthCut =
                vector(99.995, -12000, 3000, 300, 0, 0, 0.1); // 7-D CT state; east steps cross the cut
        RealVector accelerating = vector(5000, 5000, 900, -100, -200, 0, 5, -3, 1); // 9-D CA state
        Stream.Builder<Arguments> b = Stream.builder();
        for (RealVector x : new RealVector[] {ahead, west, steep, nearSouthCut, accelerating}) {
            b.add(Arguments.of(RADAR, x));
            b.add(Arguments.of(RADAR.withRangeRate(0.5), x));
            b.add(Arguments.of(new BearingsOnly(SENSOR, 1e-3, 1e-3), x));
            b.add(Arguments.of(CartesianPosition.isotropic(10), x));
        }
        return b.build();
    }

    /** Analytic Jacobians against central finite differences (differenced with the model's own wrap). */
    @ParameterizedTest
    @MethodSource("modelsAndStates")
    void jacobianMatchesCentralDifferences(MeasurementModel model, RealVector x) {
        RealMatrix analytic = model.jacobian(x);
        assertThat(analytic.getRowDimension()).isEqualTo(model.dimension());
        assertThat(analytic.getColumnDimension()).isEqualTo(x.getDimension());
        for (int j = 0; j < x.getDimension(); j++) {
            double step = j < 3 ? 1e-2 : 1e-3;
            RealVector plus = x.copy();
            RealVector minus = x.copy();
            plus.addToEntry(j, step);
            minus.addToEntry(j, -step);
            RealVector column = model.difference(model.expected(plus), model.expected(minus))
                    .mapDivide(2 * step);
            for (int i = 0; i < model.dimension(); i++) {
                double tolerance = 1e-7 * (1 + Math.abs(column.getEntry(i)));
                assertThat(analytic.getEntry(i, j))
                        .as("dh[%d]/dx[%d]", i, j)
                        .isCloseTo(column.getEntry(i), within(tolerance));
            }
        }
    }

    /**
     * Hand geometry from the sensor at (100, 200, 10): a 3-4-5 triangle north-east gives range 5000 m and azimuth
     * atan(3/4) = 36.87 deg; a target 1 km west and 1 km up is at azimuth -90 deg, elevation 45 deg; due south the
     * azimuth is +180 deg (the (-pi, pi] convention). Range rate of an eastbound 10 m/s target on the 3-4-5 line is
     * 10 * 3/5 = 6 m/s opening.
     */
    @Test
    void radarGeometryMatchesHandComputation() {
        RadarPolar doppler = RADAR.withRangeRate(1);
        RealVector z = doppler.expected(vector(3100, 4200, 10, 10, 0, 0));
        assertThat(z.getEntry(RadarPolar.RANGE)).isCloseTo(5000, within(1e-9));
        assertThat(Math.toDegrees(z.getEntry(RadarPolar.AZIMUTH))).isCloseTo(36.869897645844, within(1e-9));
        assertThat(z.getEntry(RadarPolar.ELEVATION)).isCloseTo(0, within(1e-15));
        assertThat(z.getEntry(RadarPolar.RANGE_RATE)).isCloseTo(6, within(1e-12));

        RealVector westUp = RADAR.expected(vector(-900, 200, 1010));
        assertThat(westUp.getEntry(RadarPolar.RANGE)).isCloseTo(1000 * Math.sqrt(2), within(1e-9));
        assertThat(Math.toDegrees(westUp.getEntry(RadarPolar.AZIMUTH))).isCloseTo(-90, within(1e-12));
        assertThat(Math.toDegrees(westUp.getEntry(RadarPolar.ELEVATION))).isCloseTo(45, within(1e-12));

        RealVector south = RADAR.expected(vector(100, -5000, 10));
        assertThat(south.getEntry(RadarPolar.AZIMUTH)).isEqualTo(Math.PI);

        RealVector bearing = new BearingsOnly(SENSOR, 1e-3, 1e-3).expected(vector(-900, 200, 1010));
        assertThat(Math.toDegrees(bearing.getEntry(BearingsOnly.AZIMUTH))).isCloseTo(-90, within(1e-12));
        assertThat(Math.toDegrees(bearing.getEntry(BearingsOnly.ELEVATION))).isCloseTo(45, within(1e-12));
    }

    /** 179 deg measured against -179 deg predicted is a -2 deg residual, not 358 deg; range is not wrapped. */
    @Test
    void azimuthResidualWrapsAcrossTheSouthCut() {
        RealVector measured = vector(10_000, Math.toRadians(179), 0.1);
        RealVector predicted = vector(9_000, Math.toRadians(-179), 0.1);
        RealVector d = RADAR.difference(measured, predicted);
        assertThat(d.getEntry(RadarPolar.RANGE)).isCloseTo(1000, within(1e-9));
        assertThat(Math.toDegrees(d.getEntry(RadarPolar.AZIMUTH))).isCloseTo(-2, within(1e-9));
        RealVector back = RADAR.difference(predicted, measured);
        assertThat(Math.toDegrees(back.getEntry(RadarPolar.AZIMUTH))).isCloseTo(2, within(1e-9));
        RealVector b = new BearingsOnly(SENSOR, 1e-3, 1e-3)
                .difference(vector(Math.toRadians(-178), 0), vector(Math.toRadians(178), 0));
        assertThat(Math.toDegrees(b.getEntry(BearingsOnly.AZIMUTH))).isCloseTo(4, within(1e-9));
    }

    /**
     * toEnu inverts expected; for a target due north at zero elevation the converted covariance is
     * diag((r s_az)^2, s_r^2, (r s_el)^2) (cross-range east, range north, up).
     */
    @Test
    void conversionToEnuInvertsTheGeometry() {
        RealVector x = vector(-4321, 9876, 2345);
        EnuVector p = RADAR.toEnu(RADAR.expected(x));
        assertThat(p.eastM()).isCloseTo(-4321, within(1e-8));
        assertThat(p.northM()).isCloseTo(9876, within(1e-8));
        assertThat(p.upM()).isCloseTo(2345, within(1e-8));

        RealMatrix c = RADAR.convertedCovariance(vector(20_000, 0, 0));
        assertThat(c.getEntry(0, 0)).isCloseTo(20_000 * 20_000 * 1e-6, within(1e-9));
        assertThat(c.getEntry(1, 1)).isCloseTo(15 * 15, within(1e-9));
        assertThat(c.getEntry(2, 2)).isCloseTo(20_000 * 20_000 * 4e-6, within(1e-9));
        assertThat(c.getEntry(0, 1)).isCloseTo(0, within(1e-9));
        assertThat(c.getEntry(1, 2)).isCloseTo(0, within(1e-9));
    }

    @Test
    void noiseAndDimensions() {
        assertThat(RADAR.dimension()).isEqualTo(3);
        assertThat(RADAR.withRangeRate(0.5).dimension()).isEqualTo(4);
        assertThat(RADAR.withRangeRate(0.5).noise().getEntry(3, 3)).isCloseTo(0.25, within(1e-15));
        assertThat(RADAR.noise().getEntry(1, 1)).isCloseTo(1e-6, within(1e-18));
        assertThat(CartesianPosition.isotropic(10).noise().getEntry(2, 2)).isCloseTo(100, within(1e-12));
    }

    @Test
    void rejectsUndefinedGeometryAndShortStates() {
        assertThatThrownBy(() -> RADAR.expected(vector(100, 200, 5000))).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> RADAR.withRangeRate(1).expected(vector(1, 2, 3)))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> RadarPolar.of(SENSOR, 0, 1e-3, 1e-3)).isInstanceOf(SteeldomeException.class);
    }
}
