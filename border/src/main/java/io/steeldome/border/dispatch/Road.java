package io.steeldome.border.dispatch;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import java.util.Objects;

/**
 * A road as a polyline of geodesic segments, driven both ways at a constant speed.
 *
 * @param id road id
 * @param points vertices, at least 2; vehicles join and leave the road only at vertices (densify long segments)
 * @param speedMps vehicle speed on the road, m/s
 */
public record Road(String id, List<GeodeticPoint> points, double speedMps) {
    public Road {
        Objects.requireNonNull(id, "id");
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new SteeldomeException(BorderError.TOO_SHORT, id, points.size());
        }
        Checks.positive("speedMps", speedMps, "m/s");
    }
}
