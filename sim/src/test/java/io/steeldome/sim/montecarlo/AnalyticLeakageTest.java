package io.steeldome.sim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.defence.effector.EffectorPresets;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Against analytic truth: with certain detection and a noise-free track, the only chance in a run is the kill draw,
 * so shoot-look-shoot against one rocket is a sequence of Bernoulli(p) trials that stops at the first kill or after
 * the k shots the timeline allows. The leakage is then (1 - p)^k and the number of shots truncated geometric.
 */
class AnalyticLeakageTest {
    private static final int RUNS = 4000;

    @Test
    void shootLookShootLeaksWithOneMinusPkToTheNumberOfShots() {
        EngagementModel model = EngagementModel.build(SingleRocketScenario.rocket());
        MonteCarloSettings settings = new MonteCarloSettings(
                RUNS, 2, Fidelity.ENGAGEMENT, 12345, 0, MonteCarloSettings.DEFAULT_SWEEP_FRACTIONS, 11);
        MonteCarloResult r = MonteCarlo.run(model, settings, MonteCarloProgress.NONE);
        double p = EffectorPresets.SHORT_RANGE.pk(ThreatClass.ROCKET).orElseThrow();

        Set<Integer> shotsWhenLeaking = new TreeSet<>();
        int[] runsWithShots = new int[20];
        for (RunOutcome o : r.runs()) {
            if (o.leakers() > 0) {
                shotsWhenLeaking.add(o.totalShots());
            }
            runsWithShots[o.totalShots()]++;
        }
        // structural: a rocket that leaks has been missed by every shot the timeline allowed, always the same k
        assertThat(shotsWhenLeaking).hasSize(1);
        int k = shotsWhenLeaking.iterator().next();
        assertThat(k).as("shots the timeline allows").isGreaterThanOrEqualTo(2);

        Proportion leak = r.assets().get(0).leakage();
        assertThat(Math.pow(1 - p, k)).isBetween(leak.low(), leak.high());
        // P(n shots) = p (1 - p)^(n - 1) for n < k (killed by the n-th), (1 - p)^(k - 1) for n = k
        for (int n = 1; n <= k; n++) {
            double expected = n < k ? p * Math.pow(1 - p, n - 1) : Math.pow(1 - p, k - 1);
            Proportion observed = Proportion.wilson(runsWithShots[n], RUNS);
            assertThat(expected).as("P(%d shots)", n).isBetween(observed.low(), observed.high());
        }
        assertThat(r.layerStats().get(0).kills().mean() + leak.estimate()).isEqualTo(1.0);
    }

    @Test
    void costExchangeRatioIsAbsentWhenTheAttackerSpendsNothing() throws Exception {
        // a strike aircraft is not expended: its unit cost is 0, so the ratio is undefined
        var scenario = ScenarioLoader.parse(SingleRocketScenario.YAML.formatted("jet", "aircraft"), "aircraft.yaml");
        MonteCarloSettings settings = new MonteCarloSettings(
                50, 2, Fidelity.ENGAGEMENT, 1, 10, MonteCarloSettings.DEFAULT_SWEEP_FRACTIONS, 11);
        MonteCarloResult r = MonteCarlo.run(scenario, settings, MonteCarloProgress.NONE);
        assertThat(r.attackerCostUsd()).isZero();
        assertThat(r.costExchangeRatio()).isEmpty();
        String json = MonteCarloOutputs.summary(r).toString();
        assertThat(json)
                .doesNotContain("costExchangeRatio")
                .doesNotContain("NaN")
                .doesNotContain("Infinity")
                .contains("engagements auto-approved by simulation");
    }
}
