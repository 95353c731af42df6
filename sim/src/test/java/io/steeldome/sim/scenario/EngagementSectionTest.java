package io.steeldome.sim.scenario;

import static io.steeldome.sim.scenario.ScenarioValidationTest.only;
import static io.steeldome.sim.scenario.ScenarioValidationTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The doctrine keys of the {@code engagement} section: values read and problems located (line:column by hand). */
class EngagementSectionTest {
    /** Lines 1-5. */
    private static final String HEAD = """
            name: t
            seed: 1
            durationS: 600
            origin: {latDeg: 39.5, lonDeg: 44.0, hM: 1600}
            groundHeightM: 1600
            """;

    /** Lines 6-10: a border segment 'east'. */
    private static final String BORDER = """
            border:
              segments:
                - id: east
                  name: East
                  line: [[39.37, 44.01], [39.40, 44.12]]
            """;

    @Test
    void olderFilesKeepTheirMeaning() {
        Scenario s = ScenarioLoader.parse(HEAD + "engagement: {policy: shoot-shoot, maxShotsPerTarget: 3}\n", "e.yaml");
        assertThat(s.engagement().weaponsControl()).isEmpty();
        assertThat(s.engagement().salvoSize()).isEqualTo(2);
        assertThat(s.engagement().approval()).isEqualTo(EngagementConfig.Approval.AUTO);
        assertThat(s.engagement().hostileArea()).isEmpty();
        assertThat(s.engagement()).isEqualTo(new EngagementConfig(EngagementPolicy.SHOOT_SHOOT, 0.05, 3));
    }

    @Test
    void oneStatusForEveryLayer() {
        Scenario s = ScenarioLoader.parse(HEAD + "engagement: {weaponsControl: tight}\n", "e.yaml");
        assertThat(s.engagement().weaponsControl())
                .containsExactly(new EngagementConfig.WcsChange(0, EngagementConfig.WeaponsControl.TIGHT, List.of()));
    }

    @Test
    void polygonHostileArea() {
        Scenario s = ScenarioLoader.parse(
                HEAD + "engagement: {hostileArea: {polygon: [[39.3, 44.2], [39.3, 44.4], [39.5, 44.4]]}}\n", "e.yaml");
        assertThat(s.engagement().hostileArea())
                .hasValue(new EngagementConfig.HostileAreaConfig.Polygon(
                        List.of(new LatLon(39.3, 44.2), new LatLon(39.3, 44.4), new LatLon(39.5, 44.4))));
    }

    @Test
    void unknownStatusSuggestsTheClosest() {
        assertThat(only(HEAD + "engagement: {weaponsControl: tigt}\n"))
                .isEqualTo("s.yaml:6:30: unknown value 'tigt' for engagement.weaponsControl; did you mean 'tight'?");
    }

    @Test
    void operatorApprovalIsRefusedInASimulation() {
        assertThat(only(HEAD + "engagement: {approval: operator}\n"))
                .isEqualTo("s.yaml:6:24: engagement.approval = operator is not available in a simulation: operator"
                        + " approval needs the live C2 server; a simulation auto-approves every engagement and says"
                        + " so in its outputs; write approval: auto, or leave the key out");
    }

    @Test
    void beyondBorderMustNameASegment() {
        assertThat(only(HEAD + BORDER + "engagement: {hostileArea: {beyondBorder: est}}\n"))
                .isEqualTo("s.yaml:11:42: no border segment 'est' for engagement.hostileArea.beyondBorder; did you"
                        + " mean 'east'?");
        Scenario s =
                ScenarioLoader.parse(HEAD + BORDER + "engagement: {hostileArea: {beyondBorder: east}}\n", "e.yaml");
        assertThat(s.engagement().hostileArea())
                .isEqualTo(Optional.of(new EngagementConfig.HostileAreaConfig.BeyondBorder("east")));
    }

    @Test
    void scheduleProblemsAreLocated() {
        String yaml = HEAD + """
                engagement:
                  weaponsControl:
                    - {timeS: 60, status: hold}
                    - {timeS: 10, status: free, layers: [short-rang]}
                    - {timeS: 900, status: free}
                  doctrine:
                    rockets: {salvoSize: 2}
                    drone: {maxShotsPerTarget: 0}
                  salvoSize: 0
                """;
        assertThat(problems(yaml))
                .containsExactly(
                        "s.yaml:9:42: unknown value 'short-rang' for engagement.weaponsControl[1].layers[0]; did you"
                                + " mean 'short-range'?",
                        "s.yaml:10:15: engagement.weaponsControl[2].timeS = 900 s is not before the end of the run"
                                + " (durationS = 600 s); a change after the end never takes effect; remove it or make"
                                + " durationS longer",
                        "s.yaml:12:5: unknown key 'rockets' in engagement.doctrine; did you mean 'rocket'?",
                        "s.yaml:13:5: unknown key 'drone' in engagement.doctrine; valid keys here: rocket,"
                                + " ballistic-missile, cruise-missile, one-way-attack-drone, aircraft, unknown",
                        "s.yaml:14:14: engagement.salvoSize = 0 must be within [1, 1000]");
        String order = HEAD + """
                engagement:
                  weaponsControl:
                    - {timeS: 60, status: hold}
                    - {timeS: 10, status: free}
                """;
        assertThat(only(order))
                .isEqualTo("s.yaml:9:15: engagement.weaponsControl[1].timeS = 10 s comes before the previous change"
                        + " (at 60 s, line 8); list the changes in time order");
    }
}
