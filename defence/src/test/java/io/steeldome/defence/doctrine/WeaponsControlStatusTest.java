package io.steeldome.defence.doctrine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeaponsControlStatusTest {
    /** The standard definitions: HOLD fires at nothing, TIGHT at HOSTILE only, FREE at anything not FRIEND. */
    @ParameterizedTest(name = "{0} x {1} -> {2}")
    @CsvSource({
        "HOLD, HOSTILE, false",
        "HOLD, SUSPECT, false",
        "HOLD, UNKNOWN, false",
        "HOLD, FRIEND, false",
        "TIGHT, HOSTILE, true",
        "TIGHT, SUSPECT, false",
        "TIGHT, UNKNOWN, false",
        "TIGHT, FRIEND, false",
        "FREE, HOSTILE, true",
        "FREE, SUSPECT, true",
        "FREE, UNKNOWN, true",
        "FREE, FRIEND, false"
    })
    void statusTimesIdentification(WeaponsControlStatus status, Identification id, boolean permitted) {
        assertThat(status.permits(id)).isEqualTo(permitted);
    }
}
