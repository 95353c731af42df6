package io.steeldome.border.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import org.junit.jupiter.api.Test;

class BorderAlertTest {
    @Test
    void covarianceOfARotatedEllipseMatchesTheHandComputedMatrix() {
        // a = 10 m, b = 5 m, major axis 30 deg east of north: axis unit vector (E, N) = (sin 30, cos 30) = (0.5,
        // 0.866).
        // ee = a^2 sin^2 + b^2 cos^2 = 25 + 18.75 = 43.75; nn = 75 + 6.25 = 81.25; en = (a^2 - b^2) sin cos = 32.476.
        PositionUncertainty u = new PositionUncertainty(10, 5, Math.toRadians(30));
        double[] c = u.covarianceEnM2();
        assertThat(c[0]).isCloseTo(43.75, within(1e-9));
        assertThat(c[1]).isCloseTo(75 * 0.5 * Math.sqrt(3) / 2, within(1e-9));
        assertThat(c[2]).isCloseTo(81.25, within(1e-9));

        PositionUncertainty back = PositionUncertainty.ofCovariance(c[0], c[1], c[2]);
        assertThat(back.semiMajorM()).isCloseTo(10, within(1e-9));
        assertThat(back.semiMinorM()).isCloseTo(5, within(1e-9));
        assertThat(back.orientationRad()).isCloseTo(Math.toRadians(30), within(1e-12));
    }

    @Test
    void diagonalCovarianceWithTheLargerVarianceEastPointsEast() {
        PositionUncertainty u = PositionUncertainty.ofCovariance(25, 0, 4);
        assertThat(u.semiMajorM()).isCloseTo(5, within(1e-12));
        assertThat(u.semiMinorM()).isCloseTo(2, within(1e-12));
        assertThat(u.orientationRad()).isCloseTo(Math.PI / 2, within(1e-12));
        // An axis pointing south-south-west is the same ellipse as one pointing north-north-east.
        assertThat(new PositionUncertainty(3, 1, Math.toRadians(200)).orientationRad())
                .isCloseTo(Math.toRadians(20), within(1e-12));
    }

    @Test
    void invalidValuesAreRejected() {
        assertThatThrownBy(() -> new PositionUncertainty(1, 2, 0)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> PositionUncertainty.ofCovariance(1, 5, 1)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new BorderAlert(
                        "a",
                        SimTime.ZERO,
                        GeodeticPoint.ofDegrees(37, 44),
                        PositionUncertainty.circular(10),
                        AlertClass.VEHICLE,
                        1.2,
                        "S1",
                        "TR",
                        Releasability.OWN_ONLY))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new Releasability.To(java.util.Set.of())).isInstanceOf(SteeldomeException.class);
    }

    @Test
    void markingsAllowTheOwnerAndOnlyTheNamedPartners() {
        assertThat(Releasability.OWN_ONLY.allows("TR", "TR")).isTrue();
        assertThat(Releasability.OWN_ONLY.allows("TR", "NATO")).isFalse();
        assertThat(Releasability.to("NATO").allows("TR", "NATO")).isTrue();
        assertThat(Releasability.to("NATO").allows("TR", "IQF")).isFalse();
        assertThat(Releasability.ALL_PARTNERS.allows("TR", "PESH")).isTrue();
    }
}
