package io.steeldome.border.dispatch;

import io.steeldome.border.alert.AlertClass;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;

/** Positions and geodesic distances for the dispatch tests. */
final class DispatchTestData {
    private DispatchTestData() {}

    static final GeodeticPoint O = GeodeticPoint.ofDegrees(37.0, 44.0);
    static final GeodeticPoint P1 = GeodeticPoint.ofDegrees(37.01, 44.0);
    static final GeodeticPoint P2 = GeodeticPoint.ofDegrees(37.01, 44.02);
    static final GeodeticPoint P3 = GeodeticPoint.ofDegrees(37.03, 44.02);
    static final GeodeticPoint Q = GeodeticPoint.ofDegrees(37.02, 44.0);
    static final GeodeticPoint S = GeodeticPoint.ofDegrees(36.99, 44.0);

    // Distances, m, from GeographicLib: echo "lat1 lon1 lat2 lon2" | GeodSolve -i -p 9
    static final double O_P1 = 1109.777359448;
    static final double P1_P2 = 1780.000269943;
    static final double P2_P3 = 2219.560342197;
    static final double P1_P3 = 2844.998909106;
    static final double P3_O = 3775.245053016;
    static final double P2_O = 2097.718234608;
    static final double Q_P1 = 1109.779233819;
    static final double O_S = 1109.775485273;
    static final double Q_S = 3329.332078540;

    static BorderAlert alert(String id, double timeS, GeodeticPoint p, double confidence, String agency) {
        return new BorderAlert(
                id,
                SimTime.ofSeconds(timeS),
                p,
                PositionUncertainty.circular(20),
                AlertClass.PEDESTRIAN_GROUP,
                confidence,
                "S1",
                agency,
                Releasability.OWN_ONLY);
    }
}
