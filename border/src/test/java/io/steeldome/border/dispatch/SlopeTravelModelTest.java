package io.steeldome.border.dispatch;

import static io.steeldome.border.dispatch.DispatchTestData.O;
import static io.steeldome.border.dispatch.DispatchTestData.O_P1;
import static io.steeldome.border.dispatch.DispatchTestData.P1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlopeTravelModelTest {
    // Tobler (1993): W = 6 exp(-3.5 |S + 0.05|) km/h.
    private static double toblerMps(double s) {
        return 6 * Math.exp(-3.5 * Math.abs(s + 0.05)) / 3.6;
    }

    @Test
    void flatGroundIsGeodesicDistanceOverFlatSpeed() {
        SlopeTravelModel m = new SlopeTravelModel(HeightField.FLAT, 50, 10, 0.3);
        // 5.0366 km/h on the flat.
        assertThat(m.travelTimeS(O, P1, Mobility.FOOT)).isCloseTo(O_P1 / toblerMps(0), within(1e-6));
        assertThat(m.travelTimeS(O, P1, Mobility.VEHICLE)).isCloseTo(O_P1 / 10, within(1e-6));
        assertThat(m.travelTimeS(O, O, Mobility.FOOT)).isZero();
    }

    /** A uniform slope north of O: height = grade x geodesic distance from O. */
    @ParameterizedTest
    @CsvSource({"0.10", "0.05", "-0.05", "-0.10", "0.25"})
    void uniformSlopeGivesToblerAndVehicleSpeedsAtThatSlope(double grade) {
        HeightField ramp = p -> OptionalDouble.of(grade * Geodesy.distanceM(O, p));
        SlopeTravelModel m = new SlopeTravelModel(ramp, 37, 10, 0.3);
        assertThat(m.travelTimeS(O, P1, Mobility.FOOT)).isCloseTo(O_P1 / toblerMps(grade), within(1e-4));
        assertThat(m.travelTimeS(P1, O, Mobility.FOOT)).isCloseTo(O_P1 / toblerMps(-grade), within(1e-4));
        double vehicle = 10 * (1 - Math.abs(grade) / 0.3);
        assertThat(m.travelTimeS(O, P1, Mobility.VEHICLE)).isCloseTo(O_P1 / vehicle, within(1e-4));
    }

    @Test
    void slopeBeyondTheVehicleLimitIsImpassableButWalkable() {
        HeightField ramp = p -> OptionalDouble.of(0.4 * Geodesy.distanceM(O, p));
        SlopeTravelModel m = new SlopeTravelModel(ramp, 50, 10, 0.3);
        assertThat(m.travelTimeS(O, P1, Mobility.VEHICLE)).isInfinite();
        assertThat(m.travelTimeS(O, P1, Mobility.FOOT)).isCloseTo(O_P1 / toblerMps(0.4), within(1e-4));
    }

    @Test
    void unknownHeightsCountAsFlat() {
        SlopeTravelModel m = new SlopeTravelModel(p -> OptionalDouble.empty(), 50, 10, 0.3);
        assertThat(m.travelTimeS(O, P1, Mobility.FOOT)).isCloseTo(O_P1 / toblerMps(0), within(1e-6));
    }

    @Test
    void demWithAUniformNorthwardGradientSlowsAWalkerGoingNorth() {
        // EPSG:4326 grid, 0.001 deg cells over 36.9..37.1 N, 43.9..44.1 E; height = 1000 + 10 000 m/deg x (lat - 37),
        // linear, so bilinear samples are exact: the slope O -> P1 is 100 m over O_P1 = 1109.777 m (GeodSolve).
        int n = 200;
        float[] h = new float[n * n];
        for (int r = 0; r < n; r++) {
            double lat = 37.1 - (r + 0.5) * 0.001;
            for (int c = 0; c < n; c++) {
                h[r * n + c] = (float) (1000 + 10_000 * (lat - 37.0));
            }
        }
        GridGeometry g = new GridGeometry(Crs.Geographic.WGS84, 43.9, 37.1, 0.001, 0.001, n, n);
        SlopeTravelModel m = new SlopeTravelModel(HeightField.of(ElevationRaster.of(g, h, "ramp", true)), 25, 10, 0.3);
        double slope = 100 / O_P1;
        assertThat(m.travelTimeS(O, P1, Mobility.FOOT)).isCloseTo(O_P1 / toblerMps(slope), within(1e-3));
        assertThat(m.travelTimeS(P1, O, Mobility.FOOT)).isCloseTo(O_P1 / toblerMps(-slope), within(1e-3));
    }
}
