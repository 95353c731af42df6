package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdsbCommandTest {
    @Test
    void writesReportAndScanTable(@TempDir Path tmp) throws Exception {
        // A level flight heading east at ~200 m/s, one report every 10 s.
        StringBuilder csv = new StringBuilder("time,lat,lon,altitude_m\n");
        for (int k = 0; k < 60; k++) {
            csv.append(String.format(Locale.ROOT, "%d,39.5,%.6f,9000%n", 1000 + 10 * k, 33.0 + k * 0.0234));
        }
        Path flight = tmp.resolve("east.csv");
        Files.writeString(flight, csv);
        Path out = tmp.resolve("out");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = SteeldomeCli.execute(
                new String[] {"adsb", flight.toString(), "--out", out.toString()},
                new PrintWriter(o, true),
                new PrintWriter(e, true));
        assertThat(code).as(e.toString()).isZero();
        assertThat(Files.readString(out.resolve("adsb_report.html"))).contains("<table id=\"rmse\"", "east");
        assertThat(Files.readAllLines(out.resolve("adsb_scans.csv")))
                .first()
                .asString()
                .startsWith("flight,tracker,time_s");
        assertThat(o.toString()).contains("RMSE", "adsb_report.html");
    }

    @Test
    void badFlightFileIsAUserError(@TempDir Path tmp) throws Exception {
        Path flight = tmp.resolve("bad.csv");
        Files.writeString(flight, "time,lat,lon\n1,2,3\n");
        StringWriter e = new StringWriter();
        int code = SteeldomeCli.execute(
                new String[] {
                    "adsb", flight.toString(), "--out", tmp.resolve("o").toString()
                },
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(e, true));
        assertThat(code).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(e.toString()).contains("altitude_m").doesNotContain("\tat ");
    }
}
