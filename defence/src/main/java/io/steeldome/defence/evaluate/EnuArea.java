package io.steeldome.defence.evaluate;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.units.Units;
import java.util.Arrays;

/**
 * A defended area on the scenario frame's horizontal plane (east/north, m). Projecting a ground footprint onto the
 * tangent plane distorts distances by ~(d / R_earth)^2, 6e-5 at 50 km: negligible for hit probabilities.
 */
public sealed interface EnuArea permits EnuArea.Disc, EnuArea.Ring {
    boolean contains(double eastM, double northM);

    double centreEastM();

    double centreNorthM();

    /** Radius of a disc about the centre that holds the whole area, m. */
    double boundingRadiusM();

    /** [min, max] of (x - origin) . (dirE, dirN) over the area's points x, for a unit direction, m. */
    double[] extentAlong(double originEastM, double originNorthM, double dirE, double dirN);

    /**
     * Where the line origin + t (dirE, dirN) (unit direction) crosses the boundary: sorted t values, whose
     * consecutive pairs bound the parts of the line inside the area.
     */
    double[] crossings(double originEastM, double originNorthM, double dirE, double dirN);

    /**
     * The area's angular extent seen from a point outside it, as [lowRad, highRad] azimuths (clockwise from north)
     * relative to the azimuth of the centre; exact for discs and convex polygons, wider than the area for concave
     * ones.
     */
    double[] azimuthExtentRad(double fromEastM, double fromNorthM);

    /** A disc. */
    record Disc(double centreEastM, double centreNorthM, double radiusM) implements EnuArea {
        @Override
        public boolean contains(double eastM, double northM) {
            double de = eastM - centreEastM;
            double dn = northM - centreNorthM;
            return de * de + dn * dn <= radiusM * radiusM;
        }

        @Override
        public double boundingRadiusM() {
            return radiusM;
        }

        @Override
        public double[] extentAlong(double originEastM, double originNorthM, double dirE, double dirN) {
            double c = (centreEastM - originEastM) * dirE + (centreNorthM - originNorthM) * dirN;
            return new double[] {c - radiusM, c + radiusM};
        }

        @Override
        public double[] crossings(double originEastM, double originNorthM, double dirE, double dirN) {
            double de = centreEastM - originEastM;
            double dn = centreNorthM - originNorthM;
            double along = de * dirE + dn * dirN;
            double across = -de * dirN + dn * dirE;
            double half2 = radiusM * radiusM - across * across;
            if (half2 <= 0) {
                return new double[0];
            }
            double half = Math.sqrt(half2);
            return new double[] {along - half, along + half};
        }

        @Override
        public double[] azimuthExtentRad(double fromEastM, double fromNorthM) {
            double d = Math.hypot(centreEastM - fromEastM, centreNorthM - fromNorthM);
            double half = d <= radiusM ? Math.PI : Math.asin(radiusM / d);
            return new double[] {-half, half};
        }
    }

    /** A polygon given by its vertices; the centre is the vertex mean. */
    record Ring(double[] eastM, double[] northM) implements EnuArea {
        public Ring {
            if (eastM.length != northM.length || eastM.length < 3) {
                throw new SteeldomeException(EvaluationError.TOO_FEW_VERTICES, eastM.length);
            }
            eastM = eastM.clone();
            northM = northM.clone();
        }

        @Override
        public double[] eastM() {
            return eastM.clone();
        }

        @Override
        public double[] northM() {
            return northM.clone();
        }

        /** Even-odd ray casting (W. R. Franklin's PNPOLY). */
        @Override
        public boolean contains(double e, double n) {
            boolean inside = false;
            for (int i = 0, j = eastM.length - 1; i < eastM.length; j = i++) {
                if ((northM[i] > n) != (northM[j] > n)
                        && e < (eastM[j] - eastM[i]) * (n - northM[i]) / (northM[j] - northM[i]) + eastM[i]) {
                    inside = !inside;
                }
            }
            return inside;
        }

        @Override
        public double centreEastM() {
            double s = 0;
            for (double v : eastM) {
                s += v;
            }
            return s / eastM.length;
        }

        @Override
        public double centreNorthM() {
            double s = 0;
            for (double v : northM) {
                s += v;
            }
            return s / northM.length;
        }

        @Override
        public double boundingRadiusM() {
            double ce = centreEastM();
            double cn = centreNorthM();
            double r = 0;
            for (int i = 0; i < eastM.length; i++) {
                r = Math.max(r, Math.hypot(eastM[i] - ce, northM[i] - cn));
            }
            return r;
        }

        @Override
        public double[] extentAlong(double originEastM, double originNorthM, double dirE, double dirN) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < eastM.length; i++) {
                double t = (eastM[i] - originEastM) * dirE + (northM[i] - originNorthM) * dirN;
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
            return new double[] {lo, hi};
        }

        @Override
        public double[] crossings(double originEastM, double originNorthM, double dirE, double dirN) {
            double[] t = new double[eastM.length];
            int count = 0;
            for (int i = 0, j = eastM.length - 1; i < eastM.length; j = i++) {
                // signed distances of the edge's ends from the line (half-open rule, as in contains)
                double si = -(eastM[i] - originEastM) * dirN + (northM[i] - originNorthM) * dirE;
                double sj = -(eastM[j] - originEastM) * dirN + (northM[j] - originNorthM) * dirE;
                if ((si > 0) != (sj > 0)) {
                    double f = si / (si - sj);
                    double e = eastM[i] + f * (eastM[j] - eastM[i]);
                    double n = northM[i] + f * (northM[j] - northM[i]);
                    t[count++] = (e - originEastM) * dirE + (n - originNorthM) * dirN;
                }
            }
            double[] out = Arrays.copyOf(t, count);
            Arrays.sort(out);
            return out;
        }

        @Override
        public double[] azimuthExtentRad(double fromEastM, double fromNorthM) {
            if (contains(fromEastM, fromNorthM)) {
                return new double[] {-Math.PI, Math.PI};
            }
            double centreAz = Math.atan2(centreEastM() - fromEastM, centreNorthM() - fromNorthM);
            double lo = 0;
            double hi = 0;
            for (int i = 0; i < eastM.length; i++) {
                double az = Math.atan2(eastM[i] - fromEastM, northM[i] - fromNorthM);
                double rel = Units.wrapPi(az - centreAz);
                lo = Math.min(lo, rel);
                hi = Math.max(hi, rel);
            }
            return new double[] {lo, hi};
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ring r && Arrays.equals(r.eastM, eastM) && Arrays.equals(r.northM, northM);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(eastM) + Arrays.hashCode(northM);
        }

        @Override
        public String toString() {
            return "Ring" + Arrays.toString(eastM) + Arrays.toString(northM);
        }
    }
}
