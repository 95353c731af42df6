package io.steeldome.sim.border;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GeoTiffDem;
import io.steeldome.core.terrain.GeoTiffWriter;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.terrain.SyntheticTerrain;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code terrain: {dem: [...]}} in a border scenario: the run uses the tiles it is given (here a GeoTIFF written
 * beforehand, as a user's SRTM tile would be) and its outputs carry that raster's own label, so a file that says it is
 * SYNTHETIC is still reported as such.
 */
class BorderDemTerrainTest {
    @Test
    void aGivenDemFileIsUsedAndItsLabelCarriedThrough(@TempDir Path dir) throws Exception {
        double cell = 3.0 / 3600;
        // 42.2-43.1 E, 36.9-37.6 N: the example's stretch of the Iraq-Turkey line with margin
        GridGeometry grid = new GridGeometry(Crs.Geographic.WGS84, 42.2, 37.6, cell, cell, 1080, 840);
        Path tif = dir.resolve("stretch.tif");
        GeoTiffWriter.writeElevation(tif, SyntheticTerrain.generate(grid, 5));
        ElevationRaster readBack = GeoTiffDem.read(tif);

        String yaml = Files.readString(BorderScenarioTest.EXAMPLE)
                .replace("terrain: {synthetic: {seed: 11, cellArcSec: 3}}", "terrain: {dem: [stretch.tif]}")
                .replace("crossings: {perDay: 12", "crossings: {perDay: 4");
        assertThat(yaml).contains("terrain: {dem: [stretch.tif]}");
        BorderScenario s = BorderScenarioReader.parse(yaml, "dem.yaml", dir);
        BorderRunResult r = BorderSimulation.run(s, 1, (t, d) -> {});

        assertThat(r.terrainSource()).isEqualTo(readBack.source());
        assertThat(r.syntheticTerrain()).isTrue();
        assertThat(r.crossings()).hasSize(4);
        assertThat(r.crossings()).anyMatch(BorderRunResult.CrossingOutcome::detected);
    }
}
