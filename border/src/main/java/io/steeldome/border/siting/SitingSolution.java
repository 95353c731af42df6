package io.steeldome.border.siting;

/**
 * The solver's answer.
 *
 * @param chosen the options chosen, ascending
 * @param coveredWeight weight they cover
 * @param greedyWeight weight the greedy start covered
 * @param localSearchWeight weight after local search (before branch and bound)
 * @param lagrangianBound the Lagrangian (LP-relaxation-strength) upper bound on the optimum
 * @param upperBound the best upper bound known: the Lagrangian bound, or the optimum itself if branch and bound
 *     finished
 * @param provenOptimal whether branch and bound finished within its node limit
 * @param nodes branch-and-bound nodes explored
 */
public record SitingSolution(
        int[] chosen,
        double coveredWeight,
        double greedyWeight,
        double localSearchWeight,
        double lagrangianBound,
        double upperBound,
        boolean provenOptimal,
        long nodes) {
    public SitingSolution {
        chosen = chosen.clone();
    }

    @Override
    public int[] chosen() {
        return chosen.clone();
    }

    /** Relative gap (upper bound - covered) / upper bound; 0 when the bound is 0. */
    public double gap() {
        return upperBound > 0 ? Math.max(0, (upperBound - coveredWeight) / upperBound) : 0;
    }

    /** The gap against the Lagrangian bound alone. */
    public double lagrangianGap() {
        return lagrangianBound > 0 ? Math.max(0, (lagrangianBound - coveredWeight) / lagrangianBound) : 0;
    }
}
