package io.steeldome.interop.asterix;

import static io.steeldome.interop.asterix.AsterixReferenceTest.DECODER;
import static io.steeldome.interop.asterix.AsterixReferenceTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing over the sample corpus. Each input is a stream of 3-6 sample data blocks with one block
 * mutated (bit flips, byte sets, FX chains, insertion/deletion with or without fixing LEN, LEN corruption, truncation,
 * splicing of two blocks, category change); pcap captures get bit flips and truncation. Asserted for every input: the
 * decoder returns (no exception; errors are typed and located inside the input); records of the blocks before the
 * mutated one decode exactly as without the mutation, and so do the blocks after it whenever the mutation left the
 * block framing intact; every record that decodes re-encodes to its own bytes. Count: system property
 * {@code asterix.fuzz.count} (10^4 by default, 10^6 with {@code -Pfuzz}).
 */
class AsterixFuzzTest {
    private static final long SEED = 20261126L;
    private static final List<byte[]> BLOCKS = new ArrayList<>();
    private static byte[] pcap;

    enum Mutation {
        BIT_FLIP,
        BYTE_SET,
        FX_CHAIN,
        INSERT_FIXED_LEN,
        DELETE_FIXED_LEN,
        INSERT_RAW,
        DELETE_RAW,
        LEN_CORRUPT,
        TRUNCATE,
        SPLICE,
        CATEGORY,
        PCAP
    }

    @BeforeAll
    static void corpus() throws IOException {
        for (String f : List.of("cat048.raw", "cat034.raw", "cat062cat065.raw")) split(resource(f));
        pcap = resource("cat_062_065.pcap");
        // The pcap payload blocks too (other CAT062 tracks), taken from the decoded records' block framing.
        DecodeResult r = DECODER.decode(pcap);
        for (AsterixRecord rec : r.records()) {
            byte[] b = rec.bytes();
            byte[] block = new byte[b.length + 3];
            block[0] = (byte) rec.category();
            block[1] = (byte) (block.length >>> 8);
            block[2] = (byte) block.length;
            System.arraycopy(b, 0, block, 3, b.length);
            BLOCKS.add(block);
        }
    }

    private static void split(byte[] raw) {
        int p = 0;
        while (p + 3 <= raw.length) {
            int len = ((raw[p + 1] & 0xFF) << 8) | (raw[p + 2] & 0xFF);
            BLOCKS.add(Arrays.copyOfRange(raw, p, p + len));
            p += len;
        }
    }

    @Test
    void mutatedInputsGiveTypedErrorsAndSpareTheGoodBlocks() {
        long count = Long.getLong("asterix.fuzz.count", 10_000L);
        Map<Mutation, Integer> seen = new EnumMap<>(Mutation.class);
        long records = 0;
        long errors = 0;
        for (long i = 0; i < count; i++) {
            SplittableRandom rnd = new SplittableRandom(SEED + i * 0x9E3779B97F4A7C15L);
            Mutation m = Mutation.values()[rnd.nextInt(Mutation.values().length)];
            seen.merge(m, 1, Integer::sum);
            try {
                long[] stats = m == Mutation.PCAP ? pcapCase(rnd) : blockCase(m, rnd);
                records += stats[0];
                errors += stats[1];
            } catch (RuntimeException | Error e) {
                throw new AssertionError("input " + i + " (" + m + ") failed: " + e, e);
            }
        }
        assertThat(seen).hasSize(Mutation.values().length);
        assertThat(records).isPositive();
        assertThat(errors).isPositive();
        System.out.printf(
                "asterix fuzz: %d inputs, %d records decoded, %d errors, per mutation %s%n",
                count, records, errors, seen);
    }

