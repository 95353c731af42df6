package io.steeldome.tracking.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GridIndexTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** Every query returns exactly the points a linear scan finds inside the rectangle, plus the non-finite ones. */
    @ParameterizedTest
    @MethodSource("seeds")
    void queriesMatchALinearScan(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(0, 400);
        int layout = rng.nextInt(4); // uniform, clustered, collinear, duplicates
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            switch (layout) {
                case 0 -> {
                    xs[i] = rng.nextDouble(-20_000, 20_000);
                    ys[i] = rng.nextDouble(-5_000, 50_000);
                }
                case 1 -> {
                    double cx = rng.nextInt(3) * 30_000.0;
                    xs[i] = cx + 50 * rng.nextDouble();
                    ys[i] = -cx + 50 * rng.nextDouble();
                }
                case 2 -> {
                    xs[i] = rng.nextDouble(0, 1e5);
                    ys[i] = 7;
                }
                default -> {
                    xs[i] = rng.nextInt(3);
                    ys[i] = rng.nextInt(2);
                }
            }
            if (rng.nextDouble() < 0.02) {
                xs[i] = rng.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY;
            }
        }
        GridIndex index = GridIndex.of(xs, ys);
        int[] out = new int[n];
        for (int q = 0; q < 60; q++) {
            double cx = rng.nextDouble(-60_000, 120_000);
            double cy = rng.nextDouble(-60_000, 120_000);
            double hx = rng.nextDouble() < 0.1 ? Double.POSITIVE_INFINITY : rng.nextDouble(0, 40_000);
            double hy = rng.nextDouble(0, 40_000);
            if (q % 7 == 0 && n > 0) { // centred on a point, including zero-size boxes
                int i = rng.nextInt(n);
                cx = xs[i];
                cy = ys[i];
                hx = q % 14 == 0 ? 0 : hx;
            }
            int count = index.query(cx - hx, cx + hx, cy - hy, cy + hy, out);
            int[] got = Arrays.copyOf(out, count);
            Arrays.sort(got);
            assertThat(got).as("query %d", q).containsExactly(linearScan(xs, ys, cx - hx, cx + hx, cy - hy, cy + hy));
        }
    }

    private static int[] linearScan(double[] xs, double[] ys, double x0, double x1, double y0, double y1) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            boolean finite = Double.isFinite(xs[i]) && Double.isFinite(ys[i]);
            if (!finite || (xs[i] >= x0 && xs[i] <= x1 && ys[i] >= y0 && ys[i] <= y1)) {
                hits.add(i);
            }
        }
        return hits.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void emptyAndNanRectanglesReturnOnlyUnindexedPoints() {
        GridIndex index = GridIndex.of(new double[] {0, 1, Double.NaN}, new double[] {0, 1, 0});
        int[] out = new int[3];
        assertThat(index.query(Double.NaN, 5, 0, 5, out)).isEqualTo(1);
        assertThat(out[0]).isEqualTo(2);
        assertThat(index.query(3, 2, 0, 5, out)).isEqualTo(1);
        assertThat(GridIndex.of(new double[0], new double[0]).query(-1, 1, -1, 1, new int[0]))
                .isZero();
        assertThatThrownBy(() -> GridIndex.of(new double[1], new double[2]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The grid stays proportional to the points, however spread out or clumped they are. */
    @Test
    void cellCountStaysProportionalToPoints() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] xs = new double[10_000];
        double[] ys = new double[10_000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i == 0 ? 1e9 : rng.nextDouble(0, 1000);
            ys[i] = i == 1 ? -1e9 : rng.nextDouble(0, 1000);
        }
        assertThat(GridIndex.of(xs, ys).cellCount()).isLessThanOrEqualTo(xs.length);
    }
}
