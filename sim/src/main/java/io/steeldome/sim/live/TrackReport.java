package io.steeldome.sim.live;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.defence.doctrine.Identification;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.tracking.tracker.TrackId;
import java.util.Objects;
import java.util.Optional;

/**
 * One track after a scan, as the tracker holds it (no truth).
 *
 * @param status the tracker's status name (TENTATIVE, CONFIRMED, ...)
 * @param position WGS-84
 * @param velocityEnu m/s in the scenario's ENU frame
 * @param covEeM2 position covariance east-east, m^2 (with {@code covEnM2}, {@code covNnM2} the horizontal ellipse)
 * @param sigmaUpM 1-sigma vertical position error, m
 * @param threatClass threat evaluation's class, for confirmed tracks that were evaluated
 * @param identity the doctrine's identification, once made
 */
public record TrackReport(
        TrackId id,
        String status,
        GeodeticPoint position,
        EnuVector velocityEnu,
        double covEeM2,
        double covEnM2,
        double covNnM2,
        double sigmaUpM,
        Optional<ThreatClass> threatClass,
        Optional<Identification> identity) {
    public TrackReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(velocityEnu, "velocityEnu");
        Objects.requireNonNull(threatClass, "threatClass");
        Objects.requireNonNull(identity, "identity");
    }
}