    private static long[] blockCase(Mutation m, SplittableRandom rnd) {
        int n = 3 + rnd.nextInt(4);
        List<byte[]> blocks = new ArrayList<>();
        for (int k = 0; k < n; k++) blocks.add(BLOCKS.get(rnd.nextInt(BLOCKS.size())));
        int t = rnd.nextInt(n);
        byte[] orig = blocks.get(t);
        byte[] mut = orig.clone();
        boolean framed = true; // does the mutated block still have LEN == its length?
        int body = mut.length - 3;
        switch (m) {
            case BIT_FLIP -> {
                for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
                    int bit = rnd.nextInt(body * 8);
                    mut[3 + bit / 8] ^= (byte) (0x80 >>> (bit % 8));
                }
            }
            case BYTE_SET -> {
                for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                    int v = switch (rnd.nextInt(3)) {
                        case 0 -> 0;
                        case 1 -> 0xFF;
                        default -> rnd.nextInt(256);
                    };
                    mut[3 + rnd.nextInt(body)] = (byte) v;
                }
            }
            case FX_CHAIN -> {
                int at = 3 + rnd.nextInt(body);
                boolean full = rnd.nextBoolean();
                for (int k = at; k < mut.length && k < at + 1 + rnd.nextInt(12); k++)
                    mut[k] = (byte) (full ? 0xFF : mut[k] | 1);
            }
            case INSERT_FIXED_LEN, INSERT_RAW -> {
                byte[] extra = new byte[1 + rnd.nextInt(8)];
                for (int k = 0; k < extra.length; k++) extra[k] = (byte) rnd.nextInt(256);
                mut = splice(mut, 3 + rnd.nextInt(body + 1), 0, extra);
                if (m == Mutation.INSERT_FIXED_LEN) fixLen(mut);
                else framed = false;
            }
            case DELETE_FIXED_LEN, DELETE_RAW -> {
                int at = 3 + rnd.nextInt(body);
                mut = splice(mut, at, Math.min(1 + rnd.nextInt(8), mut.length - at), new byte[0]);
                if (m == Mutation.DELETE_FIXED_LEN) fixLen(mut);
                else framed = false;
            }
            case LEN_CORRUPT -> {
                int len = rnd.nextBoolean() ? rnd.nextInt(65536) : Math.max(0, mut.length + rnd.nextInt(-8, 9));
                mut[1] = (byte) (len >>> 8);
                mut[2] = (byte) len;
                framed = len == mut.length;
            }
            case TRUNCATE -> {
                mut = Arrays.copyOf(mut, rnd.nextInt(mut.length));
                framed = false;
            }
            case SPLICE -> {
                byte[] other = BLOCKS.get(rnd.nextInt(BLOCKS.size()));
                int cut = 3 + rnd.nextInt(body + 1);
                int from = 3 + rnd.nextInt(other.length - 3 + 1);
                mut = splice(mut, cut, mut.length - cut, Arrays.copyOfRange(other, from, other.length));
                fixLen(mut);
            }
            case CATEGORY -> mut[0] = (byte) rnd.nextInt(256);
            default -> throw new IllegalStateException();
        }
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        int mutStart = 0;
        for (int k = 0; k < n; k++) {
            if (k == t) {
                mutStart = s.size();
                s.writeBytes(mut);
            } else {
                s.writeBytes(blocks.get(k));
            }
        }
        if (m == Mutation.TRUNCATE) {
            // Truncation ends the stream inside the mutated block.
            s = trimmed(s, mutStart + mut.length);
        }
        byte[] input = s.toByteArray();
        DecodeResult r = DECODER.decode(input);
        checkErrors(r, input.length);
        checkRoundTrip(r);
        // Before the mutated block: identical records.
        List<String> expectedBefore = new ArrayList<>();
        List<String> expectedAfter = new ArrayList<>();
        int p = 0;
        for (int k = 0; k < n; k++) {
            for (AsterixRecord rec : k == t
                    ? List.<AsterixRecord>of()
                    : DECODER.decodeBlocks(blocks.get(k)).records()) {
                (k < t ? expectedBefore : expectedAfter)
                        .add(rec.hex() + "@" + (rec.offset() + (k < t ? p : p - orig.length + mut.length)));
            }
            p += blocks.get(k).length;
        }
        List<String> got = new ArrayList<>();
        for (AsterixRecord rec : r.records()) got.add(rec.hex() + "@" + rec.offset());
        assertThat(got.subList(0, Math.min(got.size(), expectedBefore.size()))).isEqualTo(expectedBefore);
        if (framed && mut.length >= 3 && m != Mutation.TRUNCATE) {
            assertThat(got.subList(Math.max(0, got.size() - expectedAfter.size()), got.size()))
                    .isEqualTo(expectedAfter);
        }
        return new long[] {r.records().size(), r.errors().size()};
    }

    private static long[] pcapCase(SplittableRandom rnd) {
        byte[] in = pcap.clone();
        int firstTouched;
        if (rnd.nextBoolean()) {
            in = Arrays.copyOf(in, rnd.nextInt(in.length));
            firstTouched = 0; // a packet cut by the end of the file is dropped whole: nothing to compare
        } else {
            firstTouched = in.length;
            for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
                int bit = rnd.nextInt(in.length * 8);
                in[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
                firstTouched = Math.min(firstTouched, bit / 8);
            }
        }
        DecodeResult r = DECODER.decode(in);
        checkErrors(r, in.length);
        checkRoundTrip(r);
        if (firstTouched >= 24) {
            // Datagrams wholly before the first changed byte decode as in the clean capture.
            for (AsterixRecord clean : DECODER.decode(pcap).records()) {
                if (clean.offset() + clean.length() <= firstTouched) {
                    assertThat(r.records()).contains(clean);
                }
            }
        }
        return new long[] {r.records().size(), r.errors().size()};
    }

    private static void checkErrors(DecodeResult r, int length) {
        for (AsterixDecodeError e : r.errors()) {
            assertThat(e.offset()).isBetween(0L, (long) length);
            assertThat(e.kind()).isNotNull();
        }
    }

    private static void checkRoundTrip(DecodeResult r) {
        for (AsterixRecord rec : r.records()) {
            byte[] again = AsterixEncoder.encode(rec);
            if (!Arrays.equals(again, rec.bytes())) {
                fail("re-encoding " + rec.hex() + " gave " + ItemCodec.hex(again, 0, again.length));
            }
        }
    }

    private static byte[] splice(byte[] a, int at, int remove, byte[] insert) {
        byte[] out = new byte[a.length - remove + insert.length];
        System.arraycopy(a, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(a, at + remove, out, at + insert.length, a.length - at - remove);
        return out;
    }

    private static void fixLen(byte[] b) {
        b[1] = (byte) (b.length >>> 8);
        b[2] = (byte) b.length;
    }

    private static ByteArrayOutputStream trimmed(ByteArrayOutputStream s, int len) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(s.toByteArray(), 0, len);
        return out;
    }
}
