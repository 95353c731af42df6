package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A cumulative viewshed on the whole DEM grid: for each cell, how many sites see a target at {@code targetHeightM}
 * above its ground (0 outside every site's range).
 *
 * <p>The {@code counts} array is the result's own and is not copied; treat it as read-only.
 *
 * @param grid the DEM's grid
 * @param counts row-major, {@code grid.cols()} per row
 * @param sites how many sites were computed
 * @param targetHeightM the target height above ground, m
 * @param synthetic true if the DEM's heights are generated
 */
public record CoverageResult(GridGeometry grid, int[] counts, int sites, double targetHeightM, boolean synthetic) {
    public CoverageResult {
        if (counts.length != (long) grid.rows() * grid.cols()) {
            throw new SteeldomeException(TerrainError.BAD_SIZE, "coverage", "counts length does not match the grid");
        }
    }

    /** Writes the counts as a GeoTIFF (UInt16, or Int32 above 65535), {@code SYNTHETIC: ...} if generated. */
    public void writeGeoTiff(Path file) {
        GeoTiffWriter.writeCounts(file, grid, counts, Optional.of(describe()));
    }

    /** As {@link #writeGeoTiff(Path)}, the description also naming the DEM it was computed on. */
    public void writeGeoTiff(Path file, String demSource) {
        GeoTiffWriter.writeCounts(file, grid, counts, Optional.of(describe() + "; DEM " + demSource));
    }

    private String describe() {
        String d = String.format(
                Locale.ROOT, "coverage: sites seeing a target %.1f m above ground, of %d sites", targetHeightM, sites);
        return synthetic ? "SYNTHETIC: " + d : d;
    }

    /** How many sites see cell (row, col). */
    public int count(int row, int col) {
        return counts[row * grid.cols() + col];
    }

    public int maxCount() {
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }

    /** Cells seen by at least {@code n} sites. */
    public long cellsSeenByAtLeast(int n) {
        long k = 0;
        for (int c : counts) {
            k += c >= n ? 1 : 0;
        }
        return k;
    }
}
