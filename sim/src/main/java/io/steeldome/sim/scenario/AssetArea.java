package io.steeldome.sim.scenario;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import java.util.HashSet;
import java.util.List;

/** The ground area a defended asset covers: a circle or a simple polygon. */
public sealed interface AssetArea {

    /** A circle of {@code radiusM} metres (geodesic) around {@code centre}. */
    record Circle(LatLon centre, double radiusM) implements AssetArea {
        public Circle {
            Checks.positive("radiusM", radiusM, "m");
        }
    }

    /** A polygon given by its vertices in order, not closed (the last vertex is not a repeat of the first). */
    record Polygon(List<LatLon> vertices) implements AssetArea {
        public Polygon {
            vertices = List.copyOf(vertices);
            int distinct = new HashSet<>(vertices).size();
            if (distinct < 3) {
                throw new SteeldomeException(ScenarioError.TOO_FEW_POINTS, "polygon", 3, distinct);
            }
        }
    }
}
