package io.steeldome.sim.realdata;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the ADS-B CSV files of shared/data/adsb: {@code time} (Unix s), {@code lat}, {@code lon} (deg) and
 * {@code altitude_m} are used. Rows that repeat the previous position (no new position message) and rows without an
 * altitude are skipped; anything else that is not a number is an error naming the file and line.
 */
public final class AdsbCsv {
    private static final List<String> REQUIRED = List.of("time", "lat", "lon", "altitude_m");

    private AdsbCsv() {}

    public static AdsbFlight read(Path file) {
        String name = file.getFileName().toString();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString(), name.replaceFirst("\\.csv$", ""));
        } catch (IOException e) {
            throw new SteeldomeException(e, RealDataError.UNREADABLE, file, e.getMessage());
        }
    }

    static AdsbFlight parse(BufferedReader r, String source, String name) throws IOException {
        String header = r.readLine();
        List<String> cols = header == null ? List.of() : Arrays.asList(header.split(",", -1));
        int[] idx = new int[REQUIRED.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = cols.indexOf(REQUIRED.get(k));
            if (idx[k] < 0) {
                throw new SteeldomeException(RealDataError.MISSING_COLUMN, source, REQUIRED.get(k), REQUIRED);
            }
        }
        List<AdsbSample> samples = new ArrayList<>();
        String line;
        int lineNo = 1;
        double lastTime = Double.NEGATIVE_INFINITY;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (field(f, idx[3]).isEmpty()) {
                continue; // no altitude in this report
            }
            double t = number(f, idx[0], "time", source, lineNo);
            double lat = number(f, idx[1], "lat", source, lineNo);
            double lon = number(f, idx[2], "lon", source, lineNo);
            double h = number(f, idx[3], "altitude_m", source, lineNo);
            if (t < lastTime) {
                throw new SteeldomeException(RealDataError.TIME_BACKWARDS, source, lineNo, t, lastTime);
            }
            lastTime = t;
            GeodeticPoint p = GeodeticPoint.ofDegrees(lat, lon, h);
            if (!samples.isEmpty()) {
                AdsbSample prev = samples.get(samples.size() - 1);
                boolean samePlace = prev.position().latRad() == p.latRad()
                        && prev.position().lonRad() == p.lonRad();
                if (samePlace || t == prev.timeS()) {
                    continue; // a repeated report carries no new position
                }
            }
            samples.add(new AdsbSample(t, p));
        }
        return new AdsbFlight(name, samples);
    }

    private static String field(String[] f, int i) {
        return i < f.length ? f[i].trim() : "";
    }

    private static double number(String[] f, int i, String column, String source, int lineNo) {
        String s = field(f, i);
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the location
        }
        throw new SteeldomeException(RealDataError.BAD_VALUE, source, lineNo, column, s);
    }
}
