package io.steeldome.defence.doctrine;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The cost-exchange ratio of a raid: the defender's spend on interceptors over the attacker's spend on the threats
 * launched (the sum of {@code ThreatType.unitCostUsd()}); above 1 the defender pays more than the attacker. Also
 * the defender's cost per threat defeated. Edge cases: with an attacker spend of 0 (only aircraft, which are not
 * expended, or no launches) the ratio is not defined and {@link #ratio()} is empty, never Infinity or NaN (JSON has
 * neither); with no threat defeated the cost per threat defeated is empty likewise. A defender spend of 0 with a
 * positive attacker spend gives 0.
 *
 * @param threatsDefeated threats destroyed by interceptors
 */
public record CostExchange(double defenderSpendUsd, double attackerSpendUsd, int threatsDefeated) {
    public CostExchange {
        Checks.nonNegative("defenderSpendUsd", defenderSpendUsd, "USD");
        Checks.nonNegative("attackerSpendUsd", attackerSpendUsd, "USD");
        if (threatsDefeated < 0) {
            throw new SteeldomeException(DoctrineError.NOT_A_COUNT, "threatsDefeated", 0, threatsDefeated);
        }
    }

    /** Defender spend / attacker spend; empty when the attacker spent nothing. */
    public OptionalDouble ratio() {
        return attackerSpendUsd > 0 ? OptionalDouble.of(defenderSpendUsd / attackerSpendUsd) : OptionalDouble.empty();
    }

    /** Defender spend / threats defeated; empty when none was defeated. */
    public OptionalDouble costPerThreatDefeatedUsd() {
        return threatsDefeated > 0 ? OptionalDouble.of(defenderSpendUsd / threatsDefeated) : OptionalDouble.empty();
    }

    /** One sentence for summaries. */
    public String describe() {
        String ratio = ratio().isPresent()
                ? String.format(Locale.ROOT, "%.2f", ratio().getAsDouble())
                : "not defined (attacker spent nothing)";
        String perKill = costPerThreatDefeatedUsd().isPresent()
                ? money(costPerThreatDefeatedUsd().getAsDouble())
                : "not defined (no threat defeated)";
        return "Cost exchange: defender " + money(defenderSpendUsd) + " / attacker " + money(attackerSpendUsd) + " = "
                + ratio + "; cost per threat defeated " + perKill + ".";
    }

    static String money(double usd) {
        if (usd >= 1e6) {
            return String.format(Locale.ROOT, "$%.2f M", usd / 1e6);
        }
        return String.format(Locale.ROOT, "$%.0f k", usd / 1e3);
    }
}
