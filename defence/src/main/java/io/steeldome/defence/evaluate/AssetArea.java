package io.steeldome.defence.evaluate;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import java.util.List;

/** The ground footprint of a defended asset. */
public sealed interface AssetArea permits AssetArea.Circle, AssetArea.Polygon {

    /** The footprint on the horizontal plane of {@code frame} (east/north; heights dropped). */
    EnuArea inFrame(LocalFrame frame);

    /** A disc of {@code radiusM} (ground distance) around {@code centre}. */
    record Circle(GeodeticPoint centre, double radiusM) implements AssetArea {
        public Circle {
            if (centre == null) {
                throw new SteeldomeException(EvaluationError.MISSING, "Circle.centre");
            }
            Checks.positive("radiusM", radiusM, "m");
        }

        @Override
        public EnuArea inFrame(LocalFrame frame) {
            EnuVector c = frame.toEnu(centre);
            return new EnuArea.Disc(c.eastM(), c.northM(), radiusM);
        }
    }

    /** A simple (non-self-intersecting) polygon; the closing edge is implied. */
    record Polygon(List<GeodeticPoint> vertices) implements AssetArea {
        public Polygon {
            if (vertices == null || vertices.size() < 3) {
                throw new SteeldomeException(EvaluationError.TOO_FEW_VERTICES, vertices == null ? 0 : vertices.size());
            }
            vertices = List.copyOf(vertices);
        }

        @Override
        public EnuArea inFrame(LocalFrame frame) {
            double[] e = new double[vertices.size()];
            double[] n = new double[vertices.size()];
            for (int i = 0; i < e.length; i++) {
                EnuVector v = frame.toEnu(vertices.get(i));
                e[i] = v.eastM();
                n[i] = v.northM();
            }
            return new EnuArea.Ring(e, n);
        }
    }
}
