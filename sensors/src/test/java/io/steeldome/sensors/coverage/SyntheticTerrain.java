package io.steeldome.sensors.coverage;

import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;

/** Seeded synthetic rasters for the terrain tests. */
final class SyntheticTerrain {
    private SyntheticTerrain() {}

    /** A geographic (EPSG:4326) grid centred on (lat0, lon0) with cells of {@code cellDeg}. */
    static GridGeometry geographic(double lat0Deg, double lon0Deg, double halfDeg, double cellDeg) {
        int n = (int) Math.round(2 * halfDeg / cellDeg);
        return new GridGeometry(Crs.ofEpsg(4326), lon0Deg - halfDeg, lat0Deg + halfDeg, cellDeg, cellDeg, n, n);
    }

    /** Heights from f(x east metres, y north metres), metres measured from the grid centre (local flat approx). */
    static ElevationRaster of(GridGeometry g, DoubleBinaryOperator f, String source) {
        float[] h = new float[g.cols() * g.rows()];
        double cx = g.originX() + g.cols() * g.pixelWidth() / 2;
        double cy = g.originY() - g.rows() * g.pixelHeight() / 2;
        double mx = g.crs().geographic() ? 111_320 * Math.cos(Math.toRadians(cy)) : 1;
        double my = g.crs().geographic() ? 110_574 : 1;
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                h[r * g.cols() + c] = (float) f.applyAsDouble((g.centreX(c) - cx) * mx, (g.centreY(r) - cy) * my);
            }
        }
        return ElevationRaster.of(g, h, source, true);
    }

    /**
     * Rough hills: six octaves (wavelength 8 km down to 250 m) of three random plane waves each, amplitude growing
     * as wavelength^0.8, shifted to stay above {@code baseM}.
     */
    static DoubleBinaryOperator roughHills(long seed, double baseM, double reliefM) {
        SplittableRandom rng = new SplittableRandom(seed);
        int waves = 18;
        double[] kx = new double[waves];
        double[] ky = new double[waves];
        double[] phase = new double[waves];
        double[] amp = new double[waves];
        double total = 0;
        for (int i = 0; i < waves; i++) {
            double wavelength = 8000 / Math.pow(2, i / 3);
            double dir = rng.nextDouble(2 * Math.PI);
            kx[i] = 2 * Math.PI / wavelength * Math.cos(dir);
            ky[i] = 2 * Math.PI / wavelength * Math.sin(dir);
            phase[i] = rng.nextDouble(2 * Math.PI);
            amp[i] = Math.pow(wavelength / 8000, 0.8);
            total += amp[i];
        }
        double scale = reliefM / (2 * total);
        return (x, y) -> {
            double h = 0;
            for (int i = 0; i < waves; i++) {
                h += amp[i] * Math.sin(kx[i] * x + ky[i] * y + phase[i]);
            }
            return baseM + reliefM / 2 + scale * h;
        };
    }
}
