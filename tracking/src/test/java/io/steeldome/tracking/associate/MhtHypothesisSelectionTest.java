package io.steeldome.tracking.associate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MhtHypothesisSelectionTest {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Random small tables (up to 5 trees of up to 4 leaves over 6 detections) against exhaustive enumeration. */
    @ParameterizedTest
    @MethodSource("seeds")
    void bestHypothesisMatchesBruteForce(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int trees = 1 + rng.nextInt(5);
        double[][] scores = new double[trees][];
        long[][][] keys = new long[trees][][];
        for (int t = 0; t < trees; t++) {
            int leaves = rng.nextInt(5);
            scores[t] = new double[leaves];
            keys[t] = new long[leaves][];
            for (int l = 0; l < leaves; l++) {
                scores[t][l] = rng.nextDouble(-5, 20);
                Set<Long> used = new HashSet<>();
                int count = rng.nextInt(4); // 0..3 detections, as a leaf over a 3-scan window
                for (int k = 0; k < count; k++) {
                    used.add((long) rng.nextInt(6) * 1000 + 7);
                }
                keys[t][l] = used.stream().mapToLong(Long::longValue).toArray();
            }
        }
        MhtHypothesisSelection selection = MhtHypothesisSelection.select(scores, keys);

        double expected = bruteForce(scores, keys, 0, new HashSet<>());
        assertThat(selection.isExact()).isTrue();
        assertThat(selection.totalScore()).isCloseTo(expected, within(1e-9));
        // the reported leaves are feasible and add up to the reported total
        Set<Long> seen = new HashSet<>();
        double total = 0;
        for (int t = 0; t < trees; t++) {
            if (selection.leafFor(t).isPresent()) {
                int l = selection.leafFor(t).getAsInt();
                total += scores[t][l];
                for (long k : keys[t][l]) {
                    assertThat(seen.add(k)).as("detection %d used twice", k).isTrue();
                }
            }
        }
        assertThat(total).isCloseTo(expected, within(1e-9));
    }

    private static double bruteForce(double[][] scores, long[][][] keys, int tree, Set<Long> used) {
        if (tree == scores.length) {
            return 0;
        }
        double best = bruteForce(scores, keys, tree + 1, used); // tree left out
        for (int l = 0; l < scores[tree].length; l++) {
            boolean free = true;
            for (long k : keys[tree][l]) {
                free &= !used.contains(k);
            }
            if (!free) {
                continue;
            }
            Set<Long> next = new HashSet<>(used);
            for (long k : keys[tree][l]) {
                next.add(k);
            }
            best = Math.max(best, scores[tree][l] + bruteForce(scores, keys, tree + 1, next));
        }
        return best;
    }

    @Test
    void greedyIsBeatenWhereItShouldBe() {
        // the best leaf (10) takes the detection both others need; 8 + 7 wins
        double[][] scores = {{10, 1}, {8}, {7}};
        long[][][] keys = {{{1, 2}, {3}}, {{1}}, {{2}}};
        MhtHypothesisSelection s = MhtHypothesisSelection.select(scores, keys);
        assertThat(s.totalScore()).isEqualTo(16);
        assertThat(s.leafFor(0).getAsInt()).isEqualTo(1);
        assertThat(s.leafFor(1).getAsInt()).isZero();
        assertThat(s.leafFor(2).getAsInt()).isZero();
    }

    @Test
    void negativeLeavesAreLeftOutAndShapesChecked() {
        MhtHypothesisSelection s = MhtHypothesisSelection.select(new double[][] {{-1}}, new long[][][] {{{1}}});
        assertThat(s.leafFor(0)).isEmpty();
        assertThat(s.totalScore()).isZero();
        assertThatThrownBy(() -> MhtHypothesisSelection.select(new double[][] {{1}}, new long[][][] {}))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> MhtHypothesisSelection.select(new double[][] {{Double.NaN}}, new long[][][] {{{}}}))
                .isInstanceOf(SteeldomeException.class);
    }
}
