package io.steeldome.interop.asterix;

import static io.steeldome.interop.asterix.AsterixReferenceTest.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.interop.asterix.Spec.Compound;
import io.steeldome.interop.asterix.Spec.Element;
import io.steeldome.interop.asterix.Spec.Explicit;
import io.steeldome.interop.asterix.Spec.Extended;
import io.steeldome.interop.asterix.Spec.Group;
import io.steeldome.interop.asterix.Spec.Part;
import io.steeldome.interop.asterix.Spec.Repetitive;
import io.steeldome.interop.asterix.Spec.Sub;
import io.steeldome.interop.asterix.Spec.Variation;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property test over every bundled edition: records built from the spec with random bits everywhere (values, spares,
 * text, Mode S registers) and consistent structure (FSPECs, FX, repetition factors, explicit lengths) must decode
 * without error and re-encode byte for byte, directly and through the JSON text.
 */
class AsterixRandomRecordTest {
    static Stream<Arguments> editions() {
        return AsterixCatalog.BUNDLED.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(ed -> Arguments.of(e.getKey(), ed)));
    }

    @ParameterizedTest
    @MethodSource("editions")
    void randomRecordsRoundTrip(int cat, String edition) {
        AsterixCatalog catalog = AsterixCatalog.of(Map.of(cat, edition));
        AsterixDecoder decoder = new AsterixDecoder(catalog);
        AsterixEncoder encoder = new AsterixEncoder(catalog);
        SplittableRandom rnd = new SplittableRandom(cat * 1000L + edition.hashCode());
        Spec.Category spec = catalog.category(cat);
        for (int n = 0; n < 400; n++) {
            byte[] rec = record(spec, rnd);
            byte[] block = new byte[rec.length + 3];
            block[0] = (byte) cat;
            block[1] = (byte) (block.length >>> 8);
            block[2] = (byte) block.length;
            System.arraycopy(rec, 0, block, 3, rec.length);
            DecodeResult r = decoder.decode(block);
            assertThat(r.errors())
                    .as("record %s", ItemCodec.hex(rec, 0, rec.length))
                    .isEmpty();
            AsterixRecord back = r.records().get(0);
            assertThat(AsterixEncoder.encode(back)).isEqualTo(rec);
            var json = JSON.readTree(AsterixJson.toJson(back).toString());
            assertThat(encoder.encodeBlocks(List.of(json))).isEqualTo(block);
        }
    }

    private static byte[] record(Spec.Category spec, SplittableRandom rnd) {
        Bits.Writer w = new Bits.Writer();
        List<Sub> uap = spec.uap();
        boolean[] present = new boolean[uap.size()];
        int last = -1;
        for (int i = 0; i < uap.size(); i++) {
            if (uap.get(i) != null && rnd.nextInt(3) != 0) {
                present[i] = true;
                last = i;
            }
        }
        if (last < 0) {
            present[0] = true;
            last = 0;
        }
        fspec(w, present, last);
        for (int i = 0; i <= last; i++) if (present[i]) variation(uap.get(i).variation(), w, rnd);
        return w.toBytes();
    }

    private static void fspec(Bits.Writer w, boolean[] present, int last) {
        int octets = last / 7 + 1;
        for (int o = 0; o < octets; o++) {
            int v = 0;
            for (int b = 0; b < 7; b++) if (o * 7 + b < present.length && present[o * 7 + b]) v |= 0x80 >>> b;
            w.write(o < octets - 1 ? v | 1 : v, 8);
        }
    }

    private static void variation(Variation v, Bits.Writer w, SplittableRandom rnd) {
        switch (v) {
            case Element e -> bits(e.bits(), w, rnd);
            case Group g -> bits(g.bits(), w, rnd);
            case Extended x -> {
                int k = 1 + rnd.nextInt(x.extents().size());
                for (int i = 0; i < k; i++) {
                    int n = 0;
                    for (Part p : x.extents().get(i)) n += p.bits();
                    bits(n, w, rnd);
                    w.write(i < k - 1 ? 1 : 0, 1);
                }
            }
            case Repetitive r -> {
                int k = r.counterBytes() > 0 ? rnd.nextInt(4) : 1 + rnd.nextInt(3);
                if (r.counterBytes() > 0) w.write(k, 8 * r.counterBytes());
                for (int i = 0; i < k; i++) {
                    bits(r.elementBits(), w, rnd);
                    if (r.counterBytes() == 0) w.write(i < k - 1 ? 1 : 0, 1);
                }
            }
            case Explicit x -> {
                int len = 1 + rnd.nextInt(5);
                w.write(len, 8);
                bits(8 * (len - 1), w, rnd);
            }
            case Compound c -> {
                List<Sub> slots = c.slots();
                boolean[] p = new boolean[slots.size()];
                int last = -1;
                for (int i = 0; i < slots.size(); i++) {
                    if (slots.get(i) != null && (rnd.nextBoolean() || last < 0 && i == slots.size() - 1)) {
                        p[i] = true;
                        last = i;
                    }
                }
                fspec(w, p, last);
                for (int i = 0; i <= last; i++) if (p[i]) variation(slots.get(i).variation(), w, rnd);
            }
        }
    }

    private static void bits(int n, Bits.Writer w, SplittableRandom rnd) {
        for (int i = 0; i < n; i++) w.write(rnd.nextInt(2), 1);
    }
}
