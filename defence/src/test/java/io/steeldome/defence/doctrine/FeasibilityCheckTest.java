package io.steeldome.defence.doctrine;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.threat.ThreatClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeasibilityCheckTest {
    private static final PlannedThreat INBOUND =
            new PlannedThreat("cm-1", ThreatClass.CRUISE_MISSILE, TwoLayers.path());

    @Test
    void layersAtTheTargetReachTheThreat() {
        assertThat(new FeasibilityCheck()
                        .check(TwoLayers.FRAME, List.of(TwoLayers.OUTER, TwoLayers.INNER), List.of(INBOUND)))
                .isEmpty();
    }

    /**
     * An effector 500 km north of the origin (the threat's path lies within 70 km east of it) reaches nothing. Its
     * distance from the origin, 499.997 km, from GeographicLib: {@code echo "39.55 44.08 0 500000" | GeodSolve}, then
     * {@code echo "44.05168642 44.08 1600" | CartConvert -l 39.55 44.08 1600} gives (0, 499611.2, -19639.7) m.
     */
    @Test
    void effectorFiveHundredKilometresAwayIsFlagged() {
        GeodeticPoint far = Geodesy.direct(TwoLayers.SITE, 0, 500_000).withHeight(1_600);
        Effector remote = new Effector("remote", far, TwoLayers.OUTER.spec());

        List<FeasibilityWarning> w =
                new FeasibilityCheck().check(TwoLayers.FRAME, List.of(TwoLayers.INNER, remote), List.of(INBOUND));

        assertThat(w).singleElement().isInstanceOfSatisfying(FeasibilityWarning.EffectorReachesNoThreat.class, e -> {
            assertThat(e.effectorId()).isEqualTo("remote");
            // the nearest point of the path is the origin end or the start, ~500 km away
            assertThat(e.closestApproachM()).isBetween(495_000.0, 505_000.0);
            assertThat(e.text())
                    .startsWith("effector remote (OUTER) can reach none of the threats: the nearest passes");
        });
    }

    @Test
    void threatOutOfReachOfEveryEffectorIsFlagged() {
        GeodeticPoint far = Geodesy.direct(TwoLayers.SITE, 0, 500_000).withHeight(1_600);
        Effector remote = new Effector("remote", far, TwoLayers.OUTER.spec());
        PlannedThreat aircraft = new PlannedThreat(
                "jet",
                ThreatClass.AIRCRAFT,
                new LinearPath(SimTime.ZERO, SimTime.ofSeconds(100), EnuVector.ZERO, EnuVector.ZERO));

        List<FeasibilityWarning> w =
                new FeasibilityCheck().check(TwoLayers.FRAME, List.of(remote), List.of(INBOUND, aircraft));

        assertThat(w)
                .extracting(FeasibilityWarning::text)
                .containsExactly(
                        "effector remote (OUTER) can reach none of the threats: the nearest passes 500.0 km from it,"
                                + " outside its envelope; move it or check its position",
                        "threat cm-1 (CRUISE_MISSILE) is out of reach of every effector: its path never enters the"
                                + " envelope of the 1 effector(s) that could engage its class",
                        "threat jet (AIRCRAFT) cannot be engaged: no effector has a kill probability against AIRCRAFT");
    }
}
