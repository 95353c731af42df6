package io.steeldome.border.detect;

import io.steeldome.border.alert.AlertClass;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.border.crossing.CrosserKind;
import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.List;
import java.util.Objects;

/**
 * An alert from a confirmed track: something confirmed moving near the border, where, how well located, what it
 * probably is and which stations saw it. For detection and patrol dispatch; {@link #toBorderAlert} gives the shared
 * {@link BorderAlert} that dispatch and the shared picture take.
 *
 * @param id unique per fusion run ({@code A<track id>})
 * @param time when the estimate holds
 * @param position estimated position (height: the track's)
 * @param uncertainty 1-sigma horizontal error ellipse from the track's position covariance
 * @param speedMps estimated ground speed, m/s
 * @param speedSigmaMps its 1-sigma error, m/s
 * @param headingRad estimated course over ground, rad from north clockwise, [0, 2 pi)
 * @param classification most probable kind from speed ({@link SpeedClassifier})
 * @param confidence its posterior probability
 * @param sectorId the border sector nearest the position
 * @param stationIds stations whose detections went into the track, sorted
 */
public record TrackAlert(
        String id,
        SimTime time,
        GeodeticPoint position,
        PositionUncertainty uncertainty,
        double speedMps,
        double speedSigmaMps,
        double headingRad,
        CrosserKind classification,
        double confidence,
        String sectorId,
        List<String> stationIds) {
    public TrackAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Checks.nonNegative("speedMps", speedMps, "m/s");
        Checks.nonNegative("speedSigmaMps", speedSigmaMps, "m/s");
        Objects.requireNonNull(classification, "classification");
        Checks.inRange("confidence", confidence, 0, 1, "");
        Objects.requireNonNull(sectorId, "sectorId");
        stationIds = List.copyOf(stationIds);
    }

    /** The shared alert, owned by {@code agencyId} with its releasability marking. */
    public BorderAlert toBorderAlert(String agencyId, Releasability releasability) {
        AlertClass cls = switch (classification) {
            case PEDESTRIAN_GROUP -> AlertClass.PEDESTRIAN_GROUP;
            case VEHICLE -> AlertClass.VEHICLE;
            case SMALL_DRONE -> AlertClass.SMALL_DRONE;
        };
        return new BorderAlert(id, time, position, uncertainty, cls, confidence, sectorId, agencyId, releasability);
    }
}
