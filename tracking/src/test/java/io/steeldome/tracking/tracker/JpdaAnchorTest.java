package io.steeldome.tracking.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.metric.Gospa;
import io.steeldome.tracking.metric.GospaResult;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.state.StateLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end on the Stone Soup anchor scenario N10 (10 targets, Pd 0.9, 10 clutter per scan over 20 km x 20 km,
 * sigma 5 m, q 0.05), against Stone Soup's JPDA on the same measurements: mean GOSPA (c 100 m, p 2, alpha 2, on x/y of
 * the confirmed tracks) over scans 5..99 = 14.15 ({@code /work/shared/anchors/tracking/metrics_jpda_N10.csv}).
 */
class JpdaAnchorTest {
    private static final Path SCENARIO = Path.of("../sim/src/test/resources/anchors/tracking/scenario_N10.csv");
    private static final double STONE_SOUP_JPDA_MEAN_GOSPA = 14.15;
    private static final double STONE_SOUP_JPDA_RMSE_M = 4.42;
    private static final double SIGMA_M = 5;

    private record Scan(List<double[]> truths, List<double[]> detections) {}

    private static List<Scan> readScenario() throws IOException {
        List<Scan> scans = new ArrayList<>();
        List<String> lines = Files.readAllLines(SCENARIO);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int scan = Integer.parseInt(f[0]);
            while (scans.size() <= scan) {
                scans.add(new Scan(new ArrayList<>(), new ArrayList<>()));
            }
            double[] xy = {Double.parseDouble(f[4]), Double.parseDouble(f[5])};
            (f[2].equals("truth") ? scans.get(scan).truths() : scans.get(scan).detections()).add(xy);
        }
        return scans;
    }

    @Test
    void meanGospaOnN10IsNoWorseThanStoneSoupJpda() throws IOException {
        List<Scan> scans = readScenario();
        assertThat(scans).hasSize(100);
        double v = SIGMA_M * SIGMA_M;
        double[][] r = {{v, 0, 0}, {0, v, 0}, {0, 0, v}};
        // Stone Soup's life cycle: tentative gate 3 sigma, confirmed at the third hit, a tentative track dies at its
        // second miss in a row, a confirmed one at its fifth; prior velocity sd 20 m/s
        TrackerConfig base = new TrackerConfig(ConstantVelocity.continuousEnu(0.05), 9, 3, 4, 5, 40, 10_000)
                .withTentativeMaxConsecutiveMisses(2);
        // 2-D data with z = 0: volume = area x sqrt(2 pi) sigma (see JpdaConfig)
        double volumeM3 = 20_000.0 * 20_000.0 * Math.sqrt(2 * Math.PI) * SIGMA_M;
        JpdaTracker tracker = new JpdaTracker(JpdaConfig.ofClutterCount(base, 0.9, 10, volumeM3, 0.95));
        Gospa gospa = new Gospa(100, 2);
        double sum = 0;
        int counted = 0;
        double squaredErrorM2 = 0;
        int assigned = 0;
        for (int k = 0; k < scans.size(); k++) {
            SimTime t = SimTime.ofSeconds(k);
            List<Detection> detections = new ArrayList<>();
            for (double[] xy : scans.get(k).detections()) {
                detections.add(new Detection(t, "radar", xy[0], xy[1], 0, r));
            }
            List<double[]> estimates = tracker.process(t, "radar", detections).stream()
                    .filter(Track::isConfirmed)
                    .map(tr -> new double[] {
                        tr.state().meanAt(StateLayout.EAST), tr.state().meanAt(StateLayout.NORTH)
                    })
                    .toList();
            GospaResult g = gospa.evaluateArrays(scans.get(k).truths(), estimates);
            squaredErrorM2 += g.localisationM() * g.localisationM(); // RMSE pooled over all scans, as the anchor's
            assigned += g.assignedCount();
            if (k >= 5) {
                sum += g.distanceM();
                counted++;
            }
        }
        double mean = sum / counted;
        double rmseM = Math.sqrt(squaredErrorM2 / assigned);
        System.out.printf("JPDA N10 mean GOSPA (scans 5+) = %.3f, RMSE = %.3f m%n", mean, rmseM);
        assertThat(mean).isLessThanOrEqualTo(STONE_SOUP_JPDA_MEAN_GOSPA);
        // all ten targets held: the localisation error stays near the measurement sigma
        assertThat(rmseM).isLessThan(STONE_SOUP_JPDA_RMSE_M);
    }
}
