package io.steeldome.sensors.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.geo.GeodesicSolution;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The terrain mask against a reference tool: GDAL 3.6.2 {@code gdal_viewshed} with the 4/3-earth curvature
 * coefficient on a rough synthetic UTM DEM (files and command in src/test/resources/.../coverage/PROVENANCE.md).
 * The two algorithms differ (GDAL interpolates the line of sight between grid neighbours on the projection plane; the
 * mask samples geodesic rays bilinearly, binned at 0.1 deg), so perfect agreement is not expected; GRASS r.viewshed
 * and GDAL agree on 99.49 % of cells of the project's viewshed anchor (Jaccard of the visible cells 0.915); here
 * 98.7 % of the sampled cells agree, Jaccard 0.90.
 */
class GdalViewshedComparisonTest {
    private static final int N = 601;

    @Test
    void agreesWithGdalViewshedOnRoughTerrain() throws IOException {
        float[] heights = new float[N * N];
        try (InputStream in = resource("dem601.bin")) {
            ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < heights.length; i++) {
                heights[i] = b.getShort();
            }
        }
        Crs utm = Crs.ofEpsg(32633);
        GridGeometry g = new GridGeometry(utm, 400_000, 5_000_000, 30, 30, N, N);
        ElevationRaster dem = ElevationRaster.of(g, heights, "dem601 (make_dem.py --size 601 --seed 7)", true);
        int obsRow = 388;
        int obsCol = 200;
        GeodeticPoint antenna =
                utm.toGeodetic(g.centreX(obsCol), g.centreY(obsRow), heights[obsRow * N + obsCol] + 20.0);
        TerrainMask mask = TerrainMask.build(dem, antenna, 4.0 / 3.0, 8_600);

        int agree = 0;
        int total = 0;
        int gdalVisible = 0;
        int bothVisible = 0;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(resource("gdal_viewshed_samples.csv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                int row = Integer.parseInt(f[0]);
                int col = Integer.parseInt(f[1]);
                boolean visible = f[2].equals("1");
                GeodeticPoint target = utm.toGeodetic(g.centreX(col), g.centreY(row), heights[row * N + col] + 2.0);
                GeodesicSolution line2 = Geodesy.inverse(antenna, target);
                boolean ours = !mask.masks(line2.azimuth1Rad(), line2.distanceM(), target.hM());
                total++;
                if (ours == visible) {
                    agree++;
                }
                if (visible) {
                    gdalVisible++;
                    if (ours) {
                        bothVisible++;
                    }
                }
            }
        }
        assertThat(total).isEqualTo(3000);
        // measured: 2960 of 3000 cells agree (98.7 %); GDAL sees 360, we see 376, 348 in common (Jaccard 0.90)
        assertThat((double) agree / total).isGreaterThanOrEqualTo(0.98);
        int oursVisible = bothVisible + (total - agree - (gdalVisible - bothVisible));
        double jaccard = (double) bothVisible / (gdalVisible + oursVisible - bothVisible);
        assertThat(jaccard).isGreaterThanOrEqualTo(0.85);
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(GdalViewshedComparisonTest.class.getResourceAsStream(name), name);
    }
}
