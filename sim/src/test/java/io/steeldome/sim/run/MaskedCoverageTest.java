package io.steeldome.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.sensors.coverage.TerrainMask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskedCoverageTest {
    private static final double A = 6378137.0;
    private static final double E2 = 6.69437999014e-3;

    /**
     * Over flat ground the mask's coverage of a target at height ht is the disc out to the smooth-earth radio horizon
     * of a k = 4/3 sphere of the Gaussian radius at the antenna: d = kR (acos(kR / (kR + ha)) + acos(kR / (kR + ht))),
     * the line of sight that grazes the ground between antenna and target. The outline lies within a cell (500 m
     * here) plus a mask range bin of that circle.
     */
    @ParameterizedTest
    @CsvSource({"100, 50", "100, 500", "30, 1000"})
    void flatGroundCoverageIsTheHorizonDisc(double antennaM, double targetM) {
        GeodeticPoint antenna = GeodeticPoint.ofDegrees(39.6, 43.7, antennaM);
        GridGeometry g = new GridGeometry(Crs.Geographic.WGS84, 42.2, 41.1, 0.01, 0.01, 300, 300);
        ElevationRaster flat = ElevationRaster.of(g, new float[300 * 300], "flat", true);
        double rangeM = 100_000;
        TerrainMask mask = TerrainMask.build(flat, antenna, 4.0 / 3.0, rangeM);

        double s2 = Math.pow(Math.sin(antenna.latRad()), 2);
        double meridian = A * (1 - E2) / Math.pow(1 - E2 * s2, 1.5);
        double primeVertical = A / Math.sqrt(1 - E2 * s2);
        double kr = 4.0 / 3.0 * Math.sqrt(meridian * primeVertical);
        double horizonM = Math.min(rangeM, kr * (Math.acos(kr / (kr + antennaM)) + Math.acos(kr / (kr + targetM))));

        SceneLayout.Coverage c = MaskedCoverage.of("r", mask, rangeM, targetM);
        assertThat(c.polygons()).hasSize(1);
        assertThat(c.polygons().get(0).holes()).isEmpty();
        double tolM = c.cellM() + 1000;
        assertThat(c.polygons().get(0).exterior())
                .hasSizeGreaterThan(16)
                .allSatisfy(p -> assertThat(Geodesy.distanceM(antenna.withHeight(0), p))
                        .isBetween(horizonM - tolM, horizonM + tolM));
    }
}
