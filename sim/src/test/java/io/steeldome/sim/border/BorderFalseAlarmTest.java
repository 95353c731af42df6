package io.steeldome.sim.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.border.dispatch.SectorStatistics;
import io.steeldome.border.siting.StationType;
import io.steeldome.sim.scenario.ScenarioException;
import io.steeldome.sim.scenario.ScenarioProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BorderFalseAlarmTest {
    /** {@link BorderScenarioTest#GOOD} with no crossers and a UGS field beside the radar. */
    private static final String QUIET = BorderScenarioTest.GOOD
            .replace("crossings: {perDay: 4, nightFactor: 2}", "crossings: {perDay: 0}")
            .replace(
                    "stations:\n",
                    "stations:\n  - {id: U1, type: ugs-field, position: {latDeg: 37.19, lonDeg: 42.64}}\n");

    private static BorderScenario parse(String yaml) {
        return BorderScenarioReader.parse(yaml, "t.yaml", Path.of("."));
    }

    @Test
    void readsRatesPerStationTypeAndDefaultsToNone() {
        assertThat(parse(BorderScenarioTest.GOOD).falseAlarmsPerHour()).isEmpty();
        BorderScenario s = parse(BorderScenarioTest.GOOD + "falseAlarms: {radar-tower: 2.5, ugs-field: 1}\n");
        assertThat(s.falseAlarmsPerHour()).isEqualTo(Map.of(StationType.RADAR_TOWER, 2.5, StationType.UGS_FIELD, 1.0));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'falseAlarms: {radar-tower: -1}'|21:28|falseAlarms.radar-tower = -1",
                "'falseAlarms: {radar: 1}'|21:15|unknown key 'radar'"
            })
    void badRatesAreLocated(String line, String lineColumn, String message) {
        assertThatThrownBy(() ->
                        BorderScenarioReader.parse(BorderScenarioTest.GOOD + line + "\n", "bad.yaml", Path.of(".")))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> {
                    List<ScenarioProblem> p = ((ScenarioException) e).problems();
                    assertThat(p).hasSize(1);
                    assertThat(p.get(0).format()).startsWith("bad.yaml:" + lineColumn + ": " + message);
                });
    }

    @Test
    void withNoCrossersAHighRateGivesFalseAlertsAndRateZeroNone() {
        BorderRunResult none =
                BorderSimulation.run(parse(QUIET + "falseAlarms: {ugs-field: 0, radar-tower: 0}\n"), 1, (t, d) -> {});
        assertThat(none.crossings()).isEmpty();
        assertThat(none.falseAlertIds()).isEmpty();
        assertThat(none.sectorStats().values()).allMatch(st -> st.falseAlertsPerDay() == 0);

        BorderRunResult noisy = BorderSimulation.run(parse(QUIET + "falseAlarms: {ugs-field: 600}\n"), 1, (t, d) -> {});
        assertThat(noisy.crossings()).isEmpty();
        // With no crossers every alert is false.
        assertThat(noisy.falseAlertIds()).hasSize(noisy.alerts().size()).isNotEmpty();
        double perDay = noisy.sectorStats().values().stream()
                .mapToDouble(SectorStatistics::falseAlertsPerDay)
                .sum();
        assertThat(perDay).isEqualTo(noisy.falseAlertIds().size(), org.assertj.core.api.Assertions.within(1e-9));
    }
}
