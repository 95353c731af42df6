package io.steeldome.sim.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A line of events.jsonl: time, type, and fields in insertion order (so output is byte-stable). */
public record LoggedEvent(double timeS, String type, Map<String, Object> fields) {
    public LoggedEvent {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
