package io.steeldome.interop.cot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Affiliation letters per the CoT type tree (MITRE CoT "a-" atoms: second field is the standard identity). */
class CotIdentityTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "a-f-G-U-C, FRIEND", // the ATAK sample's ground unit
        "a-h-A-M-F-Q, HOSTILE",
        "a-u-A, UNKNOWN",
        "a-n-A-C-F, NEUTRAL",
        "a-s-A, SUSPECT",
        "a-a-A, ASSUMED_FRIEND",
        "a-p-A, PENDING",
        "a-j-A, SUSPECT",
        "a-k-A, HOSTILE",
        "a-h, HOSTILE"
    })
    void theSecondFieldIsTheIdentity(String type, CotIdentity want) {
        assertThat(CotIdentity.ofType(type)).contains(want);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"b-m-p-s-p-i", "a-x-A", "a-", "a-hh-A", "t-x-c-t", "u-d-f"})
    void notAnAtomOrNoKnownLetterStatesNothing(String type) {
        assertThat(CotIdentity.ofType(type)).isEqualTo(Optional.empty());
    }
}
