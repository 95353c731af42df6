package io.steeldome.sim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.sim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engagement-level model against the full simulation on the built-in demo, and the study's reproducibility.
 * The full runs are the reference here: independent draws of the whole pipeline (radar noise and clutter, the
 * multi-target tracker, evaluation, guidance with seeker baskets).
 */
class MonteCarloValidationTest {
    private static final int FULL_RUNS = 30;
    private static final int ENGAGEMENT_RUNS = 2000;
    private static EngagementModel demo;

    @BeforeAll
    static void buildModel() {
        demo = EngagementModel.build(ScenarioLoader.demo());
    }

    private static MonteCarloSettings settings(int runs, int threads, Fidelity fidelity, int sweepRuns) {
        return new MonteCarloSettings(
                runs, threads, fidelity, 20261125L, sweepRuns, MonteCarloSettings.DEFAULT_SWEEP_FRACTIONS, 61);
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads(@TempDir Path tmp) throws Exception {
        MonteCarloResult one = MonteCarlo.run(demo, settings(300, 1, Fidelity.ENGAGEMENT, 40), MonteCarloProgress.NONE);
        MonteCarloResult two = MonteCarlo.run(demo, settings(300, 2, Fidelity.ENGAGEMENT, 40), MonteCarloProgress.NONE);
        assertThat(two.runs()).isEqualTo(one.runs());
        assertThat(two).isEqualTo(one);
        MonteCarloOutputs.write(one, tmp.resolve("a"));
        MonteCarloOutputs.write(two, tmp.resolve("b"));
        for (String f : List.of("montecarlo.html", "summary.json", "runs.csv", "assets.csv")) {
            assertThat(Files.readString(tmp.resolve("b").resolve(f)))
                    .as(f)
                    .isEqualTo(Files.readString(tmp.resolve("a").resolve(f)));
        }
        String html = Files.readString(tmp.resolve("a").resolve("montecarlo.html"));
        assertThat(html)
                .contains("SYNTHETIC TERRAIN", "auto-approved by simulation", "<svg id=\"sweep\"", "<svg id=\"layers\"")
                .doesNotContain("<script")
                .doesNotContain("http://")
                .doesNotContain("https://");
        // round(f x count) of each type (7 rockets, 2 SRBMs, 5 drones), halves rounded up: 2+1+1, 4+1+3, 5+2+4, 14
        assertThat(one.sweep()).extracting(SweepPoint::threats).containsExactly(4, 8, 11, 14);
    }

    /**
     * 30 full runs against 2000 engagement-level runs, both under the scenario's doctrine (shoot-look-shoot, at most
     * two rounds per threat, the layering rule). Leakage per asset must agree within the full runs' Wilson interval;
     * interceptors and kills per layer within the full runs' 95 % interval widened by the stated tolerance for what
     * the engagement level does not model: a salvo's closely spaced rockets, where a full-run track outlives the
     * rocket it was started on (interceptors taking the nearest rocket rather than their own, tracks swapped; see the
     * README). Such a track keeps its own two rounds and its re-engagements go to a neighbouring rocket: measured
     * over 40 full runs of the demo (seeds 5000-5039), 1.3 short-range rounds per run at tracks whose threat was
     * already killed, 0.7 of them kills. The engagement level gives each threat its two rounds and no more, so it
     * fires about 1.3 fewer short-range rounds and leaks about 0.7 more rockets: the tolerances below are one-sided
     * where that is the direction (more leakers, town P(hit) up to 0.05 above the interval, short-range rounds 1.5
     * below). Measured when written: town P(hit) 0.83 [0.66, 0.93] full vs 0.93 engagement, 1.7 vs 2.2 leakers on
     * the town, 2.7 [2.3, 3.1] vs 3.2 leakers, SHORT_RANGE 12.8 [12.0, 13.5] vs 11.5 interceptors, 7.4 [6.8, 7.9] vs
     * 6.6 kills, MEDIUM_RANGE 3.9 [3.4, 4.3] vs 4.4 interceptors. (Before the engagement level applied the doctrine
     * it had no limit of rounds per threat, and its 13.1 short-range rounds matched the full run by that chance.)
     */
    @Test
    void engagementLevelAgreesWithFullFidelityOnTheDemo() {
        MonteCarloResult full = MonteCarlo.run(demo, settings(FULL_RUNS, 2, Fidelity.FULL, 0), MonteCarloProgress.NONE);
        MonteCarloResult fast =
                MonteCarlo.run(demo, settings(ENGAGEMENT_RUNS, 2, Fidelity.ENGAGEMENT, 0), MonteCarloProgress.NONE);
        for (int a = 0; a < full.assets().size(); a++) {
            Proportion f = full.assets().get(a).leakage();
            assertThat(fast.assets().get(a).leakage().estimate())
                    .as("P(hit) of %s", full.assets().get(a).assetId())
                    .isBetween(f.low(), Math.min(1, f.high() + 0.05));
        }
        assertThat(fast.leakers().mean())
                .as("leakers per run")
                .isBetween(full.leakers().low() - 0.75, full.leakers().high() + 0.75);
        double[] shotsBelow = {1.5, 1.0}; // SHORT_RANGE (rounds at tracks that outlived their rocket), MEDIUM_RANGE
        double[] shotsAbove = {0.5, 1.0};
        for (int l = 0; l < full.layers().size(); l++) {
            Estimate f = full.layerStats().get(l).shots();
            assertThat(fast.layerStats().get(l).shots().mean())
                    .as("interceptors of %s", full.layers().get(l))
                    .isBetween(f.low() - shotsBelow[l], f.high() + shotsAbove[l]);
            Estimate k = full.layerStats().get(l).kills();
            assertThat(fast.layerStats().get(l).kills().mean())
                    .as("kills of %s", full.layers().get(l))
                    .isBetween(k.low() - 0.75, k.high() + 0.75);
        }
    }
}
