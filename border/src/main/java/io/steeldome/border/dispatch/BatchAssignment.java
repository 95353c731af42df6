package io.steeldome.border.dispatch;

import io.steeldome.tracking.associate.Assignment;

/**
 * Assigns alerts arriving together to free teams so that the sum of arrival times is least, each team taking at most
 * one alert. Reuses the tracker's optimal (Hungarian / Jonker-Volgenant) solver: among assignments answering the most
 * alerts it returns one of least total time; {@code +infinity} marks an alert a team cannot reach.
 */
public final class BatchAssignment {
    private BatchAssignment() {}

    /**
     * @param arrivalS arrivalS[alert][team], s
     * @return the team index per alert, -1 for alerts left waiting
     */
    public static int[] assign(double[][] arrivalS) {
        Assignment a = Assignment.solve(arrivalS);
        int[] teamOf = new int[arrivalS.length];
        for (int i = 0; i < teamOf.length; i++) {
            teamOf[i] = a.columnFor(i).orElse(-1);
        }
        return teamOf;
    }
}
