package io.steeldome.sim.scenario;

import io.steeldome.core.error.Checks;

/** A defended asset; {@code value} (> 0, dimensionless) weighs it against the others when defending. */
public record AssetConfig(String id, String name, double value, AssetArea area) {
    public AssetConfig {
        Fields.notBlank("asset id", id);
        Fields.notBlank("asset name", name);
        Checks.positive("value", value, "");
    }
}
