package io.steeldome.cli.command;

import io.steeldome.core.error.ErrorCode;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.CoverageSite;
import io.steeldome.core.terrain.Crs;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code sites.csv} for {@code steeldome coverage}: header {@code id,lat,lon,height_m} (WGS-84 degrees) or
 * {@code id,x,y,height_m} (the DEM's CRS); {@code height_m} is the mast height above ground. Errors name
 * file:line and the fix.
 */
final class SitesCsv {
    enum Error implements ErrorCode {
        BAD("{0}:{1}: {2}");

        private final String template;

        Error(String template) {
            this.template = template;
        }

        @Override
        public String template() {
            return template;
        }
    }

    private SitesCsv() {}

    static List<CoverageSite> read(Path file, Crs demCrs) throws IOException {
        List<CoverageSite> sites = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            String header = r.readLine();
            if (header == null) {
                throw bad(file, 1, "empty file; expected header id,lat,lon,height_m or id,x,y,height_m");
            }
            String h = header.strip().replace(" ", "");
            boolean geodetic;
            if (h.equals("id,lat,lon,height_m")) {
                geodetic = true;
            } else if (h.equals("id,x,y,height_m")) {
                geodetic = false;
            } else {
                throw bad(file, 1, "header is '" + header + "'; expected id,lat,lon,height_m or id,x,y,height_m");
            }
            int lineNo = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 4) {
                    throw bad(file, lineNo, "expected 4 columns, got " + f.length);
                }
                String id = f[0].strip();
                if (id.isEmpty() || !ids.add(id)) {
                    throw bad(file, lineNo, id.isEmpty() ? "empty id" : "duplicate id '" + id + "'");
                }
                double a = number(file, lineNo, f[1], geodetic ? "lat" : "x");
                double b = number(file, lineNo, f[2], geodetic ? "lon" : "y");
                double mast = number(file, lineNo, f[3], "height_m");
                if (mast < 0) {
                    throw bad(file, lineNo, "height_m must be >= 0 (mast height above ground), got " + mast);
                }
                if (geodetic) {
                    if (Math.abs(a) > 90 || Math.abs(b) > 180) {
                        throw bad(file, lineNo, "lat must be in [-90, 90] and lon in [-180, 180] degrees");
                    }
                    sites.add(CoverageSite.at(id, GeodeticPoint.ofDegrees(a, b, 0), mast, demCrs));
                } else {
                    sites.add(new CoverageSite(id, a, b, mast));
                }
            }
        }
        if (sites.isEmpty()) {
            throw bad(file, 2, "no sites");
        }
        return List.copyOf(sites);
    }

    private static double number(Path file, int line, String s, String column) {
        try {
            double v = Double.parseDouble(s.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(file, line, column + " '" + s.strip() + "' is not a finite number");
        }
    }

    private static SteeldomeException bad(Path file, int line, String what) {
        return new SteeldomeException(Error.BAD, file, line, what);
    }
}
