package io.steeldome.sim.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.border.share.Access;
import io.steeldome.border.siting.StationType;
import io.steeldome.sim.scenario.ScenarioException;
import io.steeldome.sim.scenario.ScenarioProblem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BorderScenarioTest {
    static final Path EXAMPLE = Path.of("..", "examples", "border", "iraq-turkey-sector.yaml");

    static final String GOOD = """
            name: t
            seed: 3
            border: {builtin: iraq-turkey, fromM: 20000, toM: 30000}
            side: right
            terrain: {synthetic: {seed: 3, cellArcSec: 3}}
            agencies:
              - {id: A, name: Agency A}
              - {id: B, name: Agency B}
            sectors:
              - {id: S1, agency: A, fromM: 20000, toM: 25000}
              - {id: S2, agency: B, fromM: 25000, toM: 30000}
            releasability:
              - {owner: A, viewer: B, access: none}
              - {owner: B, viewer: A, access: downgraded, gridDeg: 0.05}
            stations:
              - {id: T1, type: radar-tower, position: {latDeg: 37.19, lonDeg: 42.64}}
            teams:
              - {id: P1, outpost: T1, agency: A, mobility: foot}
            crossings: {perDay: 4, nightFactor: 2}
            days: 2
            """;

    @Test
    void readsEveryKey() {
        BorderScenario s = BorderScenarioReader.parse(GOOD, "good.yaml", Path.of("."));
        assertThat(s.seed()).isEqualTo(3);
        assertThat(s.border().builtin()).isEqualTo("iraq-turkey");
        assertThat(s.border().fromM()).isEqualTo(20_000);
        assertThat(s.sectors()).extracting(BorderScenario.SectorDef::agencyId).containsExactly("A", "B");
        assertThat(s.releaseRules()).extracting(r -> r.access()).containsExactly(Access.NONE, Access.DOWNGRADED);
        assertThat(s.stations().get(0).type()).isEqualTo(StationType.RADAR_TOWER);
        assertThat(s.teams().get(0).outpost().latDeg()).isEqualTo(37.19, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s.perDay()).isEqualTo(4);
        assertThat(s.nightWeight()).isEqualTo(2);
        assertThat(s.days()).isEqualTo(2);
    }

    @Test
    void theExampleLoads() {
        BorderScenario s = BorderScenarioReader.load(EXAMPLE);
        assertThat(s.agencies()).hasSize(3);
        assertThat(s.sectors()).hasSize(2);
        assertThat(s.stations()).hasSize(5);
    }

    /** Each bad value is reported at its own line and column, compiler style. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'type: radar-tower,'|'type: radar-towr,'|16:20|unknown stations[0].type 'radar-towr'",
                "'side: right'|'side: up'|4:7|unknown side 'up'",
                "'access: none}'|'access: nothing}'|13:35|unknown releasability[0].access 'nothing'",
                "'latDeg: 37.19,'|'latDeg: 137.19,'|16:52|stations[0].position.latDeg = 137.19 is out of range",
                "'agency: B, fromM: 25000'|'agency: C, fromM: 25000'|11:22|sectors[1].agency names an unknown agency 'C'"
            })
    void badValuesAreLocated(String from, String to, String lineColumn, String message) {
        String yaml = GOOD.replace(from, to);
        assertThat(yaml).isNotEqualTo(GOOD);
        assertThatThrownBy(() -> BorderScenarioReader.parse(yaml, "bad.yaml", Path.of(".")))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> {
                    List<ScenarioProblem> p = ((ScenarioException) e).problems();
                    assertThat(p).hasSize(1);
                    assertThat(p.get(0).format()).startsWith("bad.yaml:" + lineColumn + ": " + message);
                });
    }

    @Test
    void unknownKeysGetASuggestion() {
        String yaml = GOOD.replace("crossings: {perDay", "crossing: {perDay");
        assertThatThrownBy(() -> BorderScenarioReader.parse(yaml, "bad.yaml", Path.of(".")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining(
                        "bad.yaml:19:1: unknown key 'crossing' at the top level; did you mean 'crossings'?");
    }
}
