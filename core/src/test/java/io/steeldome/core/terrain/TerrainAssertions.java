package io.steeldome.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;

/** Bit-exact comparison of large height arrays (AssertJ's containsExactly is too slow at millions of cells). */
final class TerrainAssertions {
    private TerrainAssertions() {}

    /** Same length and, cell by cell, the same float bits (so NaN voids must match too); names the first mismatch. */
    static void assertSameHeights(float[] actual, float[] expected) {
        assertThat(actual.length).isEqualTo(expected.length);
        for (int i = 0; i < actual.length; i++) {
            if (Float.floatToIntBits(actual[i]) != Float.floatToIntBits(expected[i])) {
                assertThat(actual[i]).as("cell %d", i).isEqualTo(expected[i]);
            }
        }
    }
}
