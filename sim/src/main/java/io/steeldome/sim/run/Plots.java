package io.steeldome.sim.run;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.sensors.radar.Plot;
import io.steeldome.tracking.tracker.Detection;
import java.util.ArrayList;
import java.util.List;

/** Radar plots as the tracker's detections: the converted position and covariance, nothing else (no truth). */
public final class Plots {
    private Plots() {}

    public static List<Detection> toDetections(List<Plot> plots) {
        List<Detection> out = new ArrayList<>(plots.size());
        for (Plot p : plots) {
            EnuVector e = p.positionEnu();
            out.add(new Detection(p.time(), p.sensorId(), e.eastM(), e.northM(), e.upM(), p.covarianceEnuM2()));
        }
        return out;
    }
}
