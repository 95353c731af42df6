package io.steeldome.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code threats[].swarm}: expansion into members on parallel routes with their launch times, and every problem
 * with its line:column (counted by hand: text blocks strip the common indentation).
 */
class SwarmScenarioTest {
    private static final String HEAD = """
            name: t
            seed: 1
            durationS: 600
            origin: {latDeg: 39.5, lonDeg: 44.0, hM: 1600}
            groundHeightM: 1600
            threats:
            """;

    @Test
    void swarmExpandsIntoMembersOnParallelRoutes() {
        Scenario s = ScenarioLoader.parse(HEAD + """
                          - id: s
                            type: shahed-drone
                            launch: {latDeg: 39.2, lonDeg: 44.5}
                            aim: {latDeg: 39.5, lonDeg: 44.0}
                            launchTimeS: -1000
                            waypoints: [[39.3, 44.2]]
                            swarm: {count: 3, spacingM: 400, intervalS: 30}
                        """, "s.yaml");
        List<ThreatConfig> t = s.threats();
        assertThat(t).extracting(ThreatConfig::id).containsExactly("s-1", "s-2", "s-3");
        assertThat(t).extracting(ThreatConfig::salvoId).containsOnly(Optional.of("s"));
        assertThat(t).extracting(ThreatConfig::launchTimeS).containsExactly(-1000.0, -970.0, -940.0);
        // the middle member flies the written route; its neighbours are 400 m to either side, at launch and aim
        assertThat(t.get(1).launch()).isEqualTo(new GeoPosition(39.2, 44.5, 1600));
        assertThat(t.get(1).aim()).isEqualTo(new LatLon(39.5, 44.0));
        for (int k : new int[] {0, 2}) {
            assertThat(Geodesy.distanceM(
                            geo(t.get(k).launch().latLon()),
                            geo(t.get(1).launch().latLon())))
                    .isCloseTo(400, within(1e-3));
            assertThat(Geodesy.distanceM(geo(t.get(k).aim()), geo(t.get(1).aim())))
                    .isCloseTo(400, within(1e-3));
            assertThat(t.get(k).waypoints()).hasSize(1);
        }
        assertThat(Geodesy.distanceM(
                        geo(t.get(0).launch().latLon()), geo(t.get(2).launch().latLon())))
                .isCloseTo(800, within(1e-3));
    }

    @Test
    void simultaneousArrivalDelaysTheShorterRoutes() {
        Scenario s = ScenarioLoader.parse(HEAD + """
                          - id: s
                            type: shahed-drone
                            launch: {latDeg: 39.2, lonDeg: 44.5}
                            aim: {latDeg: 39.5, lonDeg: 44.0}
                            launchTimeS: -1000
                            speedMps: 40
                            waypoints: [[39.3, 44.2]]
                            swarm: {count: 3, spacingM: 400, arrival: simultaneous}
                        """, "s.yaml");
        List<ThreatConfig> t = s.threats();
        double first = t.stream().mapToDouble(ThreatConfig::launchTimeS).min().orElseThrow();
        assertThat(first).isEqualTo(-1000.0);
        double arrival = Double.NaN;
        for (ThreatConfig c : t) {
            double lengthM = Geodesy.pathLengthM(
                    List.of(c.launch().toGeodetic(), geo(c.waypoints().getFirst()), geo(c.aim())));
            double end = c.launchTimeS() + lengthM / 40;
            arrival = Double.isNaN(arrival) ? end : arrival;
            assertThat(end).isCloseTo(arrival, within(1e-6));
        }
    }

    @Test
    void everyProblemIsLocated() {
        List<String> problems = ScenarioValidationTest.problems(HEAD + """
                  - id: a
                    type: srbm
                    launch: {latDeg: 38.0, lonDeg: 46.0}
                    aim: {latDeg: 39.5, lonDeg: 44.0}
                    launchTimeS: 10
                    swarm: {count: 3, spacingM: 400}
                  - id: b
                    type: shahed-drone
                    launch: {latDeg: 39.2, lonDeg: 44.5}
                    aim: {latDeg: 39.5, lonDeg: 44.0}
                    launchTimeS: 10
                    count: 2
                    swarm: {count: 0, spacingM: -5, arrival: together, intervalS: 3, lateral: 4}
                  - id: c
                    type: shahed-drone
                    launch: {latDeg: 39.2, lonDeg: 44.5}
                    aim: {latDeg: 39.5, lonDeg: 44.0}
                    launchTimeS: 10
                    swarm: {count: 4, arrival: simultaneous, intervalS: 3}
                  - id: d
                    type: shahed-drone
                    launch: {latDeg: 39.2, lonDeg: 44.5}
                    aim: {latDeg: 39.5, lonDeg: 44.0}
                    launchTimeS: 500
                    swarm: {count: 4, spacingM: 300, intervalS: 40}
                """);
        assertThat(problems)
                .containsExactly(
                        "s.yaml:12:5: swarm does not apply to srbm threats (ballistic) in threats[0]; a salvo of"
                                + " rockets or missiles is written with count and intervalS",
                        "s.yaml:18:5: count does not apply next to swarm in threats[1]; give the number of members"
                                + " and their launch interval inside swarm",
                        "s.yaml:19:20: threats[1].swarm.count = 0 must be within [1, 10000]",
                        "s.yaml:19:33: threats[1].swarm.spacingM = -5 m must be >= 0",
                        "s.yaml:19:46: unknown value 'together' for threats[1].swarm.arrival; valid values:"
                                + " staggered, simultaneous",
                        "s.yaml:19:70: unknown key 'lateral' in threats[1].swarm; valid keys here: count,"
                                + " spacingM, arrival, intervalS",
                        "s.yaml:25:12: missing required key 'spacingM' in threats[2].swarm",
                        "s.yaml:25:46: intervalS does not apply to a swarm with simultaneous arrival in"
                                + " threats[2].swarm; launch times follow from the routes; remove intervalS, or use"
                                + " arrival: staggered",
                        "s.yaml:31:5: the last member of threats[3] launches at 620 s, not before the end of the"
                                + " run (durationS = 600 s); reduce count or intervalS, or make durationS longer");
    }

    private static GeodeticPoint geo(LatLon p) {
        return p.toGeodetic(0);
    }
}
