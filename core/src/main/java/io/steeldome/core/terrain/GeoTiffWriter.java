package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffWriter;
import mil.nga.tiff.io.ByteWriter;
import mil.nga.tiff.util.TiffConstants;
import mil.nga.tiff.util.TiffException;

/**
 * Writes single-band, Deflate-compressed, strip-organised GeoTIFFs with full georeferencing: ModelPixelScaleTag,
 * ModelTiepointTag at the outer corner of cell (0, 0), and a GeoKeyDirectory with the EPSG code (GeographicTypeGeoKey
 * 4326 or ProjectedCSTypeGeoKey 326zz/327zz) and PixelIsArea, so {@code gdalinfo} reports the grid's CRS and origin
 * exactly and QGIS opens it. An optional description goes into ImageDescription (270); label generated data there
 * (a description starting with {@code SYNTHETIC} is read back by {@link GeoTiffDem} as synthetic).
 *
 * <p>Cells are row-major from the north-west corner, {@code grid.cols() * grid.rows()} of them.
 */
public final class GeoTiffWriter {
    /** Strips of about this many uncompressed bytes (GDAL's default strip size is similar). */
    private static final int STRIP_BYTES = 64 * 1024;

    private GeoTiffWriter() {}

    /** An unsigned 8-bit raster; each Java byte is read as 0..255. */
    public static void writeByte(Path file, GridGeometry grid, byte[] values, Optional<String> description) {
        checkLength(file, grid, values.length);
        ByteBuffer buf = buffer(values.length);
        buf.put(values);
        write(file, grid, FieldType.BYTE, buf, Optional.empty(), description);
    }

    /**
     * A count raster: UInt16 if every count is in [0, 65535], else Int32 (so small counts stay small on disk and any int
     * still round-trips).
     */
    public static void writeCounts(Path file, GridGeometry grid, int[] counts, Optional<String> description) {
        checkLength(file, grid, counts.length);
        boolean fitsUInt16 = true;
        for (int c : counts) {
            if (c < 0 || c > 0xffff) {
                fitsUInt16 = false;
                break;
            }
        }
        ByteBuffer buf = buffer(counts.length * (fitsUInt16 ? 2 : 4));
        for (int c : counts) {
            if (fitsUInt16) {
                buf.putShort((short) c);
            } else {
                buf.putInt(c);
            }
        }
        write(file, grid, fitsUInt16 ? FieldType.SHORT : FieldType.SLONG, buf, Optional.empty(), description);
    }

    /** A Float32 raster; NaN cells are voids, declared with GDAL_NODATA = nan when there are any. */
    public static void writeFloat(Path file, GridGeometry grid, float[] values, Optional<String> description) {
        checkLength(file, grid, values.length);
        ByteBuffer buf = buffer(values.length * 4);
        boolean anyNaN = false;
        for (float v : values) {
            anyNaN |= Float.isNaN(v);
            buf.putFloat(v);
        }
        write(file, grid, FieldType.FLOAT, buf, anyNaN ? Optional.of("nan") : Optional.empty(), description);
    }

    /**
     * An elevation raster as Float32; its source is the description, prefixed with {@code SYNTHETIC: } if the raster
     * is synthetic and the source does not say so already.
     */
    public static void writeElevation(Path file, ElevationRaster raster) {
        String d = raster.source();
        if (raster.synthetic() && !d.startsWith("SYNTHETIC")) {
            d = "SYNTHETIC: " + d;
        }
        writeFloat(file, raster.geometry(), raster.heights(), Optional.of(d));
    }

    private static ByteBuffer buffer(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void checkLength(Path file, GridGeometry grid, int length) {
        long n = (long) grid.cols() * grid.rows();
        if (length != n) {
            throw new SteeldomeException(
                    TerrainError.BAD_SIZE,
                    file,
                    "expected " + grid.cols() + " x " + grid.rows() + " = " + n + " values, got " + length);
        }
    }

    private static void write(
            Path file,
            GridGeometry grid,
            FieldType type,
            ByteBuffer values,
            Optional<String> noData,
            Optional<String> description) {
        int cols = grid.cols();
        int rows = grid.rows();
        values.rewind();
        Rasters rasters = new Rasters(cols, rows, new FieldType[] {type}, new ByteBuffer[] {values});

        FileDirectory dir = new FileDirectory();
        dir.setImageWidth(cols);
        dir.setImageHeight(rows);
        dir.setBitsPerSample(type.getBits());
        dir.setCompression(TiffConstants.COMPRESSION_DEFLATE);
        dir.setPhotometricInterpretation(TiffConstants.PHOTOMETRIC_INTERPRETATION_BLACK_IS_ZERO);
        dir.setSamplesPerPixel(1);
        dir.setRowsPerStrip(Math.max(1, Math.min(rows, STRIP_BYTES / (cols * type.getBytes()))));
        dir.setPlanarConfiguration(TiffConstants.PLANAR_CONFIGURATION_CHUNKY);
        dir.setSampleFormat(FieldType.getSampleFormat(type));
        description.ifPresent(d -> dir.setStringEntryValue(FieldTagType.ImageDescription, ascii(d)));
        dir.setModelPixelScale(List.of(grid.pixelWidth(), grid.pixelHeight(), 0.0));
        dir.setModelTiepoint(List.of(0.0, 0.0, 0.0, grid.originX(), grid.originY(), 0.0));
        dir.setUnsignedIntegerListEntryValue(FieldTagType.GeoKeyDirectory, GeoKeys.directoryFor(grid.crs()));
        noData.ifPresent(nd -> dir.setStringEntryValue(FieldTagType.GDAL_NODATA, nd));
        dir.setWriteRasters(rasters);

        byte[] bytes;
        try {
            bytes = TiffWriter.writeTiffToBytes(new ByteWriter(ByteOrder.LITTLE_ENDIAN), new TIFFImage(dir));
        } catch (IOException | TiffException e) {
            throw new SteeldomeException(e, TerrainError.UNWRITABLE, file, e.toString());
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new SteeldomeException(e, TerrainError.UNWRITABLE, file, e.toString());
        }
    }

    /** TIFF ASCII is 7-bit; anything else becomes '?' so the tag stays valid. */
    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7f || c == '\n' || c == '\t' ? c : '?');
        }
        return b.toString();
    }
}
