package io.steeldome.stream.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.stream.schema.GeoOrigin;
import io.steeldome.stream.schema.Plot;
import io.steeldome.stream.schema.PolarPlot;
import io.steeldome.tracking.tracker.Detection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlotConversionTest {
    private static final GeoOrigin ORIGIN = new GeoOrigin(39.5, 44.0, 1500);

    /**
     * A plot due east at zero elevation, range r: position (r, 0, 0) from the site and, from the Jacobian by hand,
     * covariance diag(sr^2, (r saz)^2, (r sel)^2).
     */
    @ParameterizedTest
    @CsvSource({"10000, 30, 0.001, 0.002", "55000, 12, 0.0005, 0.0007"})
    void dueEastAtZeroElevation(double r, double sr, double saz, double sel) {
        PolarPlot p = new PolarPlot(r, Math.PI / 2, 0, sr, saz, sel, 39.5, 44.0, 1500);
        Detection d = PlotConversion.polar(p, SimTime.ZERO, "r", LocalFrame.at(ORIGIN.toGeodetic()));
        assertThat(d.eastM()).isCloseTo(r, within(1e-9 * r));
        assertThat(d.northM()).isCloseTo(0, within(1e-9 * r));
        assertThat(d.upM()).isCloseTo(0, within(1e-9 * r));
        double[][] c = d.covarianceM2();
        assertThat(c[0][0]).isCloseTo(sr * sr, within(1e-9 * sr * sr));
        assertThat(c[1][1]).isCloseTo(r * r * saz * saz, within(1e-9 * r * r * saz * saz));
        assertThat(c[2][2]).isCloseTo(r * r * sel * sel, within(1e-9 * r * r * sel * sel));
        assertThat(c[0][1]).isCloseTo(0, within(1e-6));
    }

    /**
     * A radar sited away from the sector origin, plot due north at 5 km and elevation 0.1 rad. Expected from
     * GeographicLib, through the radar's own frame and back into the sector's:
     * {@code echo "0 4975.0208263901295 499.16708323414076" | CartConvert -r -l 39.51 44.02 1510 -p 12 |
     * CartConvert -l 39.5 44.0 1500 -p 6} gives 1719.458041 6085.813655 507.970294. (Placing the radar's axes
     * parallel to the sector's would be about 1 m off in each axis.)
     */
    @Test
    void siteIsPlacedInTheSectorFrame() {
        PolarPlot p = new PolarPlot(5000, 0, 0.1, 30, 0.001, 0.001, 39.51, 44.02, 1510);
        Detection d =
                PlotConversion.toDetection(new Plot("x", p), SimTime.ZERO, "r", LocalFrame.at(ORIGIN.toGeodetic()));
        assertThat(d.eastM()).isCloseTo(1719.458041, within(1e-3));
        assertThat(d.northM()).isCloseTo(6085.813655, within(1e-3));
        assertThat(d.upM()).isCloseTo(507.970294, within(1e-3));
    }
}
