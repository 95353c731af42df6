package io.steeldome.defence.doctrine;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.defence.threat.ThreatClass;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTest {
    /** A border running north along east = 10 km, bending north-east at 20 km north; we stand at the origin (west). */
    private static final HostileArea.BeyondLine BORDER = new HostileArea.BeyondLine(
            "border",
            List.of(
                    new EnuVector(10_000, -50_000, 0),
                    new EnuVector(10_000, 20_000, 0),
                    new EnuVector(40_000, 50_000, 0)),
            EnuVector.ZERO);

    @ParameterizedTest(name = "({0}, {1}) km hostile: {2}")
    @CsvSource({
        "15, 0, true", // just across
        "5, 0, false", // our side
        "200, -300, true", // far east, beyond the southern end: the end segment extended
        "0, 100, false", // north-west, beyond the bend on our side
        "60, 40, true", // south-east of the north-east leg
        "20, 45, false" // north-west of the north-east leg
    })
    void farSideOfTheBorderLine(double eastKm, double northKm, boolean hostile) {
        assertThat(BORDER.contains(eastKm * 1000, northKm * 1000)).isEqualTo(hostile);
    }

    @ParameterizedTest(name = "{0} first seen at {1} km east, threatening {2}: {3}")
    @CsvSource({
        "ROCKET, -50, false, HOSTILE", // ballistic kinematics whatever the origin
        "BALLISTIC_MISSILE, -50, true, HOSTILE",
        "ONE_WAY_ATTACK_DRONE, 30, false, HOSTILE", // first seen beyond the border
        "ONE_WAY_ATTACK_DRONE, -30, true, SUSPECT", // our side, on course for an asset
        "ONE_WAY_ATTACK_DRONE, -30, false, UNKNOWN",
        "AIRCRAFT, -30, false, UNKNOWN"
    })
    void rules(ThreatClass c, double firstSeenEastKm, boolean threatens, Identification expected) {
        IdentityAssessment a =
                new Identifier(List.of(BORDER)).identify(c, new EnuVector(firstSeenEastKm * 1000, 0, 0), threatens);
        assertThat(a.identity()).isEqualTo(expected);
        assertThat(a.reason()).startsWith(expected.name() + ":");
    }

    @ParameterizedTest
    @CsvSource({"5, 5, true", "11, 5, false", "5, -1, false", "9.9, 9.9, true"})
    void polygonContains(double e, double n, boolean inside) {
        HostileArea.Polygon square = new HostileArea.Polygon(
                "square",
                List.of(
                        new EnuVector(0, 0, 0),
                        new EnuVector(10, 0, 0),
                        new EnuVector(10, 10, 0),
                        new EnuVector(0, 10, 0)));
        assertThat(square.contains(e, n)).isEqualTo(inside);
    }
}
