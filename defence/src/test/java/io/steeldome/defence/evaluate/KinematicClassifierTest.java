package io.steeldome.defence.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.defence.threat.ThreatClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KinematicClassifierTest {
    /** Clear cases from the presets' published figures. */
    @ParameterizedTest
    @CsvSource({
        "51, 0, 0, 1000, ONE_WAY_ATTACK_DRONE", // Shahed-136 at 185 km/h, 1 km up
        "35, 35, -20, 300, ONE_WAY_ATTACK_DRONE", // diving drone
        "300, 0, 300, 2000, ROCKET", // Grad climbing at 45 deg
        "250, 100, -380, 3000, ROCKET", // Grad descending
        "900, 500, -1300, 20000, BALLISTIC_MISSILE", // Scud re-entering
        "1100, 0, 0, 90000, BALLISTIC_MISSILE", // Scud at apogee
        "240, 0, 0, 80, CRUISE_MISSILE", // terrain-following cruise missile
        "200, 150, 10, 3000, AIRCRAFT", // strike aircraft
        "0, 100, -90, 500, UNKNOWN" // slow and steep
    })
    void classifiesClearCases(double ve, double vn, double vu, double hAgl, ThreatClass expected) {
        assertThat(KinematicClassifier.classify(new double[] {ve, vn, vu}, hAgl))
                .isEqualTo(expected);
    }
}
