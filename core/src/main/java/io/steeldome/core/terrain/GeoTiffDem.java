package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffReader;
import mil.nga.tiff.util.TiffConstants;
import mil.nga.tiff.util.TiffException;

/**
 * Reads a single-band elevation GeoTIFF (Byte, Int16, UInt16, Int32, UInt32, Float32 or Float64; strips or tiles;
 * uncompressed, Deflate, LZW or PackBits, with or without a differencing predictor) into an {@link ElevationRaster}.
 *
 * <p>Georeferencing follows GDAL: ModelPixelScaleTag (33550) + ModelTiepointTag (33922), or a north-up
 * ModelTransformationTag (34264); the CRS from ProjectedCSTypeGeoKey (3072, WGS-84 UTM) or GeographicTypeGeoKey (2048,
 * EPSG:4326); a PixelIsPoint raster (GTRasterTypeGeoKey 1025 = 2) has its origin moved half a pixel north-west so the
 * {@link GridGeometry} is pixel-is-area with the same origin {@code gdalinfo} reports. Cells equal to the GDAL_NODATA
 * tag (42113) become voids (NaN). Only the first image directory is read (later ones are overviews or masks).
 *
 * <p>An ImageDescription (270) starting with {@code SYNTHETIC} marks generated heights (as {@link GeoTiffWriter}
 * writes them); the raster is then flagged {@link ElevationRaster#synthetic()}.
 */
public final class GeoTiffDem {
    private static final String SYNTHETIC_PREFIX = "SYNTHETIC";

    private GeoTiffDem() {}

