package io.steeldome.defence.wta;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;

/** The static weapon-target assignment objective (Manne 1958; Ahuja et al. 2007, eq. 1). */
public final class WtaObjective {
    private WtaObjective() {}

    /**
     * Expected surviving value sum_j V_j prod_i (1 - p_ij)^x_ij.
     *
     * @param values V_j, one per target
     * @param pk p_ij, weapons x targets
     * @param shots x_ij, weapons x targets
     */
    public static double expectedSurvivingValue(double[] values, double[][] pk, int[][] shots) {
        if (pk.length != shots.length) {
            throw new SteeldomeException(WtaError.DIMENSION_MISMATCH, "shots", shots.length, pk.length);
        }
        double total = 0;
        for (int j = 0; j < values.length; j++) {
            double survival = 1;
            for (int i = 0; i < pk.length; i++) {
                checkRow("pk[" + i + "]", pk[i].length, values.length);
                checkRow("shots[" + i + "]", shots[i].length, values.length);
                Checks.inRange("pk[" + i + "][" + j + "]", pk[i][j], 0, 1, "");
                if (shots[i][j] < 0) {
                    throw new SteeldomeException(WtaError.NEGATIVE_COUNT, "shots[" + i + "][" + j + "]", shots[i][j]);
                }
                survival *= Math.pow(1 - pk[i][j], shots[i][j]);
            }
            total += Checks.nonNegative("values[" + j + "]", values[j], "") * survival;
        }
        return total;
    }

    private static void checkRow(String name, int length, int expected) {
        if (length != expected) {
            throw new SteeldomeException(WtaError.DIMENSION_MISMATCH, name, length, expected);
        }
    }
}
