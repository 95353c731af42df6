package io.steeldome.sim.run;

import io.steeldome.sensors.eoir.Task;
import java.util.Objects;

/**
 * The first time an EO/IR sensor achieved one discrimination task on one threat. Truth-side statistics for the
 * report: the tracker never sees it.
 *
 * @param timeS simulated time, s
 * @param rangeM slant range from the camera at that time, m
 */
public record EoirSighting(String sensorId, String threatId, Task task, double timeS, double rangeM) {
    public EoirSighting {
        Objects.requireNonNull(sensorId, "sensorId");
        Objects.requireNonNull(threatId, "threatId");
        Objects.requireNonNull(task, "task");
    }

    /** The task as events.jsonl and the report spell it: detection, recognition, identification. */
    public String taskName() {
        return task.name().toLowerCase(java.util.Locale.ROOT);
    }
}