    /** Reads {@code file}; every failure is a {@link SteeldomeException} with a {@link TerrainError} naming it. */
    public static ElevationRaster read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SteeldomeException(e, TerrainError.UNREADABLE, name, e.toString());
        }
        checkHeader(bytes, name);
        FileDirectory dir;
        try {
            TIFFImage image = TiffReader.readTiff(bytes);
            dir = image.getFileDirectory();
        } catch (TiffException | IndexOutOfBoundsException e) {
            throw new SteeldomeException(
                    e, TerrainError.UNREADABLE, name, "truncated or corrupt TIFF (" + e.getMessage() + ")");
        }
        int cols = dir.getImageWidth().intValue();
        int rows = dir.getImageHeight().intValue();
        if (dir.getSamplesPerPixel() != 1) {
            throw new SteeldomeException(
                    TerrainError.UNSUPPORTED_FORMAT,
                    name,
                    "has " + dir.getSamplesPerPixel() + " bands; only single-band elevation rasters are supported"
                            + " (extract the height band with gdal_translate -b N)");
        }
        FieldType type = sampleType(dir, name);
        checkBlocksInside(dir, bytes, name);
        GridGeometry grid = georeference(dir, cols, rows, name);
        OptionalDouble noData = noData(dir, name);
        String description = dir.getStringEntryValue(FieldTagType.ImageDescription);
        boolean synthetic = description != null && description.startsWith(SYNTHETIC_PREFIX);
        float[] heights = readHeights(dir, type, cols, rows, noData, name);
        String fileName = file.getFileName() == null ? name : file.getFileName().toString();
        String source = synthetic ? fileName + " (" + description + ")" : fileName;
        return ElevationRaster.of(grid, heights, source, synthetic);
    }

    private static void checkHeader(byte[] b, String name) {
        if (b.length < 8) {
            throw new SteeldomeException(
                    TerrainError.UNREADABLE,
                    name,
                    "not a TIFF file (" + b.length + " bytes, shorter than the 8-byte TIFF header)");
        }
        boolean little = b[0] == 'I' && b[1] == 'I';
        boolean big = b[0] == 'M' && b[1] == 'M';
        if (!little && !big) {
            throw new SteeldomeException(
                    TerrainError.UNREADABLE,
                    name,
                    String.format(
                            Locale.ROOT,
                            "not a TIFF file (starts with bytes %02x %02x, not II or MM)",
                            b[0] & 0xff,
                            b[1] & 0xff));
        }
        int version = little ? (b[2] & 0xff) | (b[3] & 0xff) << 8 : (b[2] & 0xff) << 8 | (b[3] & 0xff);
        if (version == 43) {
            throw new SteeldomeException(
                    TerrainError.UNSUPPORTED_FORMAT,
                    name,
                    "BigTIFF is not supported; convert with gdal_translate -co BIGTIFF=NO -co TILED=YES"
                            + " -co COMPRESS=DEFLATE");
        }
        if (version != 42) {
            throw new SteeldomeException(
                    TerrainError.UNREADABLE, name, "not a TIFF file (version " + version + ", expected 42)");
        }
    }

    private static FieldType sampleType(FileDirectory dir, String name) {
        List<Integer> bits = dir.getBitsPerSample();
        FieldType type = bits == null || bits.isEmpty() ? null : dir.getFieldTypeForSample(0);
        if (type == null) {
            throw new SteeldomeException(
                    TerrainError.UNSUPPORTED_FORMAT,
                    name,
                    "sample type (BitsPerSample " + bits + ", SampleFormat " + dir.getSampleFormat()
                            + ") is not an integer of 8/16/32 bits or a 32/64-bit float; convert with"
                            + " gdal_translate -ot Float32");
        }
        return type;
    }

    /**
     * Checks strip/tile extents against the file length before decoding, so a cut-off file fails here with a reason;
     * and test-inflates Deflate blocks, because mil.nga's decoder loops forever on a stream that ends early.
     */
    private static void checkBlocksInside(FileDirectory dir, byte[] bytes, String name) {
        long fileLength = bytes.length;
        List<? extends Number> offsets = dir.isTiled() ? dir.getTileOffsets() : dir.getStripOffsets();
        List<? extends Number> counts = dir.isTiled() ? dir.getTileByteCounts() : dir.getStripByteCounts();
        String what = dir.isTiled() ? "tile" : "strip";
        if (offsets == null || counts == null || offsets.size() != counts.size()) {
            throw new SteeldomeException(
                    TerrainError.UNREADABLE, name, "corrupt TIFF: " + what + " offsets or byte counts missing");
        }
        Integer compression = dir.getCompression();
        boolean deflate = compression != null
                && (compression == TiffConstants.COMPRESSION_DEFLATE
                        || compression == TiffConstants.COMPRESSION_PKZIP_DEFLATE);
        byte[] scratch = deflate ? new byte[64 * 1024] : new byte[0];
        for (int i = 0; i < offsets.size(); i++) {
            long start = offsets.get(i).longValue();
            long end = start + counts.get(i).longValue();
            if (end > fileLength) {
                throw new SteeldomeException(
                        TerrainError.UNREADABLE,
                        name,
                        "truncated TIFF: " + what + " " + i + " of " + offsets.size() + " ends at byte " + end
                                + " but the file has " + fileLength + " bytes");
            }
            if (deflate && !inflatesCompletely(bytes, (int) start, (int) (end - start), scratch)) {
                throw new SteeldomeException(
                        TerrainError.UNREADABLE,
                        name,
                        "corrupt TIFF: the Deflate data of " + what + " " + i + " of " + offsets.size()
                                + " is damaged or cut short");
            }
        }
    }

    private static boolean inflatesCompletely(byte[] bytes, int offset, int length, byte[] scratch) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, offset, length);
            while (!inflater.finished()) {
                if (inflater.inflate(scratch) == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return false;
                }
            }
            return true;
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    private static GridGeometry georeference(FileDirectory dir, int cols, int rows, String name) {
        List<Double> scale = doubles(dir, FieldTagType.ModelPixelScale);
        List<Double> tie = doubles(dir, FieldTagType.ModelTiepoint);
        List<Double> transform = doubles(dir, FieldTagType.ModelTransformation);
        List<? extends Number> keyDirectory = numbers(dir, FieldTagType.GeoKeyDirectory);
        boolean hasAffine = (scale.size() >= 2 && tie.size() >= 6) || transform.size() >= 16;
        if (!hasAffine || keyDirectory.isEmpty()) {
            List<String> missing = new ArrayList<>();
            if (!hasAffine) {
                if (scale.isEmpty()) {
                    missing.add("ModelPixelScaleTag (33550)");
                }
                if (tie.isEmpty()) {
                    missing.add("ModelTiepointTag (33922)");
                }
                if (transform.isEmpty()) {
                    missing.add("ModelTransformationTag (34264)");
                }
            }
            if (keyDirectory.isEmpty()) {
                missing.add("GeoKeyDirectoryTag (34735)");
            }
            String hint = scale.isEmpty() && tie.size() > 6
                    ? "it has ground control points only; rectify it with gdalwarp -t_srs EPSG:4326"
                    : "a plain TIFF has no position; add one with gdal_translate -a_srs EPSG:... -a_ullr ulx uly lrx lry";
            throw new SteeldomeException(
                    TerrainError.NOT_GEOREFERENCED,
                    name,
                    "no georeferencing: missing " + String.join(", ", missing) + "; " + hint);
        }
        GeoKeys keys = GeoKeys.parse(keyDirectory, name);
        Crs crs = crs(keys, name);

        double originX;
        double originY;
        double pixelWidth;
        double pixelHeight;
        if (scale.size() >= 2 && tie.size() >= 6) {
            pixelWidth = scale.get(0);
            pixelHeight = scale.get(1);
            if (!(pixelWidth > 0) || !(pixelHeight > 0)) {
                throw new SteeldomeException(
                        TerrainError.NOT_GEOREFERENCED,
                        name,
                        "ModelPixelScaleTag (" + pixelWidth + ", " + pixelHeight + ") is not a north-up grid;"
                                + " warp it with gdalwarp -t_srs EPSG:" + crs.epsg());
            }
            // Tiepoint (I, J, K, X, Y, Z): raster point (I, J) sits at model point (X, Y).
            originX = tie.get(3) - tie.get(0) * pixelWidth;
            originY = tie.get(4) + tie.get(1) * pixelHeight;
        } else {
            // Row-major 4x4: x = a*I + b*J + d, y = e*I + f*J + h.
            double a = transform.get(0);
            double b = transform.get(1);
            double d = transform.get(3);
            double e = transform.get(4);
            double f = transform.get(5);
            double h = transform.get(7);
            if (b != 0 || e != 0 || !(a > 0) || !(f < 0)) {
                throw new SteeldomeException(
                        TerrainError.NOT_GEOREFERENCED,
                        name,
                        "ModelTransformationTag is rotated, skewed or not north-up (x = " + a + " I + " + b
                                + " J, y = " + e + " I + " + f + " J); resample it north-up with gdalwarp -t_srs EPSG:"
                                + crs.epsg());
            }
            originX = d;
            originY = h;
            pixelWidth = a;
            pixelHeight = -f;
        }
        int rasterType = keys.get(GeoKeys.RASTER_TYPE).orElse(GeoKeys.RASTER_PIXEL_IS_AREA);
        if (rasterType == GeoKeys.RASTER_PIXEL_IS_POINT) {
            // GDAL (GTIFF_POINT_GEO_IGNORE=NO): the tie point is a cell centre; the area origin is half a cell NW.
            originX -= 0.5 * pixelWidth;
            originY += 0.5 * pixelHeight;
        }
        try {
            return new GridGeometry(crs, originX, originY, pixelWidth, pixelHeight, cols, rows);
        } catch (SteeldomeException e) {
            throw new SteeldomeException(e, TerrainError.NOT_GEOREFERENCED, name, e.getMessage());
        }
    }

    private static Crs crs(GeoKeys keys, String name) {
        int modelType = keys.get(GeoKeys.MODEL_TYPE).orElse(0);
        int projected = keys.get(GeoKeys.PROJECTED_CS_TYPE).orElse(0);
        int geographic = keys.get(GeoKeys.GEOGRAPHIC_TYPE).orElse(0);
        int epsg;
        if (modelType == GeoKeys.MODEL_TYPE_PROJECTED || (modelType == 0 && projected != 0)) {
            epsg = projected;
        } else if (modelType == GeoKeys.MODEL_TYPE_GEOGRAPHIC || (modelType == 0 && geographic != 0)) {
            epsg = geographic;
        } else {
            throw new SteeldomeException(
                    TerrainError.UNSUPPORTED_CRS,
                    name,
                    "GTModelTypeGeoKey " + modelType + " is neither projected (1) nor geographic (2); reproject with"
                            + " gdalwarp -t_srs EPSG:4326 or EPSG:326zz");
        }
        if (epsg == 0 || epsg == GeoKeys.USER_DEFINED) {
            throw new SteeldomeException(
                    TerrainError.UNSUPPORTED_CRS,
                    name,
                    "the CRS has no EPSG code (" + (epsg == 0 ? "key missing" : "user-defined") + "); reproject with"
                            + " gdalwarp -t_srs EPSG:4326 or EPSG:326zz (WGS-84 UTM)");
        }
        try {
            return Crs.ofEpsg(epsg);
        } catch (SteeldomeException e) {
            throw new SteeldomeException(
                    e,
                    TerrainError.UNSUPPORTED_CRS,
                    name,
                    "EPSG:" + epsg + " is not supported: only EPSG:4326 and WGS-84 UTM (EPSG:32601-32660,"
                            + " 32701-32760); reproject with gdalwarp -t_srs EPSG:326zz (the UTM zone of the area)");
        }
    }

    private static OptionalDouble noData(FileDirectory dir, String name) {
        String text = dir.getStringEntryValue(FieldTagType.GDAL_NODATA);
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            return switch (t) {
                case "nan", "-nan" -> OptionalDouble.of(Double.NaN);
                case "inf", "+inf", "infinity" -> OptionalDouble.of(Double.POSITIVE_INFINITY);
                case "-inf", "-infinity" -> OptionalDouble.of(Double.NEGATIVE_INFINITY);
                default -> OptionalDouble.of(Double.parseDouble(t));
            };
        } catch (NumberFormatException e) {
            throw new SteeldomeException(
                    e,
                    TerrainError.UNSUPPORTED_FORMAT,
                    name,
                    "GDAL_NODATA tag (42113) is not a number: '" + text + "'");
        }
    }

    private static float[] readHeights(
            FileDirectory dir, FieldType type, int cols, int rows, OptionalDouble noData, String name) {
        Rasters rasters;
        try {
            rasters = dir.readRasters();
        } catch (TiffException | IndexOutOfBoundsException e) {
            throw new SteeldomeException(
                    e, TerrainError.UNSUPPORTED_FORMAT, name, "cannot decode the image data: " + e.getMessage());
        }
        ByteBuffer buf = rasters.getSampleValues()[0];
        int n = cols * rows;
        float[] out = new float[n];
        // GDAL compares nodata in the band's own type (a Float32 band against (float) nodata).
        boolean hasNoData = noData.isPresent();
        double nd = hasNoData ? noData.getAsDouble() : 0;
        boolean ndIsNaN = hasNoData && Double.isNaN(nd);
        if (type == FieldType.FLOAT) {
            nd = (float) nd;
        }
        for (int i = 0; i < n; i++) {
            double v = switch (type) {
                case BYTE -> buf.get(i) & 0xff;
                case SBYTE -> buf.get(i);
                case SHORT -> buf.getShort(2 * i) & 0xffff;
                case SSHORT -> buf.getShort(2 * i);
                case LONG -> buf.getInt(4 * i) & 0xffffffffL;
                case SLONG -> buf.getInt(4 * i);
                case FLOAT -> buf.getFloat(4 * i);
                case DOUBLE -> buf.getDouble(8 * i);
                default ->
                    throw new SteeldomeException(
                            TerrainError.UNSUPPORTED_FORMAT, name, "sample type " + type + " is not supported");
            };
            boolean isVoid = hasNoData && (ndIsNaN ? Double.isNaN(v) : v == nd);
            out[i] = isVoid ? Float.NaN : (float) v;
        }
        return out;
    }

    private static List<Double> doubles(FileDirectory dir, FieldTagType tag) {
        List<Double> out = new ArrayList<>();
        for (Number x : numbers(dir, tag)) {
            out.add(x.doubleValue());
        }
        return out;
    }

    /** A numeric tag as a list, whether the reader stored one value or several; empty if absent. */
    private static List<? extends Number> numbers(FileDirectory dir, FieldTagType tag) {
        var entry = dir.get(tag);
        if (entry == null) {
            return List.of();
        }
        Object values = entry.getValues();
        if (values instanceof Number x) {
            return List.of(x);
        }
        List<Number> out = new ArrayList<>();
        if (values instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Number x) {
                    out.add(x);
                }
            }
        }
        return out;
    }
}
