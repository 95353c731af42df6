package io.steeldome.defence.doctrine;

import io.steeldome.defence.threat.ThreatClass;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Fire doctrine per threat class (the class inferred from the track), with a default for the others. */
public record DoctrineTable(FireDoctrine defaults, Map<ThreatClass, FireDoctrine> byClass) {
    public DoctrineTable {
        Objects.requireNonNull(defaults, "defaults");
        byClass = byClass.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byClass));
    }

    public static DoctrineTable uniform(FireDoctrine doctrine) {
        return new DoctrineTable(doctrine, Map.of());
    }

    public FireDoctrine forClass(ThreatClass c) {
        return byClass.getOrDefault(c, defaults);
    }
}
