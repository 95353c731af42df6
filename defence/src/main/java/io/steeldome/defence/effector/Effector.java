package io.steeldome.defence.effector;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.Objects;

/** One fielded launcher or gun: a unique id, where it stands (WGS-84, height of the launcher) and its spec. */
public record Effector(String id, GeodeticPoint site, EffectorSpec spec) {
    public Effector {
        if (id == null || id.isBlank()) {
            throw new SteeldomeException(EffectorError.BLANK_NAME, "effector id");
        }
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(spec, "spec");
    }
}
