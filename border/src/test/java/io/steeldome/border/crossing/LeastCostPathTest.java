package io.steeldome.border.crossing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.time.SimTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LeastCostPathTest {
    static final Crs UTM38N = Crs.ofEpsg(32638);
    static final double CELL = 50;
    static final int N = 101;
    static final GridGeometry GRID = new GridGeometry(UTM38N, 400_000, 4_300_000, CELL, CELL, N, N);

    static ElevationRaster dem(java.util.function.IntBinaryOperator heightAt, String name) {
        float[] h = new float[N * N];
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                h[r * N + c] = heightAt.applyAsInt(r, c);
            }
        }
        return ElevationRaster.of(GRID, h, name, false);
    }

    static GeodeticPoint centre(int row, int col) {
        return UTM38N.toGeodetic(GRID.centreX(col), GRID.centreY(row), 0);
    }

    @Test
    void toblerMatchesThePublishedFormula() {
        // W = 6 exp(-3.5 |S + 0.05|) km/h (Tobler 1993); values by python3: 6*math.exp(-3.5*abs(s+0.05))
        assertThat(CrosserKind.toblerSpeedMps(0) * 3.6).isCloseTo(5.036742124615245, within(1e-12));
        assertThat(CrosserKind.toblerSpeedMps(0.1) * 3.6).isCloseTo(3.54933218620089, within(1e-12));
        assertThat(CrosserKind.toblerSpeedMps(-0.1) * 3.6).isCloseTo(5.036742124615245, within(1e-12));
        assertThat(CrosserKind.toblerSpeedMps(-0.05) * 3.6).isCloseTo(6.0, within(1e-12));
        assertThat(CrosserKind.PEDESTRIAN_GROUP.speedMps(0.1)).isEqualTo(CrosserKind.toblerSpeedMps(0.1));
        assertThat(CrosserKind.PEDESTRIAN_GROUP.speedMps(0.7)).isZero();
        assertThat(CrosserKind.VEHICLE.speedMps(0.25)).isZero();
    }

    @ParameterizedTest
    @EnumSource(
            value = CrosserKind.class,
            names = {"PEDESTRIAN_GROUP", "VEHICLE"})
    void onFlatGroundAnAxisPathIsTheStraightLine(CrosserKind kind) {
        ElevationRaster flat = dem((r, c) -> 1000, "flat");
        SimTime dep = SimTime.ofSeconds(3600);
        TimedPath p = LeastCostPath.plan(flat, kind, centre(50, 10), centre(50, 90), dep);
        // every cell of the path is on row 50, visited west to east, one step per column
        assertThat(p.waypoints()).hasSize(81);
        for (int i = 0; i < p.waypoints().size(); i++) {
            GeodeticPoint w = p.waypoints().get(i).position();
            double[] xy = UTM38N.fromGeodetic(w);
            assertThat(GRID.cellRow(xy[1])).isEqualTo(50);
            assertThat(GRID.cellCol(xy[0])).isEqualTo(10 + i);
        }
        assertThat(p.lengthM()).isCloseTo(80 * CELL, within(1e-6));
        assertThat(p.durationS()).isCloseTo(80 * CELL / kind.flatSpeedMps(), within(1e-3));
        assertThat(p.start()).isEqualTo(dep);
    }

    /**
     * Off the axes and diagonals an 8-neighbour path is the octile length (a - b) + b sqrt 2 cells for offset (a, b),
     * a >= b; its excess over the straight line is the discretisation error, at most 1/cos(22.5 deg) - 1 = 8.24 %.
     */
    @ParameterizedTest
    @CsvSource({"80, 0", "80, 80", "80, 20", "80, 33", "60, 45"})
    void onFlatGroundTimeIsDistanceOverSpeedUpToTheOctileError(int a, int b) {
        ElevationRaster flat = dem((r, c) -> 0, "flat");
        CrosserKind kind = CrosserKind.PEDESTRIAN_GROUP;
        GeodeticPoint start = centre(90, 10);
        GeodeticPoint goal = centre(90 - b, 10 + a);
        TimedPath p = LeastCostPath.plan(flat, kind, start, goal, SimTime.ZERO);
        double octileM = ((a - b) + b * Math.sqrt(2)) * CELL;
        double straightM = Math.hypot(a, b) * CELL;
        assertThat(p.lengthM()).isCloseTo(octileM, within(1e-6));
        assertThat(p.durationS()).isCloseTo(octileM / kind.flatSpeedMps(), within(1e-3));
        double error = p.lengthM() / straightM - 1;
        assertThat(error).isBetween(0.0, 1 / Math.cos(Math.PI / 8) - 1 + 1e-12);
        if (b == 0 || a == b) {
            assertThat(error).isCloseTo(0, within(1e-12));
        }
        // the grid's straight length is the geodesic one to within UTM scale (0.9996..1.0004)
        assertThat(Geodesy.distanceM(start, goal) / straightM).isCloseTo(1, within(1e-3));
    }

    @Test
    void aSteepWallIsCrossedThroughItsGap() {
        // a 400 m wall along column 50, open only in rows 80..84
        ElevationRaster walled = dem((r, c) -> c == 50 && (r < 80 || r > 84) ? 400 : 0, "wall");
        TimedPath p =
                LeastCostPath.plan(walled, CrosserKind.PEDESTRIAN_GROUP, centre(20, 20), centre(20, 80), SimTime.ZERO);
        boolean crossed = false;
        for (TimedPath.Waypoint w : p.waypoints()) {
            double[] xy = UTM38N.fromGeodetic(w.position());
            if (GRID.cellCol(xy[0]) == 50) {
                assertThat(GRID.cellRow(xy[1])).isBetween(80, 84);
                crossed = true;
            }
        }
        assertThat(crossed).isTrue();
        // the detour: from (20,20) to the gap at row 80 and on to (20,80), each leg 60 cells by 30 rows
        double octile = 2 * ((60 - 30) + 30 * Math.sqrt(2)) * CELL;
        assertThat(p.lengthM()).isGreaterThanOrEqualTo(octile - 1e-6);
        assertThat(p.durationS()).isGreaterThan(60 * CELL / CrosserKind.PEDESTRIAN_GROUP.flatSpeedMps());
        // a drone flies over it
        TimedPath d = LeastCostPath.plan(walled, CrosserKind.SMALL_DRONE, centre(20, 20), centre(20, 80), SimTime.ZERO);
        assertThat(d.waypoints()).hasSize(2);
        assertThat(d.durationS()).isCloseTo(d.lengthM() / 15, within(1e-6));
    }

    @Test
    void aVehicleCannotClimbASlopeBeyondItsLimit() {
        // a uniform 30 % slope northwards: 15 m per 50 m row
        ElevationRaster ramp = dem((r, c) -> (N - r) * 15, "ramp");
        assertThatThrownBy(() ->
                        LeastCostPath.plan(ramp, CrosserKind.VEHICLE, centre(90, 50), centre(10, 50), SimTime.ZERO))
                .isInstanceOf(SteeldomeException.class);
        // walking up it is slower than Tobler on the flat: 0.3 uphill gives 6 exp(-1.225) km/h
        TimedPath walk =
                LeastCostPath.plan(ramp, CrosserKind.PEDESTRIAN_GROUP, centre(90, 50), centre(10, 50), SimTime.ZERO);
        assertThat(walk.durationS()).isCloseTo(80 * CELL / (6 * Math.exp(-3.5 * 0.35) / 3.6), within(1e-3));
    }
}
