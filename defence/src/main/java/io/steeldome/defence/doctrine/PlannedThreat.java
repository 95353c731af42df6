package io.steeldome.defence.doctrine;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.defence.impact.PredictedPath;
import io.steeldome.defence.threat.ThreatClass;
import java.util.Objects;

/** A threat expected in a plan: its id, class and predicted path (scenario ENU frame). */
public record PlannedThreat(String id, ThreatClass threatClass, PredictedPath path) {
    public PlannedThreat {
        if (id == null || id.isBlank()) {
            throw new SteeldomeException(DoctrineError.BLANK, "planned threat id");
        }
        Objects.requireNonNull(threatClass, "threatClass");
        Objects.requireNonNull(path, "path");
    }
}
