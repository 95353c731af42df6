package io.steeldome.defence.doctrine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.defence.threat.ThreatType;
import org.junit.jupiter.api.Test;

class CostExchangeTest {
    /**
     * A raid like the demo's: 7 Grad rockets (1,000 USD), 2 Scud-class missiles (1 M USD), 5 Shahed-class drones
     * (50,000 USD) cost the attacker 7,000 + 2,000,000 + 250,000 = 2,257,000 USD; 11 short-range rounds (1 M) and 5
     * medium-range rounds (2 M) cost the defender 21 M: a ratio of 21 / 2.257 = 9.3043863..., and 10 kills cost
     * 2.1 M each.
     */
    @Test
    void demoLikeRaid() {
        double attacker = 7 * ThreatType.GRAD_122MM.unitCostUsd()
                + 2 * ThreatType.SCUD_B.unitCostUsd()
                + 5 * ThreatType.SHAHED_136.unitCostUsd();
        assertThat(attacker).isEqualTo(2_257_000);
        CostExchange c = new CostExchange(11 * 1.0e6 + 5 * 2.0e6, attacker, 10);
        assertThat(c.ratio().getAsDouble()).isCloseTo(9.3043863535, within(1e-9));
        assertThat(c.costPerThreatDefeatedUsd().getAsDouble()).isEqualTo(2.1e6);
        assertThat(c.describe())
                .isEqualTo("Cost exchange: defender $21.00 M / attacker $2.26 M = 9.30; cost per threat defeated"
                        + " $2.10 M.");
    }

    /** Only aircraft (not expended, unit cost 0): the ratio is not defined, never Infinity or NaN. */
    @Test
    void attackerSpendZeroIsNotDefined() {
        CostExchange c = new CostExchange(3.0e6, 0 * ThreatType.STRIKE_AIRCRAFT.unitCostUsd(), 0);
        assertThat(c.ratio()).isEmpty();
        assertThat(c.costPerThreatDefeatedUsd()).isEmpty();
        assertThat(c.describe())
                .contains("not defined (attacker spent nothing)")
                .doesNotContain("Infinity", "NaN");
    }

    @Test
    void noDefenderSpendIsARatioOfZero() {
        CostExchange c = new CostExchange(0, 50_000, 0);
        assertThat(c.ratio().getAsDouble()).isZero();
        assertThat(c.costPerThreatDefeatedUsd()).isEmpty();
    }
}
