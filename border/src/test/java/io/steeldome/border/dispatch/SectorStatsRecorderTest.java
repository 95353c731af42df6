package io.steeldome.border.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.core.time.SimTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectorStatsRecorderTest {
    private static SimTime t(double s) {
        return SimTime.ofSeconds(s);
    }

    @Test
    void handCountedEventsGiveTheExpectedStatistics() {
        SectorStatsRecorder rec = new SectorStatsRecorder();
        rec.crossing("S1", t(1000), Optional.of(t(1060)))
                .crossing("S1", t(2000), Optional.of(t(2120)))
                .crossing("S1", t(3000), Optional.of(t(3300)))
                .crossing("S1", t(4000), Optional.empty());
        for (int i = 0; i < 5; i++) {
            rec.falseAlert("S1");
        }
        rec.response("S1", new Dispatch("a", "T", t(1060), t(1060), t(1160), t(1760)));
        rec.response("S1", new Dispatch("b", "T", t(2120), t(2200), t(2420), t(3020)));
        rec.falseAlert("S2");
        Map<String, SectorStatistics> s = rec.statistics(2.5 * 86_400);

        SectorStatistics s1 = s.get("S1");
        assertThat(s1.detectionProbability().getAsDouble()).isEqualTo(0.75); // 3 of 4
        assertThat(s1.meanTimeToDetectS().getAsDouble()).isCloseTo((60 + 120 + 300) / 3.0, within(1e-9));
        assertThat(s1.meanTimeToRespondS().getAsDouble()).isCloseTo((100 + 300) / 2.0, within(1e-9));
        assertThat(s1.falseAlertsPerDay()).isCloseTo(2.0, within(1e-12)); // 5 in 2.5 days

        SectorStatistics s2 = s.get("S2");
        assertThat(s2.detectionProbability()).isEmpty();
        assertThat(s2.meanTimeToDetectS()).isEmpty();
        assertThat(s2.meanTimeToRespondS()).isEmpty();
        assertThat(s2.falseAlertsPerDay()).isCloseTo(0.4, within(1e-12));
        assertThat(s.keySet()).containsExactly("S1", "S2");
    }

    @Test
    void dispatchResultsAreCountedInTheirAlertsSectors() {
        // One vehicle team at O, 10 m/s on flat ground: responses O-P1/v and O-S/v (GeodSolve distances).
        Team t = new Team("V1", DispatchTestData.O, "TR", Mobility.VEHICLE);
        List<BorderAlert> alerts = List.of(
                DispatchTestData.alert("a", 0, DispatchTestData.P1, 0.5, "TR"),
                DispatchTestData.alert("b", 5000, DispatchTestData.S, 0.5, "TR"));
        DispatchResult r = new Dispatcher(
                        List.of(t),
                        new SlopeTravelModel(HeightField.FLAT, 100, 10, 0.3),
                        new DispatchOptions(600, QueuePolicy.FIFO))
                .run(alerts);
        SectorStatistics s1 = new SectorStatsRecorder()
                .responses(r, alerts)
                .statistics(86_400)
                .get("S1");
        assertThat(s1.responses()).isEqualTo(2);
        assertThat(s1.meanTimeToRespondS().getAsDouble())
                .isCloseTo((DispatchTestData.O_P1 + DispatchTestData.O_S) / 20, within(1e-6));
    }
}
