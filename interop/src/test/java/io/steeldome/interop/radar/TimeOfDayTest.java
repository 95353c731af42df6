package io.steeldome.interop.radar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeOfDayTest {
    @ParameterizedTest
    @CsvSource({
        // time of day, reference, expected: same day, then both sides of midnight.
        "27354.6015625, 2026-11-26T07:00:00Z, 2026-11-26T07:35:54.6015625Z",
        "86399.5, 2026-11-26T00:00:10Z, 2026-11-25T23:59:59.500Z",
        "5, 2026-11-25T23:59:50Z, 2026-11-26T00:00:05Z",
        "0, 2026-11-26T12:00:00Z, 2026-11-26T00:00:00Z"
    })
    void picksTheDayNearestTheReference(double timeOfDayS, String reference, String expected) {
        assertThat(TimeOfDay.resolve(timeOfDayS, Instant.parse(reference))).isEqualTo(Instant.parse(expected));
    }
}
