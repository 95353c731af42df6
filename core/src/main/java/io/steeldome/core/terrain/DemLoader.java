package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads elevation files by their extension ({@code .hgt}/{@code .hgt.gz}: {@link SrtmHgt}; {@code .tif}/{@code
 * .tiff}: {@link GeoTiffDem}) and mosaics several into one raster with {@link DemMosaic} (earlier files win where they
 * overlap).
 */
public final class DemLoader {
    private DemLoader() {}

    public static ElevationRaster load(Path... files) {
        return load(List.of(files));
    }

    public static ElevationRaster load(List<Path> files) {
        if (files.isEmpty()) {
            throw new SteeldomeException(TerrainError.BAD_GRID, "no elevation files given");
        }
        List<ElevationRaster> tiles = new ArrayList<>(files.size());
        for (Path f : files) {
            tiles.add(loadOne(f));
        }
        return DemMosaic.of(tiles);
    }

    private static ElevationRaster loadOne(Path file) {
        String n =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".hgt") || n.endsWith(".hgt.gz")) {
            return SrtmHgt.read(file);
        }
        if (n.endsWith(".tif") || n.endsWith(".tiff")) {
            return GeoTiffDem.read(file);
        }
        throw new SteeldomeException(
                TerrainError.UNSUPPORTED_FORMAT,
                file.toString(),
                "unknown elevation file type; expected .hgt, .hgt.gz (SRTM) or .tif, .tiff (GeoTIFF); convert"
                        + " other formats with gdal_translate -of GTiff");
    }
}
