package io.steeldome.defence.evaluate;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;

/**
 * Something worth defending: a town, a base, a power plant.
 *
 * @param value relative worth (any consistent unit; value at risk sums value x hit probability)
 */
public record DefendedAsset(String id, String name, double value, AssetArea area) {
    public DefendedAsset {
        if (id == null || id.isBlank()) {
            throw new SteeldomeException(EvaluationError.BLANK_ID, "DefendedAsset.id");
        }
        if (name == null || name.isBlank()) {
            throw new SteeldomeException(EvaluationError.BLANK_ID, "DefendedAsset.name");
        }
        Checks.nonNegative("value", value, "");
        if (area == null) {
            throw new SteeldomeException(EvaluationError.MISSING, "DefendedAsset.area");
        }
    }
}
