package io.steeldome.interop.asterix;

import static io.steeldome.interop.asterix.AsterixReferenceTest.DECODER;
import static io.steeldome.interop.asterix.AsterixReferenceTest.JSON;
import static io.steeldome.interop.asterix.AsterixReferenceTest.jsonLines;
import static io.steeldome.interop.asterix.AsterixReferenceTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.interop.asterix.AsterixDecodeError.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Error handling, editions, Mode S registers and CAT021. */
class AsterixDecoderTest {
    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static byte[] block(int cat, byte[]... records) {
        byte[] body = concat(records);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) cat;
        b[1] = (byte) (b.length >>> 8);
        b[2] = (byte) b.length;
        System.arraycopy(body, 0, b, 3, body.length);
        return b;
    }

    @Test
    void unknownCategoryIsSkippedAndTheStreamContinues() throws IOException {
        byte[] c48 = resource("cat048.raw");
        byte[] in = concat(block(99, new byte[] {1, 2, 3, 4}), c48, block(250), c48);
        DecodeResult r = DECODER.decode(in);
        assertThat(r.records()).hasSize(2);
        assertThat(r.records().get(1).offset()).isEqualTo(7 + 48 + 3 + 3);
        assertThat(r.errors())
                .extracting(AsterixDecodeError::kind, AsterixDecodeError::offset, AsterixDecodeError::category)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_CATEGORY, 0L, 99),
                        org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_CATEGORY, 55L, 250));
    }

    @Test
    void aBrokenRecordLosesTheRestOfItsBlockOnly() throws IOException {
        byte[] c62 = resource("cat062cat065.raw");
        byte[] mutated = c62.clone();
        // Record 1 of the CAT062 block: its I062/390 compound FSPEC (FF E1 00 at offset 138) made to select the
        // spare/undefined sub-items: FF FF FF FF ... runs beyond the 18 defined sub-items.
        int at = HexFormat.of().formatHex(c62).toUpperCase().indexOf("FFE1001964") / 2;
        mutated[at + 1] = (byte) 0xFF;
        mutated[at + 2] = (byte) 0xFF;
        mutated[at + 3] = (byte) 0xFF;
        DecodeResult r = DECODER.decode(mutated);
        assertThat(r.records()).extracting(AsterixRecord::category).containsExactly(62, 65);
        assertThat(r.errors())
                .extracting(AsterixDecodeError::kind)
                .containsExactly(Kind.BAD_ITEM_STRUCTURE, Kind.RECORDS_LOST);
        assertThat(r.errors().get(0).itemId()).contains("I062/390");
        assertThat(r.errors().get(0).offset()).isBetween((long) at, (long) at + 4);
    }

    @Test
    void truncationAndBadLengthsAreTyped() throws IOException {
        byte[] c48 = resource("cat048.raw");
        DecodeResult cut = DECODER.decode(java.util.Arrays.copyOf(c48, 30));
        assertThat(cut.records()).isEmpty();
        assertThat(cut.errors()).extracting(AsterixDecodeError::kind).containsExactly(Kind.TRUNCATED_BLOCK);
        byte[] shortLen = c48.clone();
        shortLen[2] = 30; // LEN 30: the record runs past the block
        DecodeResult s = DECODER.decode(shortLen);
        assertThat(s.errors()).extracting(AsterixDecodeError::kind).startsWith(Kind.TRUNCATED_RECORD);
        assertThat(DECODER.decode(new byte[] {48, 0, 2}).errors())
                .extracting(AsterixDecodeError::kind)
                .containsExactly(Kind.BAD_BLOCK_LENGTH);
        // An FSPEC with FX set in every octet runs past the UAP (28 items = 4 octets).
        DecodeResult fx =
                DECODER.decode(block(48, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1, 0}));
        assertThat(fx.errors()).extracting(AsterixDecodeError::kind).containsExactly(Kind.BAD_FSPEC, Kind.RECORDS_LOST);
        // Explicit item (I048/RE, FRN 28 in the 1.27 UAP) with length 0.
        DecodeResult sp = DECODER.decode(block(48, new byte[] {1, 1, 1, 2, 0}));
        assertThat(sp.errors()).extracting(AsterixDecodeError::kind).startsWith(Kind.BAD_EXPLICIT_LENGTH);
        assertThat(sp.errors().get(0).itemId()).isEqualTo(Optional.of("I048/RE"));
    }

    @ParameterizedTest
    @CsvSource({"48, 1.32, cat048.raw", "34, 1.29, cat034.raw", "62, 1.21, cat062cat065.raw"})
    void newerEditionsDecodeTheSamplesIdentically(int cat, String edition, String sample) throws IOException {
        AsterixDecoder dec = new AsterixDecoder(AsterixCatalog.defaults().withEdition(cat, edition));
        DecodeResult r = dec.decode(resource(sample));
        assertThat(r.errors()).isEmpty();
        List<JsonNode> ours = new ArrayList<>();
        for (AsterixRecord rec : r.records()) ours.add(AsterixJson.toJson(rec));
        ReferenceCompare.Result cmp = ReferenceCompare.compare(jsonLines(sample + ".decoded.jsonl"), ours);
        assertThat(cmp.ratio())
                .as(cmp.firstMismatch() == null ? "" : cmp.firstMismatch())
                .isEqualTo(1.0);
        assertThat(r.records().get(0).edition()).isEqualTo(edition);
    }

    @Test
    void everyBundledEditionCompiles() {
        AsterixCatalog.BUNDLED.forEach((cat, eds) -> eds.forEach(ed ->
                assertThat(AsterixCatalog.of(Map.of(cat, ed)).edition(cat)).contains(ed)));
    }

    /**
     * Comm-B registers from the worked examples of "The 1090 MHz Riddle" (Sun, 2021; also the pyModeS test suite):
     * DF20 A000139381951536E024D4CCF6B5 (BDS 5,0) and A00004128F39F91A7E27C46ADC21 (BDS 6,0). Expected values are the
     * book's: roll 2.1 deg, track 114.258 deg, GS 438 kt, track rate 0.125 deg/s, TAS 424 kt; heading 42.715 deg,
     * IAS 252 kt, Mach 0.42, baro and inertial vertical rates -1920 ft/min.
     */
    @Test
    void modeSRegistersMatchPublishedExamples() {
        AsterixValue.Fields b50 = ModeSRegisters.decode(0x81951536E024D4L, 0x50).orElseThrow();
        assertThat(num(b50, "RA")).isCloseTo(2.1, within(45.0 / 256));
        assertThat(num(b50, "TTA")).isCloseTo(114.258, within(1e-3));
        assertThat(num(b50, "GS")).isEqualTo(438.0);
        assertThat(num(b50, "TAR")).isEqualTo(0.125);
        assertThat(num(b50, "TAS")).isEqualTo(424.0);
        AsterixValue.Fields b60 = ModeSRegisters.decode(0x8F39F91A7E27C4L, 0x60).orElseThrow();
        assertThat(num(b60, "HDG")).isCloseTo(42.715, within(1e-3));
        assertThat(num(b60, "IAS")).isEqualTo(252.0);
        assertThat(num(b60, "MACH")).isCloseTo(0.42, within(1e-9));
        assertThat(num(b60, "BAR")).isEqualTo(-1920.0);
        assertThat(num(b60, "IVV")).isEqualTo(-1920.0);
        assertThat(ModeSRegisters.decode(0, 0x20).orElseThrow().get("BDS")).contains(new AsterixValue.Text("20"));
    }

    private static double num(AsterixValue.Fields f, String name) {
        return ((AsterixValue.Num) f.get(name).orElseThrow()).value();
    }

    /** CAT021 (no sample in the corpus): values through encode and decode, checked against hand-computed bytes. */
    @Test
    void cat021RoundTripsThroughTheSpec() {
        ObjectNode items = JSON.createObjectNode();
        items.putObject("I021/010").put("SAC", 25).put("SIC", 14);
        items.putObject("I021/040").put("ATP", 0).put("ARC", 1).put("RC", 0).put("RAB", 0);
        items.putObject("I021/130").put("LAT", 45.0).put("LON", 15.5);
        items.put("I021/080", "4CA7A8");
        items.put("I021/140", 35000.0); // geometric height, LSB 6.25 ft
        items.put("I021/170", "RYR174C");
        byte[] rec = new AsterixEncoder(DECODER.catalog()).encodeRecord(21, items);
        byte[] in = block(21, rec);
        DecodeResult r = DECODER.decode(in);
        assertThat(r.errors()).isEmpty();
        AsterixRecord back = r.records().get(0);
        assertThat(back.raw("I021/010", "SAC")).hasValue(25);
        // I021/130 LSB 180/2^23 deg: 45 deg = 2097152 LSB exactly.
        assertThat(back.number("I021/130", "LAT")).hasValue(45.0);
        assertThat(back.number("I021/130", "LON").orElseThrow()).isCloseTo(15.5, within(180.0 / (1 << 23)));
        assertThat(back.text("I021/080")).hasValue("4CA7A8");
        assertThat(back.number("I021/140")).hasValue(35000.0);
        assertThat(back.text("I021/170")).hasValue("RYR174C ");
        assertThat(AsterixEncoder.encode(back)).isEqualTo(rec);
        // I021/130 is 2 x 24 bits of 180/2^23 deg: 45 deg -> 0x200000; 15.5 deg -> 722352.36 -> 722352 = 0x0B05B0.
        // I021/140: 35000 ft / 6.25 ft = 5600 = 0x15E0.
        String hex = back.hex();
        assertThat(hex).contains("2000000B05B0").contains("15E0");
    }

    /**
     * I021/260 ACAS RA: the reference decoder's config (asterix_cat021_2_6.xml) names ARA bits 48-42 of the 56-bit
     * field ARA41..ARA47, bits 41-35 ACAS3 and bits 34-31 RAC55..RAC58; those views are added beside ARA and RAC.
     */
    @Test
    void acasResolutionAdvisoryBitsAreAlsoGivenOneByOne() {
        ObjectNode items = JSON.createObjectNode();
        items.putObject("I021/010").put("SAC", 1).put("SIC", 2);
        items.putObject("I021/260")
                .put("TYP", 3)
                .put("STYP", 0)
                .put("ARA", 0b10100000000011)
                .put("RAC", 0b1001)
                .put("RAT", 0)
                .put("MTE", 0)
                .put("TTI", 1)
                .put("TID", 0xABC);
        AsterixRecord r = DECODER.decode(block(21, new AsterixEncoder(DECODER.catalog()).encodeRecord(21, items)))
                .records()
                .get(0);
        assertThat(r.raw("I021/260", "ARA41")).hasValue(1);
        assertThat(r.raw("I021/260", "ARA42")).hasValue(0);
        assertThat(r.raw("I021/260", "ARA43")).hasValue(1);
        assertThat(r.raw("I021/260", "ACAS3")).hasValue(3);
        assertThat(r.raw("I021/260", "RAC55")).hasValue(1);
        assertThat(r.raw("I021/260", "RAC56")).hasValue(0);
        assertThat(r.raw("I021/260", "RAC58")).hasValue(1);
        assertThat(r.raw("I021/260", "TID")).hasValue(0xABC); // the reference prints this 26-bit field as an integer
    }
}
