package io.steeldome.border.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.BorderError;
import io.steeldome.border.geometry.BorderLine;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BorderGeoJsonTest {
    static String coords(List<GeodeticPoint> pts) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < pts.size(); i++) {
            b.append(i == 0 ? "" : ",")
                    .append(String.format(
                            Locale.ROOT,
                            "[%.17g,%.17g]",
                            pts.get(i).lonDeg(),
                            pts.get(i).latDeg()));
        }
        return b.append("]").toString();
    }

    @Test
    void readsTheBundledFileFromDisk(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("turkey_iran.geojson");
        try (var in = BorderGeoJson.class.getResourceAsStream("turkey_iran.geojson")) {
            Files.write(f, in.readAllBytes());
        }
        List<BorderLine> lines = BorderGeoJson.read(f);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).id()).isEqualTo("turkey_iran");
        assertThat(lines.get(0).lengthM()).isCloseTo(440_516, within(1.0));
    }

    /**
     * Natural Earth stores a border as MultiLineString pieces in no particular order or direction: cut the real line
     * into pieces, shuffle and reverse some (seeded), and the reader joins them back into one line of the same length.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void multiLineStringPiecesAreChainedBack(long seed) {
        BorderLine ti = BorderGeoJson.turkeyIran();
        List<GeodeticPoint> v = ti.vertices();
        List<List<GeodeticPoint>> parts = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(seed);
        int start = 0;
        while (start < v.size() - 1) {
            int end = Math.min(v.size() - 1, start + 5 + r.nextInt(20));
            List<GeodeticPoint> p = new ArrayList<>(v.subList(start, end + 1));
            if (r.nextBoolean()) {
                Collections.reverse(p);
            }
            parts.add(p);
            start = end;
        }
        Collections.shuffle(parts, new java.util.Random(seed));
        StringBuilder json = new StringBuilder("{\"type\":\"MultiLineString\",\"coordinates\":[");
        for (int k = 0; k < parts.size(); k++) {
            json.append(k == 0 ? "" : ",").append(coords(parts.get(k)));
        }
        json.append("]}");
        List<BorderLine> lines = BorderGeoJson.parse(json.toString(), "pieces.geojson");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).lengthM()).isCloseTo(ti.lengthM(), within(1e-3));
        assertThat(lines.get(0).vertices()).hasSize(v.size());
    }

    @Test
    void collectionsGiveOneLinePerFeatureAndDisjointPartsStaySeparate() {
        String json = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"a\"},\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[44,38],[44.1,38.1]]}},"
                + "{\"type\":\"Feature\",\"id\":\"b\",\"properties\":{},\"geometry\":{\"type\":\"MultiLineString\","
                + "\"coordinates\":[[[44,39],[44.1,39.1]],[[45,39],[45.1,39.1,1200]]]}}]}";
        List<BorderLine> lines = BorderGeoJson.parse(json, "x.geojson");
        assertThat(lines).extracting(BorderLine::id).containsExactly("a", "b#1", "b#2");
        // [lon, lat]: the first line starts at 38 N 44 E.
        assertThat(lines.get(0).vertices().get(0).latDeg()).isCloseTo(38, within(1e-12));
        assertThat(lines.get(0).vertices().get(0).lonDeg()).isCloseTo(44, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"type\":\"LineString\",\"coordinates\":[[44,38],[44.1,38.1]|line 1, column",
                "{\"type\":\"Polygon\",\"coordinates\":[]}|/type",
                "{\"type\":\"LineString\",\"coordinates\":[[44,38],[44.1,\"x\"]]}|/coordinates/1",
                "{\"type\":\"LineString\",\"coordinates\":[[38,144],[38.1,144.1]]}|/coordinates/0",
                "{\"type\":\"LineString\",\"coordinates\":[[44,38]]}|/coordinates",
                "{\"type\":\"LineString\",\"coordinates\":[[44,38],[44,38]]}|/coordinates",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null}]}"
                        + "|/features/0/geometry",
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiLineString\",\"coordinates\":[[[44,38],[44,39]],7]}}"
                        + "|/geometry/coordinates/1",
                "[1,2]|/"
            })
    void errorsSayWhere(String json, String where) {
        assertThatThrownBy(() -> BorderGeoJson.parse(json, "bad.geojson"))
                .isInstanceOf(SteeldomeException.class)
                .satisfies(e -> {
                    SteeldomeException s = (SteeldomeException) e;
                    assertThat(s.code()).isEqualTo(BorderError.BAD_GEOJSON);
                    assertThat(s.getMessage()).startsWith("bad.geojson: ").contains(where);
                });
    }

    @Test
    void latitudeOutOfRangeHintsAtTheAxisOrder() {
        assertThatThrownBy(() -> BorderGeoJson.parse(
                        "{\"type\":\"LineString\",\"coordinates\":[[38,144],[38.1,144.1]]}", "swapped.geojson"))
                .hasMessageContaining("[longitude, latitude]");
    }

    @Test
    void unreadableFileIsATypedError(@TempDir Path dir) {
        assertThatThrownBy(() -> BorderGeoJson.read(dir.resolve("missing.geojson")))
                .isInstanceOf(SteeldomeException.class)
                .extracting(e -> ((SteeldomeException) e).code())
                .isEqualTo(BorderError.UNREADABLE);
    }
}
