package io.steeldome.interop.asterix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes the CroatiaControl asterix sample files and compares with that decoder's recorded output (see
 * src/test/resources/asterix/PROVENANCE.md): every reference value must be matched (ratio 1.0 of
 * /work/shared/tools/asterix_compare.py, ported in {@link ReferenceCompare}), record bytes and lengths must agree (the
 * reference's "crc" field is not a standard CRC-32 and is not checked).
 */
class AsterixReferenceTest {
    static final AsterixDecoder DECODER = AsterixDecoder.withDefaults();
    static final JsonMapper JSON = JsonMapper.shared();

    static byte[] resource(String name) throws IOException {
        try (InputStream in = AsterixReferenceTest.class.getResourceAsStream("/asterix/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static List<JsonNode> jsonLines(String name) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : new String(resource(name), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) out.add(JSON.readTree(line));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "cat048.raw, cat048.raw.decoded.jsonl",
        "cat034.raw, cat034.raw.decoded.jsonl",
        "cat062cat065.raw, cat062cat065.raw.decoded.jsonl",
        "cat_062_065.pcap, cat_062_065.pcap.expected.jsonl"
    })
    void matchesReferenceDecoder(String sample, String reference) throws IOException {
        DecodeResult result = DECODER.decode(resource(sample));
        List<JsonNode> ref = jsonLines(reference);
        assertThat(result.errors()).isEmpty();
        assertThat(result.records()).hasSize(ref.size());
        List<JsonNode> ours = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        for (AsterixRecord r : result.records()) {
            JsonNode j = AsterixJson.toJson(r);
            ours.add(j);
            jsonl.append(j).append('\n');
        }
        // Kept for running the Python comparison tool by hand.
        Path dump = Path.of("target", "asterix-out", sample + ".jsonl");
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, jsonl);
        for (int i = 0; i < ref.size(); i++) {
            AsterixRecord r = result.records().get(i);
            assertThat(r.category()).isEqualTo(ref.get(i).get("cat").asInt());
            assertThat(r.length()).isEqualTo(ref.get(i).get("length").asInt());
            assertThat(r.hex()).isEqualTo(ref.get(i).get("hexdata").asString());
            if (ref.get(i).has("timestamp")) {
                assertThat(ours.get(i).get("timestamp").asDouble())
                        .isEqualTo(ref.get(i).get("timestamp").asDouble());
            }
        }
        ReferenceCompare.Result cmp = ReferenceCompare.compare(ref, ours);
        assertThat(cmp.firstMismatch()).isNull();
        assertThat(cmp.ratio()).isEqualTo(1.0);
        assertThat(cmp.values()).isGreaterThan(10);
    }

    @Test
    void typedAccessorsReadTheCat048Plot() throws IOException {
        AsterixRecord r = DECODER.decode(resource("cat048.raw")).records().get(0);
        assertThat(r.itemIds()).startsWith("I048/010", "I048/140", "I048/020", "I048/040");
        assertThat(r.raw("I048/010", "SAC")).hasValue(25);
        assertThat(r.raw("I048/010", "SIC")).hasValue(201);
        assertThat(r.number("I048/040", "RHO")).hasValue(197.68359375);
        assertThat(r.number("I048/040", "THETA")).hasValue(340.13671875);
        assertThat(r.number("I048/140")).hasValue(27354.6015625);
        assertThat(r.number("I048/090", "FL")).hasValue(330.0);
        assertThat(r.text("I048/070", "MODE3A")).hasValue("1000");
        assertThat(r.text("I048/220")).hasValue("3C660C");
        assertThat(r.text("I048/240")).hasValue("DLH65A  ");
        assertThat(r.number("I048/250", "0", "BDS40", "MCP_ALT")).hasValue(33008.0);
        assertThat(r.number("I048/200", "GSP")).hasValue(434.3994140625);
        assertThat(r.number("I048/999")).isEmpty();
    }
}
