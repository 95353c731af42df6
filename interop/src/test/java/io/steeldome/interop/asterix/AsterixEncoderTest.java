package io.steeldome.interop.asterix;

import static io.steeldome.interop.asterix.AsterixReferenceTest.DECODER;
import static io.steeldome.interop.asterix.AsterixReferenceTest.JSON;
import static io.steeldome.interop.asterix.AsterixReferenceTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Encoding: decode, JSON text, encode must give back the sample bytes exactly. */
class AsterixEncoderTest {
    private final AsterixEncoder encoder = new AsterixEncoder(DECODER.catalog());

    @ParameterizedTest
    @ValueSource(strings = {"cat048.raw", "cat034.raw", "cat062cat065.raw"})
    void jsonTextRoundTripReproducesTheFileByteForByte(String sample) throws IOException {
        byte[] in = resource(sample);
        DecodeResult r = DECODER.decode(in);
        assertThat(r.errors()).isEmpty();
        List<JsonNode> lines = new ArrayList<>();
        for (AsterixRecord rec : r.records()) {
            // Through the JSON text, as the CLI does: numbers must survive printing and parsing.
            lines.add(JSON.readTree(AsterixJson.toJson(rec).toString()));
        }
        assertThat(encoder.encodeBlocks(lines)).isEqualTo(in);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cat048.raw", "cat034.raw", "cat062cat065.raw", "cat_062_065.pcap"})
    void everyRecordReEncodesToItsBytes(String sample) throws IOException {
        for (AsterixRecord rec : DECODER.decode(resource(sample)).records()) {
            assertThat(AsterixEncoder.encode(rec)).isEqualTo(rec.bytes());
        }
    }

    @Test
    void scaledValuesAreRoundedToTheNearestLsb() throws IOException {
        AsterixRecord rec = DECODER.decode(resource("cat048.raw")).records().get(0);
        ObjectNode items = (ObjectNode) AsterixJson.toJson(rec).get("items");
        // RHO LSB is 1/256 NM: 197.685 NM is 50607.36 LSB, rounds to 50607 = 197.68359375 NM.
        ((ObjectNode) items.get("I048/040")).put("RHO", 197.685);
        assertThat(encoder.encodeRecord(48, items)).isEqualTo(rec.bytes());
    }

    @Test
    void minimalJsonEncodesAndDecodesBack() {
        ObjectNode items = JSON.createObjectNode();
        items.putObject("I048/010").put("SAC", 1).put("SIC", 2);
        items.put("I048/140", 3600.5);
        items.putObject("I048/040").put("RHO", 10.0).put("THETA", 90.0);
        items.putObject("I048/070").put("V", 0).put("G", 0).put("L", 0).put("MODE3A", "7500");
        items.put("I048/240", "TEST1");
        byte[] rec = encoder.encodeRecord(48, items);
        // FSPEC: FRN 1,2,4,5 in octet 1 (0xD9 | FX), FRN 9 in octet 2 (0x40).
        assertThat(rec[0] & 0xFF).isEqualTo(0xD9);
        assertThat(rec[1] & 0xFF).isEqualTo(0x40);
        byte[] block = new byte[rec.length + 3];
        block[0] = 48;
        block[2] = (byte) block.length;
        System.arraycopy(rec, 0, block, 3, rec.length);
        AsterixRecord back = DECODER.decode(block).records().get(0);
        assertThat(back.number("I048/140")).hasValue(3600.5);
        assertThat(back.number("I048/040", "THETA")).hasValue(90.0);
        assertThat(back.text("I048/070", "MODE3A")).hasValue("7500");
        assertThat(back.text("I048/240")).hasValue("TEST1   ");
    }

    @Test
    void badValuesAreTypedErrors() {
        ObjectNode items = JSON.createObjectNode();
        items.putObject("I048/010").put("SAC", 256).put("SIC", 2);
        assertThatThrownBy(() -> encoder.encodeRecord(48, items))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("SAC");
        ObjectNode unknown = JSON.createObjectNode();
        unknown.put("I048/999", 1);
        assertThatThrownBy(() -> encoder.encodeRecord(48, unknown))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("I048/999");
        ObjectNode missing = JSON.createObjectNode();
        missing.putObject("I048/010").put("SAC", 1);
        assertThatThrownBy(() -> encoder.encodeRecord(48, missing))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("SIC");
    }
}
