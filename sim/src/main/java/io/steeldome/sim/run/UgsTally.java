package io.steeldome.sim.run;

import io.steeldome.sensors.ugs.UgsModality;
import java.util.Objects;

/**
 * What one unattended ground sensor reported over a run.
 *
 * @param polls report periods completed
 * @param detections reports triggered by a real target
 * @param falseAlarms false reports
 */
public record UgsTally(String sensorId, UgsModality modality, int polls, int detections, int falseAlarms) {
    public UgsTally {
        Objects.requireNonNull(sensorId, "sensorId");
        Objects.requireNonNull(modality, "modality");
    }

    /** The modality as the scenario spells presets, e.g. passive-infrared. */
    public String modalityName() {
        return modality.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
