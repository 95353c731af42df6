package io.steeldome.sim.trackfile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Splits an anchor scenario ({@code scan,time_s,kind,target_id,x_m,y_m}, see anchors/tracking/PROVENANCE.md) into a
 * measurements file (meas and clutter rows, without kind) and a truth file, like tools/split_scenario.py (which also
 * shuffles the detections within a scan; the scenario's order is already random).
 */
final class AnchorScenario {
    record Split(Path measurements, Path truth) {}

    private AnchorScenario() {}

    static Split split(String resource, Path dir) {
        Path m = dir.resolve("M.csv");
        Path g = dir.resolve("G.csv");
        try (InputStream raw = AnchorScenario.class.getResourceAsStream("/anchors/tracking/" + resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    Writer mw = Files.newBufferedWriter(m);
                    Writer gw = Files.newBufferedWriter(g)) {
                if (!"scan,time_s,kind,target_id,x_m,y_m".equals(r.readLine())) {
                    throw new IllegalStateException("unexpected header in " + resource);
                }
                mw.write("scan,time_s,x_m,y_m\n");
                gw.write("scan,time_s,target_id,x_m,y_m\n");
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] f = line.split(",");
                    if (f[2].equals("truth")) {
                        gw.write(String.join(",", f[0], f[1], f[3], f[4], f[5]) + "\n");
                    } else {
                        mw.write(String.join(",", f[0], f[1], f[4], f[5]) + "\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Split(m, g);
    }
}
