package io.steeldome.defence.wta;

import java.util.List;

/**
 * The shots of one round, in the order the assigner chose them.
 *
 * @param expectedSurvivingValue sum over the offered targets of value x probability it survives all shots (this
 *     round's and the already committed ones)
 */
public record AssignmentPlan(List<Assignment> assignments, double expectedSurvivingValue, double totalCostUsd) {
    public AssignmentPlan {
        assignments = List.copyOf(assignments);
    }

    public int shots() {
        return assignments.size();
    }
}
