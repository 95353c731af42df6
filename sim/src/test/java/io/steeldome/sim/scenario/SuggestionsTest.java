package io.steeldome.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
    /** Optimal string alignment distances worked out by hand (OSA, not unrestricted Damerau: ca-abc is 3, not 2). */
    @ParameterizedTest
    @CsvSource({
        "'', abc, 3",
        "kitten, sitting, 3",
        "ca, abc, 3",
        "srmb, srbm, 1",
        "abcd, acbd, 1",
        "latdeg, latdeg, 0",
        "lattitude, latitude, 1",
        "flaw, lawn, 2",
    })
    void distanceIsTheOptimalStringAlignmentDistance(String a, String b, int expected) {
        assertThat(Suggestions.distance(a, b)).isEqualTo(expected);
        assertThat(Suggestions.distance(b, a)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "maxRangeM, maxRange",
        "durationS, duration",
        "speedMps, speed",
        "azimuthSigmaDeg, azimuthSigma",
        "referenceSnrDb, referenceSnr",
        "hM, h",
        "id, id",
        "costPerShot, costPerShot",
    })
    void stemDropsTheUnitSuffix(String key, String stem) {
        assertThat(Suggestions.stem(key)).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({
        "lattitude, latDeg",
        "latitude, latDeg",
        "longitude, lonDeg",
        "lng, lonDeg",
        "altitude, hM",
        "HM, hM",
        "LatDeg, latDeg",
    })
    void positionKeysAreFoundThroughSynonymsStemsAndCase(String typed, String expected) {
        assertThat(Suggestions.closest(typed, ScenarioReader.POSITION_KEYS)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"x", "speed", "zzzzzz", "colour"})
    void unrelatedWordsGetNoSuggestion(String typed) {
        assertThat(Suggestions.closest(typed, ScenarioReader.POSITION_KEYS)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "maxRange, maxRangeM",
        "minrangem, minRangeM",
        "reload, reloadS",
        "mag, magazine",
        "cost, costPerShot",
    })
    void effectorKeys(String typed, String expected) {
        assertThat(Suggestions.closest(typed, ScenarioReader.EFFECTOR_KEYS)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"'iron dome', iron-dome-class", "shortrange, short-range", "medium, medium-range", "cuas, c-uas-gun"})
    void layerNames(String typed, String expected) {
        List<String> names =
                Arrays.stream(EffectorLayer.values()).map(YamlEnum::yamlName).toList();

        assertThat(Suggestions.closest(typed, names)).contains(expected);
    }
}
