package io.steeldome.border.crossing;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.List;
import java.util.Objects;

/**
 * Where a crosser is over time: waypoints in time order, positions linearly interpolated between them (latitude and
 * longitude; the waypoints are a DEM cell or less apart, or a drone's straight leg of a few km). A waypoint's height is
 * the ground's; the crosser stands (or flies) {@link CrosserKind#targetHeightM()} above it.
 *
 * @param waypoints at least one, times non-decreasing
 * @param lengthM ground length of the path, m
 */
public record TimedPath(CrosserKind kind, List<Waypoint> waypoints, double lengthM) {
    /** One timed position. */
    public record Waypoint(SimTime time, GeodeticPoint position) {
        public Waypoint {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(position, "position");
        }
    }

    public TimedPath {
        Objects.requireNonNull(kind, "kind");
        waypoints = List.copyOf(waypoints);
        if (waypoints.isEmpty()) {
            throw new SteeldomeException(BorderError.GEOMETRY, "timed path", "no waypoint");
        }
        for (int i = 1; i < waypoints.size(); i++) {
            if (waypoints.get(i).time().isBefore(waypoints.get(i - 1).time())) {
                throw new SteeldomeException(
                        BorderError.GEOMETRY, "timed path", "waypoint " + i + " goes back in time");
            }
        }
    }

    /** A crosser standing still at {@code position} from {@code from} to {@code to}. */
    public static TimedPath stationary(CrosserKind kind, GeodeticPoint position, SimTime from, SimTime to) {
        return new TimedPath(kind, List.of(new Waypoint(from, position), new Waypoint(to, position)), 0);
    }

    public SimTime start() {
        return waypoints.getFirst().time();
    }

    public SimTime end() {
        return waypoints.getLast().time();
    }

    public double durationS() {
        return end().secondsSince(start());
    }

    /** The position at {@code time}, clamped to the ends. */
    public GeodeticPoint positionAt(SimTime time) {
        if (!time.isAfter(start())) {
            return waypoints.getFirst().position();
        }
        if (!time.isBefore(end())) {
            return waypoints.getLast().position();
        }
        int lo = 0;
        int hi = waypoints.size() - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (waypoints.get(mid).time().isAfter(time)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        Waypoint a = waypoints.get(lo);
        Waypoint b = waypoints.get(hi);
        double span = b.time().secondsSince(a.time());
        double f = span > 0 ? time.secondsSince(a.time()) / span : 0;
        GeodeticPoint p = a.position();
        GeodeticPoint q = b.position();
        return new GeodeticPoint(
                p.latRad() + f * (q.latRad() - p.latRad()),
                p.lonRad() + f * (q.lonRad() - p.lonRad()),
                p.hM() + f * (q.hM() - p.hM()));
    }
}
