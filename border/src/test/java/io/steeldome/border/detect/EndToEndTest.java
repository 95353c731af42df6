package io.steeldome.border.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.crossing.CrosserKind;
import io.steeldome.border.crossing.CrossingGenerator;
import io.steeldome.border.crossing.LeastCostPath;
import io.steeldome.border.crossing.PlannedCrossing;
import io.steeldome.border.crossing.TimedPath;
import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.geometry.ProtectedSide;
import io.steeldome.border.geometry.Sectors;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.terrain.SyntheticTerrain;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Crossings generated over synthetic terrain, detected by three stations, fused into alerts; seeded end to end. */
class EndToEndTest {
    static final Crs UTM38N = Crs.ofEpsg(32638);
    static final GridGeometry G = new GridGeometry(UTM38N, 400_000, 4_320_000, 100, 100, 120, 120);

    static GeodeticPoint at(double row, double col) {
        return UTM38N.toGeodetic(G.originX() + (col + 0.5) * 100, G.originY() - (row + 0.5) * 100, 0);
    }

    record Run(List<StationDetection> detections, AlertFuser.Result result) {}

    static Run run(long seed) {
        ElevationRaster dem = SyntheticTerrain.generate(G, 4);
        BorderLine line = BorderLine.of("B", "test", List.of(at(60, 10), at(60, 110)));
        List<Station> stations = List.of(
                new Station("R1", StationType.RADAR_TOWER, at(80, 40), 15, 40_000),
                new Station("E1", StationType.EOIR_TOWER, at(80, 80), 20, LookModel.maxRangeM(StationType.EOIR_TOWER)),
                new Station("U1", StationType.UGS_FIELD, at(62, 60), 0, 1_000));
        List<PlannedCrossing> plans = CrossingGenerator.along(line, ProtectedSide.RIGHT)
                .withDepthsM(1_500, 1_500, 300)
                .generate(4, 1, seed);
        Map<String, TimedPath> paths = new LinkedHashMap<>();
        for (PlannedCrossing c : plans) {
            try {
                paths.put(c.id(), LeastCostPath.plan(dem, c.kind(), c.start(), c.goal(), c.departure()));
            } catch (SteeldomeException e) {
                // a vehicle may find no route under its slope limit on rough synthetic terrain
                assertThat(c.kind()).isEqualTo(CrosserKind.VEHICLE);
            }
        }
        DetectionSimulator sim = new DetectionSimulator(dem, stations);
        List<StationDetection> dets = sim.simulate(paths, seed);
        AlertFuser fuser = new AlertFuser(
                line.pointAt(line.lengthM() / 2), stations, 6, new SectorLocator(line, Sectors.byCount(line, 3)));
        return new Run(dets, fuser.fuse(dets));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void deterministicAndWellFormed(long seed) {
        Run a = run(seed);
        Run b = run(seed);
        assertThat(a.detections()).isNotEmpty();
        assertThat(a.result().latest()).isNotEmpty();
        assertThat(a.result().first()).hasSameSizeAs(a.result().latest());
        assertThat(b.detections()).isEqualTo(a.detections());
        assertThat(b.result()).isEqualTo(a.result());
        Set<String> sectorIds = Set.of("B-S01", "B-S02", "B-S03");
        for (TrackAlert alert : a.result().latest()) {
            assertThat(Set.of("R1", "E1", "U1")).containsAll(alert.stationIds());
            assertThat(alert.stationIds()).isNotEmpty();
            assertThat(alert.confidence()).isBetween(1.0 / 3, 1.0);
            assertThat(alert.uncertainty().semiMajorM())
                    .isGreaterThanOrEqualTo(alert.uncertainty().semiMinorM());
            assertThat(alert.sectorId()).isIn(sectorIds);
        }
    }
}
