package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code steeldome validate} warns about engagement feasibility after a file loads: in the demo raid the missile aimed
 * at Gürbulak never enters the only anti-ballistic envelope (the medium-range battery's 40 km), and it is the one
 * warning.
 */
class ValidateWarningsTest {
    @Test
    void theDemoRaidWarnsThatTheGurbulakMissileIsOutOfReach() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(
                new String[] {"validate", "../examples/turkey-iran-raid.yaml"},
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("OK (");
        assertThat(out.toString().lines().filter(l -> l.contains(": warning: ")))
                .singleElement()
                .asString()
                .contains("srbm-2", "out of reach of every effector");
    }
}
