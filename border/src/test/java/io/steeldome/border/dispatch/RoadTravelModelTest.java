package io.steeldome.border.dispatch;

import static io.steeldome.border.dispatch.DispatchTestData.O;
import static io.steeldome.border.dispatch.DispatchTestData.P3;
import static io.steeldome.border.dispatch.DispatchTestData.P3_O;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoadTravelModelTest {
    // GeodSolve -i -p 9: (37,44)-(37.03,44) 3329.337701645 m; (37.03,44)-(37.03,44.02) 1779.533784122 m;
    // (37,44)-(37.015,44) 1664.666742049 m; (37.015,44)-(37.03,44) 1664.670959595 m.
    private static final GeodeticPoint END = GeodeticPoint.ofDegrees(37.03, 44.0);
    private static final GeodeticPoint MID = GeodeticPoint.ofDegrees(37.015, 44.0);
    private static final TravelModel OFF = new SlopeTravelModel(HeightField.FLAT, 100, 5, 0.3);

    @Test
    void vehicleDrivesTheRoadThenGoesOffRoadWhenThatIsFaster() {
        // Two roads meeting at MID, 20 m/s.
        RoadTravelModel m = new RoadTravelModel(
                OFF, List.of(new Road("r1", List.of(O, MID), 20), new Road("r2", List.of(MID, END), 20)));
        double viaRoad = (1664.666742049 + 1664.670959595) / 20 + 1779.533784122 / 5; // 166.5 + 355.9 s
        assertThat(viaRoad).isLessThan(P3_O / 5); // direct off-road would be 755 s
        assertThat(m.travelTimeS(O, P3, Mobility.VEHICLE)).isCloseTo(viaRoad, within(1e-6));
        assertThat(m.travelTimeS(P3, O, Mobility.VEHICLE)).isCloseTo(viaRoad, within(1e-6));
        // On foot the road is not used.
        assertThat(m.travelTimeS(O, P3, Mobility.FOOT)).isCloseTo(OFF.travelTimeS(O, P3, Mobility.FOOT), within(1e-9));
    }

    @Test
    void slowRoadIsIgnored() {
        RoadTravelModel m = new RoadTravelModel(OFF, List.of(new Road("track", List.of(O, END), 1)));
        assertThat(m.travelTimeS(O, P3, Mobility.VEHICLE)).isCloseTo(P3_O / 5, within(1e-6));
    }
}
