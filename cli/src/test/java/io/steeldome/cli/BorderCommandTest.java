package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.io.BorderGeoJson;
import io.steeldome.core.geo.GeodeticPoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code steeldome border plan} end to end on a 25 km piece of the real Turkey-Iran line (200-225 km from the Iraq tripoint), on synthetic terrain. */
class BorderCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** The Natural Earth line from 200 to 225 km along it, as a GeoJSON LineString. */
    private static Path pieceOfTheBorder(Path dir) throws IOException {
        List<GeodeticPoint> pts = BorderGeoJson.turkeyIran().subLine(200_000, 225_000);
        String coords = pts.stream()
                .map(p -> String.format(Locale.ROOT, "[%.7f,%.7f]", p.lonDeg(), p.latDeg()))
                .collect(Collectors.joining(","));
        Path f = dir.resolve("piece.geojson");
        Files.writeString(f, "{\"type\":\"LineString\",\"coordinates\":[" + coords + "]}");
        return f;
    }

    @Test
    void planWritesSitesCoverageAndPlanWithBoundGapAndBaseline(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("plan");
        Result r = run(
                "border",
                "plan",
                "--border",
                pieceOfTheBorder(dir).toString(),
                "--stations",
                "3",
                "--zone-depth-m",
                "5000",
                "--seed",
                "7",
                "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("25.0 km", "SYNTHETIC", "upper bound", "baseline");

        JsonNode plan = JSON.readTree(out.resolve("plan.json").toFile());
        double covered = plan.get("coveredFraction").asDouble();
        double bound = plan.get("upperBound").asDouble();
        assertThat(covered).isBetween(0.0, 1.0);
        assertThat(bound).isGreaterThanOrEqualTo(covered - 1e-12).isLessThanOrEqualTo(1.0 + 1e-12);
        assertThat(plan.get("gap").asDouble()).isGreaterThanOrEqualTo(0.0);
        // the optimised plan is at least as good as three equally spaced radar towers (same number of stations)
        assertThat(covered)
                .isGreaterThanOrEqualTo(plan.get("baselineCoveredFraction").asDouble() - 1e-12);
        assertThat(plan.get("terrain").get("synthetic").asBoolean()).isTrue();

        JsonNode sites = JSON.readTree(out.resolve("sites.geojson").toFile());
        assertThat(sites.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(sites.get("features").size()).isBetween(1, 3);
        for (JsonNode f : sites.get("features")) {
            JsonNode c = f.get("geometry").get("coordinates");
            assertThat(f.get("geometry").get("type").asString()).isEqualTo("Point");
            // RFC 7946 order: longitude (about 44 E here) first, then latitude (the line spans 37.1-39.6 N)
            assertThat(c.get(0).asDouble()).isBetween(43.5, 45.5);
            assertThat(c.get(1).asDouble()).isBetween(36.5, 40.0);
        }
        assertThat(out.resolve("coverage.geojson")).isNotEmptyFile();
        assertThat(out.resolve("coverage.png")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("report.html"))).contains("SYNTHETIC");
    }

    @Test
    void planNeedsALimitAndKnownTypes(@TempDir Path dir) {
        Result none = run("border", "plan", "--border", "turkey-iran", "--out", dir.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--stations N, --budget X or both");

        Result type = run(
                "border",
                "plan",
                "--border",
                "turkey-iran",
                "--stations",
                "2",
                "--types",
                "drone",
                "--out",
                dir.toString());
        assertThat(type.code()).isEqualTo(2);
        assertThat(type.err()).contains("unknown type 'drone'");
    }

    @Test
    void aMissingBorderFileIsATypedError(@TempDir Path dir) {
        Result r = run(
                "border",
                "plan",
                "--border",
                dir.resolve("nope.geojson").toString(),
                "--stations",
                "2",
                "--out",
                dir.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("nope.geojson");
    }
}
