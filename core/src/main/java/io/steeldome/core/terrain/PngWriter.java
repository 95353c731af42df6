package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Wgs84;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Viewsheds and coverage counts as PNG pictures (javax.imageio), one pixel per cell, north up, no legend.
 *
 * <p>Colours: cells seen by no site are transparent (over a hillshade, the hillshade shows); counts 1..max follow the
 * perceptually uniform viridis ramp (matplotlib's, 11 anchors interpolated linearly: dark blue for one site, yellow for
 * the most), a single viewshed's visible cells are the ramp's yellow. With a DEM given, a hillshade (light from the
 * north-west, 45 degrees up, Horn's gradient) is drawn underneath and the colours are laid over it at 65 % opacity.
 *
 * <p>If the heights are synthetic (the result's or the hillshade DEM's flag), the word SYNTHETIC is drawn in the
 * top-left corner (a built-in bitmap font, so no system fonts are needed), scaled with the picture.
 */
public final class PngWriter {
    private PngWriter() {}

    /** viridis at 0, 0.1, ..., 1 (matplotlib's colormap data, rounded to 8 bits). */
    private static final int[][] VIRIDIS = {
        {68, 1, 84},
        {72, 36, 117},
        {65, 68, 135},
        {53, 95, 141},
        {42, 120, 142},
        {33, 145, 140},
        {34, 168, 132},
        {68, 191, 112},
        {122, 209, 81},
        {189, 223, 38},
        {253, 231, 37}
    };

    private static final double OVERLAY_ALPHA = 0.65;

    /** Writes a viewshed's visible cells; see the class comment for the colours. */
    public static void writeViewshed(Path file, ViewshedResult viewshed, Optional<ElevationRaster> hillshadeDem) {
        write(file, viewshedImage(viewshed, hillshadeDem));
    }

    /** Writes coverage counts; see the class comment for the colours. */
    public static void writeCoverage(Path file, CoverageResult coverage, Optional<ElevationRaster> hillshadeDem) {
        write(file, coverageImage(coverage, hillshadeDem));
    }

    /** The picture {@link #writeViewshed} writes. */
    public static BufferedImage viewshedImage(ViewshedResult viewshed, Optional<ElevationRaster> hillshadeDem) {
        GridGeometry g = viewshed.geometry();
        int[] levels = new int[g.rows() * g.cols()];
        byte[] v = viewshed.visibility();
        for (int i = 0; i < levels.length; i++) {
            levels[i] = v[i] == ViewshedResult.VISIBLE ? 1 : 0;
        }
        return render(g, levels, 1, hillshadeDem, viewshed.synthetic());
    }

    /** The picture {@link #writeCoverage} writes. */
    public static BufferedImage coverageImage(CoverageResult coverage, Optional<ElevationRaster> hillshadeDem) {
        return render(coverage.grid(), coverage.counts(), coverage.maxCount(), hillshadeDem, coverage.synthetic());
    }

    /** The ramp colour (0xRRGGBB) of count {@code n} of {@code max}, n >= 1. */
    static int rampRgb(int n, int max) {
        double t = max <= 1 ? 1.0 : (double) (n - 1) / (max - 1);
        double f = Math.min(Math.max(t, 0), 1) * (VIRIDIS.length - 1);
        int i = Math.min((int) f, VIRIDIS.length - 2);
        double u = f - i;
        int rgb = 0;
        for (int k = 0; k < 3; k++) {
            int v = (int) Math.round(VIRIDIS[i][k] + u * (VIRIDIS[i + 1][k] - VIRIDIS[i][k]));
            rgb = (rgb << 8) | v;
        }
        return rgb;
    }

    private static BufferedImage render(
            GridGeometry g, int[] levels, int max, Optional<ElevationRaster> hillshadeDem, boolean synthetic) {
        int w = g.cols();
        int h = g.rows();
        int[] shade = hillshadeDem.map(d -> hillshade(d, g)).orElse(null);
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            int n = levels[i];
            if (shade == null) {
                argb[i] = n <= 0 ? 0 : 0xFF000000 | rampRgb(n, max);
                continue;
            }
            int grey = shade[i];
            if (n <= 0) {
                argb[i] = 0xFF000000 | grey << 16 | grey << 8 | grey;
            } else {
                int c = rampRgb(n, max);
                int r = blend((c >> 16) & 0xFF, grey);
                int gg = blend((c >> 8) & 0xFF, grey);
                int b = blend(c & 0xFF, grey);
                argb[i] = 0xFF000000 | r << 16 | gg << 8 | b;
            }
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, w, h, argb, 0, w);
        if (synthetic || hillshadeDem.map(ElevationRaster::synthetic).orElse(false)) {
            SyntheticLabel.draw(img);
        }
        return img;
    }

    private static int blend(int colour, int grey) {
        return (int) Math.round(OVERLAY_ALPHA * colour + (1 - OVERLAY_ALPHA) * grey);
    }

    /**
     * Grey level 0..255 per cell of {@code g} from the DEM's cells at the same places; the DEM must have the same CRS
     * and cell size, and its grid must line up with g's (a viewshed window of it, or the same grid).
     */
    static int[] hillshade(ElevationRaster dem, GridGeometry g) {
        GridGeometry d = dem.geometry();
        double offC = (g.originX() - d.originX()) / d.pixelWidth();
        double offR = (d.originY() - g.originY()) / d.pixelHeight();
        int c0 = (int) Math.round(offC);
        int r0 = (int) Math.round(offR);
        if (!d.crs().equals(g.crs())
                || Math.abs(d.pixelWidth() - g.pixelWidth()) > 1e-9 * d.pixelWidth()
                || Math.abs(d.pixelHeight() - g.pixelHeight()) > 1e-9 * d.pixelHeight()
                || Math.abs(offC - c0) > 1e-6
                || Math.abs(offR - r0) > 1e-6) {
            throw new SteeldomeException(
                    TerrainError.BAD_GRID,
                    "hillshade DEM " + dem.source() + " is not on the picture's grid (same CRS, cell size, alignment)");
        }
        double pw = d.pixelWidth();
        double ph = d.pixelHeight();
        if (d.crs().geographic()) {
            double lat = Math.toRadians(g.centreY(g.rows() / 2));
            pw = Math.toRadians(pw) * Wgs84.primeVerticalRadiusM(lat) * Math.cos(lat);
            ph = Math.toRadians(ph) * Wgs84.meridianRadiusM(lat);
        }
        // Light from azimuth 315 (north-west), 45 degrees up: unit vector (east, north, up).
        double alt = Math.toRadians(45);
        double az = Math.toRadians(315);
        double le = Math.sin(az) * Math.cos(alt);
        double ln = Math.cos(az) * Math.cos(alt);
        double lu = Math.sin(alt);
        int[] out = new int[g.rows() * g.cols()];
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                int dr = r0 + r;
                int dc = c0 + c;
                float centre = at(dem, dr, dc, Float.NaN);
                if (Float.isNaN(centre)) {
                    out[r * g.cols() + c] = 40; // void or off the DEM: dark
                    continue;
                }
                double a = at(dem, dr - 1, dc - 1, centre);
                double b = at(dem, dr - 1, dc, centre);
                double cc = at(dem, dr - 1, dc + 1, centre);
                double dd = at(dem, dr, dc - 1, centre);
                double f = at(dem, dr, dc + 1, centre);
                double gg = at(dem, dr + 1, dc - 1, centre);
                double hh = at(dem, dr + 1, dc, centre);
                double ii = at(dem, dr + 1, dc + 1, centre);
                double dzdE = ((cc + 2 * f + ii) - (a + 2 * dd + gg)) / (8 * pw);
                double dzdN = ((a + 2 * b + cc) - (gg + 2 * hh + ii)) / (8 * ph);
                double norm = Math.sqrt(dzdE * dzdE + dzdN * dzdN + 1);
                double lum = (-dzdE * le - dzdN * ln + lu) / norm;
                out[r * g.cols() + c] = (int) Math.round(255 * Math.max(0, lum));
            }
        }
        return out;
    }

    /** Height at (r, c), or {@code fallback} outside the DEM or on a void. */
    private static float at(ElevationRaster dem, int r, int c, float fallback) {
        if (r < 0 || r >= dem.rows() || c < 0 || c >= dem.cols()) {
            return fallback;
        }
        float v = dem.heightAt(r, c);
        return Float.isNaN(v) ? fallback : v;
    }

    private static void write(Path file, BufferedImage img) {
        try {
            if (!ImageIO.write(img, "png", file.toFile())) {
                throw new IOException("no PNG writer in javax.imageio");
            }
        } catch (IOException e) {
            throw new SteeldomeException(e, TerrainError.UNWRITABLE, file, e.toString());
        }
    }

    /** The SYNTHETIC mark: a 5 x 7 bitmap font, white on dark red, about a quarter of the picture's width. */
    static final class SyntheticLabel {
        private SyntheticLabel() {}

        static final String TEXT = "SYNTHETIC";
        static final int BOX_ARGB = 0xE0A00000;
        static final int TEXT_ARGB = 0xFFFFFFFF;

        private static final String[] S = {"01111", "10000", "10000", "01110", "00001", "00001", "11110"};
        private static final String[] Y = {"10001", "10001", "01010", "00100", "00100", "00100", "00100"};
        private static final String[] N = {"10001", "11001", "10101", "10011", "10001", "10001", "10001"};
        private static final String[] T = {"11111", "00100", "00100", "00100", "00100", "00100", "00100"};
        private static final String[] H = {"10001", "10001", "10001", "11111", "10001", "10001", "10001"};
        private static final String[] E = {"11111", "10000", "10000", "11110", "10000", "10000", "11111"};
        private static final String[] I = {"01110", "00100", "00100", "00100", "00100", "00100", "01110"};
        private static final String[] C = {"01110", "10001", "10000", "10000", "10000", "10001", "01110"};

        private static String[] glyph(char ch) {
            return switch (ch) {
                case 'S' -> S;
                case 'Y' -> Y;
                case 'N' -> N;
                case 'T' -> T;
                case 'H' -> H;
                case 'E' -> E;
                case 'I' -> I;
                case 'C' -> C;
                default -> throw new IllegalArgumentException("no glyph for " + ch);
            };
        }

        private static final int TEXT_COLS = TEXT.length() * 6 - 1;

        /** Pixels per font dot: the text about a quarter of the width, at most a tenth of the height, at least 1. */
        static int scale(int width, int height) {
            return Math.max(1, Math.min(width / 4 / TEXT_COLS, height / 10 / 7));
        }

        /** The label's box in pixels: x, y, width, height (for a picture of this size). */
        static int[] box(int width, int height) {
            int scale = scale(width, height);
            return new int[] {0, 0, Math.min(width, (TEXT_COLS + 2) * scale), Math.min(height, 9 * scale)};
        }

        static void draw(BufferedImage img) {
            int[] box = box(img.getWidth(), img.getHeight());
            int scale = scale(img.getWidth(), img.getHeight());
            for (int y = box[1]; y < box[1] + box[3]; y++) {
                for (int x = box[0]; x < box[0] + box[2]; x++) {
                    img.setRGB(x, y, BOX_ARGB);
                }
            }
            for (int k = 0; k < TEXT.length(); k++) {
                String[] gl = glyph(TEXT.charAt(k));
                for (int gy = 0; gy < 7; gy++) {
                    for (int gx = 0; gx < 5; gx++) {
                        if (gl[gy].charAt(gx) != '1') {
                            continue;
                        }
                        for (int dy = 0; dy < scale; dy++) {
                            for (int dx = 0; dx < scale; dx++) {
                                int x = scale + (k * 6 + gx) * scale + dx;
                                int y = scale + gy * scale + dy;
                                if (x < img.getWidth() && y < img.getHeight()) {
                                    img.setRGB(x, y, TEXT_ARGB);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
