package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The coordinate reference systems terrain rasters may use: WGS-84 geographic (EPSG:4326, x = longitude and y =
 * latitude in degrees) or WGS-84 UTM (EPSG:326zz north, 327zz south; x = easting, y = northing in metres).
 */
public sealed interface Crs permits Crs.Geographic, Crs.Utm {
    int epsg();

    /** Whether x/y are degrees of longitude/latitude (else projected metres). */
    boolean geographic();

    /** x, y in this CRS of a geodetic point (height ignored). */
    double[] fromGeodetic(GeodeticPoint p);

    /** The geodetic point (height {@code hM}) at x, y in this CRS. */
    GeodeticPoint toGeodetic(double x, double y, double hM);

    static Crs ofEpsg(int epsg) {
        if (epsg == 4326) {
            return Geographic.WGS84;
        }
        if (epsg > 32600 && epsg <= 32660) {
            return new Utm(epsg - 32600, true);
        }
        if (epsg > 32700 && epsg <= 32760) {
            return new Utm(epsg - 32700, false);
        }
        throw new SteeldomeException(
                TerrainError.UNSUPPORTED_CRS,
                "EPSG:" + epsg,
                "only EPSG:4326 and WGS-84 UTM (EPSG:32601-32660, 32701-32760) are supported; reproject with"
                        + " gdalwarp -t_srs EPSG:326zz");
    }

    /** WGS-84 longitude/latitude in degrees. */
    record Geographic() implements Crs {
        public static final Geographic WGS84 = new Geographic();

        @Override
        public int epsg() {
            return 4326;
        }

        @Override
        public boolean geographic() {
            return true;
        }

        @Override
        public double[] fromGeodetic(GeodeticPoint p) {
            return new double[] {Math.toDegrees(p.lonRad()), Math.toDegrees(p.latRad())};
        }

        @Override
        public GeodeticPoint toGeodetic(double x, double y, double hM) {
            return GeodeticPoint.ofDegrees(y, x, hM);
        }
    }

    /** WGS-84 UTM zone; projections through proj4j (Krüger series, sub-millimetre within the zone). */
    record Utm(int zone, boolean north) implements Crs {
        private static final CRSFactory CRS_FACTORY = new CRSFactory();
        private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();
        // From PROJ parameter strings, not createFromName("EPSG:..."): that needs the proj4j-epsg registry artefact,
        // which is not on the class path. These strings are the EPSG definitions of 4326 and 326zz/327zz.
        private static final CoordinateReferenceSystem WGS84 =
                CRS_FACTORY.createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs");
        private static final CoordinateReferenceSystem[] NORTH = zones(true);
        private static final CoordinateReferenceSystem[] SOUTH = zones(false);

        public Utm {
            if (zone < 1 || zone > 60) {
                throw new SteeldomeException(TerrainError.UNSUPPORTED_CRS, "UTM zone " + zone, "zones are 1-60");
            }
        }

        /** The zone whose central meridian is nearest {@code lonDeg} (no Norway/Svalbard exceptions). */
        public static Utm containing(double latDeg, double lonDeg) {
            int z = (int) Math.floor((lonDeg + 180) / 6) + 1;
            return new Utm(Math.min(Math.max(z, 1), 60), latDeg >= 0);
        }

        @Override
        public int epsg() {
            return (north ? 32600 : 32700) + zone;
        }

        @Override
        public boolean geographic() {
            return false;
        }

        private static CoordinateReferenceSystem[] zones(boolean north) {
            CoordinateReferenceSystem[] out = new CoordinateReferenceSystem[61];
            for (int z = 1; z <= 60; z++) {
                out[z] = CRS_FACTORY.createFromParameters(
                        "EPSG:" + ((north ? 32600 : 32700) + z),
                        "+proj=utm +zone=" + z + (north ? "" : " +south") + " +datum=WGS84 +units=m +no_defs");
            }
            return out;
        }

        private CoordinateReferenceSystem projected() {
            return (north ? NORTH : SOUTH)[zone];
        }

        @Override
        public double[] fromGeodetic(GeodeticPoint p) {
            CoordinateTransform t = TRANSFORMS.createTransform(WGS84, projected());
            ProjCoordinate out = new ProjCoordinate();
            t.transform(new ProjCoordinate(Math.toDegrees(p.lonRad()), Math.toDegrees(p.latRad())), out);
            return new double[] {out.x, out.y};
        }

        @Override
        public GeodeticPoint toGeodetic(double x, double y, double hM) {
            CoordinateTransform t = TRANSFORMS.createTransform(projected(), WGS84);
            ProjCoordinate out = new ProjCoordinate();
            t.transform(new ProjCoordinate(x, y), out);
            return GeodeticPoint.ofDegrees(out.y, out.x, hM);
        }
    }
}
