package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads an SRTM {@code .hgt} tile (optionally gzipped, {@code .hgt.gz}): big-endian Int16 heights in metres above the
 * EGM96 geoid, row-major from the north-west post, 1201 x 1201 posts at 3 arc-seconds or 3601 x 3601 at 1
 * arc-second, told apart by the file length. The file name gives the south-west corner ({@code N00E010.hgt}: posts
 * span 0-1 N, 10-11 E). Posts are pixel-is-point; the {@link GridGeometry} puts the origin half a spacing north-west of
 * the first post, as GDAL's SRTMHGT driver reports it. Voids (-32768) become NaN. CRS: EPSG:4326.
 */
public final class SrtmHgt {
    /** Bytes of a 3-arc-second tile: 1201 x 1201 x 2. */
    public static final long SRTM3_BYTES = 1201L * 1201 * 2;
    /** Bytes of a 1-arc-second tile: 3601 x 3601 x 2. */
    public static final long SRTM1_BYTES = 3601L * 3601 * 2;

    private static final short VOID = -32768;
    private static final Pattern NAME =
            Pattern.compile("([NS])(\\d{2})([EW])(\\d{3})(?:\\.[^.]+)*?\\.hgt(\\.gz)?", Pattern.CASE_INSENSITIVE);

    private SrtmHgt() {}

    /** Reads {@code file}; a bad name, wrong length or unreadable file is a {@link SteeldomeException} naming it. */
    public static ElevationRaster read(Path file) {
        String name = file.toString();
        String fileName = file.getFileName() == null ? name : file.getFileName().toString();
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new SteeldomeException(
                    TerrainError.UNSUPPORTED_FORMAT,
                    name,
                    "an SRTM tile must be named after its south-west corner, like N00E010.hgt or S12W077.hgt"
                            + " (optionally .hgt.gz); cannot tell where '" + fileName + "' lies");
        }
        int lat = Integer.parseInt(m.group(2)) * (m.group(1).equalsIgnoreCase("N") ? 1 : -1);
        int lon = Integer.parseInt(m.group(4)) * (m.group(3).equalsIgnoreCase("E") ? 1 : -1);
        if (lat < -90 || lat > 89 || lon < -180 || lon > 179) {
            throw new SteeldomeException(
                    TerrainError.UNSUPPORTED_FORMAT,
                    name,
                    "south-west corner " + lat + ", " + lon + " in the name is not a 1-degree tile (latitude -90..89,"
                            + " longitude -180..179)");
        }
        boolean gzipped = m.group(5) != null;
        byte[] bytes = readBytes(file, gzipped);
        int posts;
        if (bytes.length == SRTM3_BYTES) {
            posts = 1201;
        } else if (bytes.length == SRTM1_BYTES) {
            posts = 3601;
        } else {
            throw new SteeldomeException(
                    TerrainError.BAD_SIZE,
                    name,
                    String.format(
                            Locale.ROOT,
                            "%d bytes%s is not an SRTM tile: a 3-arc-second tile (1201 x 1201) has %d bytes, a"
                                    + " 1-arc-second tile (3601 x 3601) %d; the file may be truncated",
                            bytes.length,
                            gzipped ? " (uncompressed)" : "",
                            SRTM3_BYTES,
                            SRTM1_BYTES));
        }
        double spacing = 1.0 / (posts - 1);
        GridGeometry grid = new GridGeometry(
                Crs.Geographic.WGS84, lon - spacing / 2, lat + 1 + spacing / 2, spacing, spacing, posts, posts);
        float[] heights = new float[posts * posts];
        for (int i = 0; i < heights.length; i++) {
            short h = (short) ((bytes[2 * i] & 0xff) << 8 | (bytes[2 * i + 1] & 0xff));
            heights[i] = h == VOID ? Float.NaN : h;
        }
        return ElevationRaster.of(grid, heights, fileName, false);
    }

    private static byte[] readBytes(Path file, boolean gzipped) {
        try {
            if (!gzipped) {
                return Files.readAllBytes(file);
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                // A 1-arc-second tile is 26 MB; reading a little past it is enough to know it is too long.
                return in.readNBytes((int) SRTM1_BYTES + 1);
            }
        } catch (IOException e) {
            throw new SteeldomeException(e, TerrainError.UNREADABLE, file.toString(), e.toString());
        }
    }
}
