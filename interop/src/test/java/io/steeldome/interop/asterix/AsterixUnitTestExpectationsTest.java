package io.steeldome.interop.asterix;

import static io.steeldome.interop.asterix.AsterixReferenceTest.DECODER;
import static io.steeldome.interop.asterix.AsterixReferenceTest.JSON;
import static io.steeldome.interop.asterix.AsterixReferenceTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The assertions of the reference project's Python unit tests (test_parse.py, extracted into *.expected.json): exact
 * binary values. Our field names are asterix-specs names, the reference's are its own (TId vs the unnamed I240
 * element), so each expected value must be found among the values of the same item (or same sub-item, for paths
 * into compound items), equal to within 1e-12 relative (one ULP-level difference from a different order of the
 * scale multiplication).
 */
class AsterixUnitTestExpectationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"cat048.raw", "cat062cat065.raw"})
    void unitTestAssertionsHold(String sample) throws IOException {
        byte[] in = resource(sample);
        DecodeResult r = DECODER.decode(in);
        JsonNode doc = JSON.readTree(resource(sample + ".expected.json"));
        int checked = 0;
        for (JsonNode test : doc.get("tests")) {
            for (JsonNode check : test.get("checks")) {
                JsonNode path = check.get("path");
                String head = path.get(0).asString("");
                if (head.equals("len(packet)")) {
                    assertThat(r.records()).hasSize(check.get("expected").asInt());
                } else if (head.equals("len(data)")) {
                    assertThat(in.length).isEqualTo(check.get("expected").asInt());
                } else {
                    AsterixRecord rec = r.records().get(path.get(0).asInt());
                    if (check.has("contains_key")) {
                        String key = check.get("contains_key").asString();
                        if (key.startsWith("I"))
                            assertThat(rec.has(itemId(rec, key))).isTrue();
                        continue;
                    }
                    if (path.size() == 2 && !path.get(1).asString("").startsWith("I")) {
                        switch (path.get(1).asString()) {
                            case "category" ->
                                assertThat(rec.category())
                                        .isEqualTo(check.get("expected").asInt());
                            case "len" ->
                                assertThat(rec.length())
                                        .isEqualTo(check.get("expected").asInt());
                            default -> {} // crc: not a standard CRC; ts: wall clock
                        }
                        continue;
                    }
                    String last = path.get(path.size() - 1).asString("");
                    if (last.equals("desc") || last.equals("meaning")) continue; // documentation text
                    checkValues(rec, path, check.get("expected"));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    private static String itemId(AsterixRecord rec, String refKey) {
        return String.format("I%03d/%s", rec.category(), refKey.substring(1));
    }

    private static void checkValues(AsterixRecord rec, JsonNode path, JsonNode expected) {
        String id = itemId(rec, path.get(1).asString());
        JsonNode ours = AsterixJson.toJson(rec).get("items").get(id);
        assertThat(ours).as(id).isNotNull();
        // Descend into our item along reference sub-item names where ours has the same name (compound items).
        for (int i = 2; i < path.size(); i++) {
            JsonNode p = path.get(i);
            if (p.isInt() && ours.isArray()) ours = ours.get(p.asInt());
            else if (ours.isObject() && ours.has(p.asString(""))) ours = ours.get(p.asString());
        }
        List<JsonNode> want = new ArrayList<>();
        vals(expected, want, path.get(path.size() - 1).asString("").equals("val"));
        List<JsonNode> have = new ArrayList<>();
        ReferenceCompare.leaves(ours, have);
        for (JsonNode w : want) {
            int hit = -1;
            for (int i = 0; i < have.size() && hit < 0; i++) if (exact(w, have.get(i))) hit = i;
            assertThat(hit).as("%s: %s among %s", id, w, ours).isGreaterThanOrEqualTo(0);
            have.remove(hit);
        }
    }

    /** The 'val' leaves of an expectation, skipping FX/spare/reserved (not values) as the comparison tool does. */
    private static void vals(JsonNode x, List<JsonNode> out, boolean isVal) {
        if (isVal) {
            out.add(x);
            return;
        }
        Map<String, JsonNode> m = new LinkedHashMap<>();
        x.properties().forEach(e -> m.put(e.getKey(), e.getValue()));
        for (Map.Entry<String, JsonNode> e : m.entrySet()) {
            if (List.of("FX", "spare", "res1", "res2").contains(e.getKey())) continue;
            JsonNode v = e.getValue();
            if (v.isObject() && v.has("val")) out.add(v.get("val"));
            else if (v.isObject()) vals(v, out, false);
        }
    }

    private static boolean exact(JsonNode w, JsonNode h) {
        if (w.isNumber()) {
            return h.isNumber() && Math.abs(w.asDouble() - h.asDouble()) <= 1e-12 * Math.max(1, Math.abs(w.asDouble()));
        }
        return h.isString() && w.asString().equals(h.asString());
    }
}
