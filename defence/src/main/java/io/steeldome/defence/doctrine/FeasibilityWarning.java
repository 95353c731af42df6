package io.steeldome.defence.doctrine;

import io.steeldome.defence.threat.ThreatClass;
import java.util.Locale;

/** A defect of a plan found before it runs: an effector that can reach no threat, or a threat none can reach. */
public sealed interface FeasibilityWarning {
    /** The warning in words, for summaries and {@code validate}. */
    String text();

    /**
     * @param closestApproachM the smallest slant range from the effector to any threat's path it has a Pk against
     *     (NaN if it has a Pk against none of them)
     */
    record EffectorReachesNoThreat(String effectorId, String layer, double closestApproachM)
            implements FeasibilityWarning {
        @Override
        public String text() {
            if (Double.isNaN(closestApproachM)) {
                return "effector " + effectorId + " (" + layer + ") can engage none of the threats: it has no kill"
                        + " probability against any of their classes";
            }
            return String.format(
                    Locale.ROOT,
                    "effector %s (%s) can reach none of the threats: the nearest passes %.1f km from it, outside its"
                            + " envelope; move it or check its position",
                    effectorId,
                    layer,
                    closestApproachM / 1000);
        }
    }

    /** @param capable how many effectors have a Pk against its class */
    record ThreatOutOfReach(String threatId, ThreatClass threatClass, int capable) implements FeasibilityWarning {
        @Override
        public String text() {
            if (capable == 0) {
                return "threat " + threatId + " (" + threatClass + ") cannot be engaged: no effector has a kill"
                        + " probability against " + threatClass;
            }
            return "threat " + threatId + " (" + threatClass + ") is out of reach of every effector: its path never"
                    + " enters the envelope of the " + capable + " effector(s) that could engage its class";
        }
    }
}
