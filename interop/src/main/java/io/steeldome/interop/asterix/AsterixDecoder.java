package io.steeldome.interop.asterix;

import io.steeldome.interop.asterix.AsterixDecodeError.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes ASTERIX data blocks, raw or inside a libpcap capture (detected by the pcap magic number). Never throws on
 * malformed input: every problem becomes an {@link AsterixDecodeError} and decoding continues where the framing
 * allows. A block's LEN locates the next block, so a broken record costs at most the rest of its own block; an
 * unknown category costs its block. Stateless and thread-safe.
 */
public final class AsterixDecoder {
    private final AsterixCatalog catalog;

    public AsterixDecoder(AsterixCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** A decoder with {@link AsterixCatalog#defaults()}. */
    public static AsterixDecoder withDefaults() {
        return new AsterixDecoder(AsterixCatalog.defaults());
    }

    public AsterixCatalog catalog() {
        return catalog;
    }

    /** Decodes a file's content: a libpcap capture if it starts with a pcap magic number, else raw data blocks. */
    public DecodeResult decode(byte[] input) {
        List<AsterixRecord> records = new ArrayList<>();
        List<AsterixDecodeError> errors = new ArrayList<>();
        if (PcapReader.isPcap(input)) {
            for (PcapReader.Datagram d : PcapReader.read(input, errors)) {
                decodeBlocks(input, d.from(), d.to(), Optional.of(d.captureTime()), records, errors);
            }
        } else {
            decodeBlocks(input, 0, input.length, Optional.empty(), records, errors);
        }
        return new DecodeResult(records, errors);
    }

    /** Decodes back-to-back data blocks (a raw file or one UDP payload). */
    public DecodeResult decodeBlocks(byte[] data) {
        List<AsterixRecord> records = new ArrayList<>();
        List<AsterixDecodeError> errors = new ArrayList<>();
        decodeBlocks(data, 0, data.length, Optional.empty(), records, errors);
        return new DecodeResult(records, errors);
    }

    /**
     * Decodes the data blocks in {@code data[from, to)}, appending to {@code records} and {@code errors}. Offsets in
     * records and errors are indices into {@code data}.
     */
    public void decodeBlocks(
            byte[] data,
            int from,
            int to,
            Optional<Instant> captureTime,
            List<AsterixRecord> records,
            List<AsterixDecodeError> errors) {
        if (from < 0 || to > data.length || from > to) {
            errors.add(new AsterixDecodeError(Kind.TRUNCATED_BLOCK, from, -1, Optional.empty(), "bad range"));
            return;
        }
        ItemCodec.Failure failure = new ItemCodec.Failure();
        int pos = from;
        while (pos < to) {
            if (to - pos < 3) {
                errors.add(new AsterixDecodeError(
                        Kind.TRUNCATED_BLOCK,
                        pos,
                        data[pos] & 0xFF,
                        Optional.empty(),
                        (to - pos) + " bytes left, no block header"));
                return;
            }
            int cat = data[pos] & 0xFF;
            int len = ((data[pos + 1] & 0xFF) << 8) | (data[pos + 2] & 0xFF);
            if (len < 3) {
                errors.add(new AsterixDecodeError(
                        Kind.BAD_BLOCK_LENGTH,
                        pos,
                        cat,
                        Optional.empty(),
                        "block LEN " + len + " < 3; rest of input not framed"));
                return;
            }
            if (pos + len > to) {
                errors.add(new AsterixDecodeError(
                        Kind.TRUNCATED_BLOCK,
                        pos,
                        cat,
                        Optional.empty(),
                        "block LEN " + len + " but only " + (to - pos) + " bytes left"));
                return;
            }
            Spec.Category spec = catalog.category(cat);
            if (spec == null) {
                errors.add(new AsterixDecodeError(
                        Kind.UNKNOWN_CATEGORY,
                        pos,
                        cat,
                        Optional.empty(),
                        "no definition loaded for CAT" + cat + "; block skipped"));
            } else {
                decodeRecords(spec, data, pos + 3, pos + len, captureTime, records, errors, failure);
            }
            pos += len;
        }
    }

    private static void decodeRecords(
            Spec.Category spec,
            byte[] data,
            int pos,
            int end,
            Optional<Instant> ts,
            List<AsterixRecord> records,
            List<AsterixDecodeError> errors,
            ItemCodec.Failure f) {
        int cat = spec.category();
        List<Spec.Sub> uap = spec.uap();
        int maxFspec = (uap.size() + 6) / 7;
        if (pos == end) {
            errors.add(new AsterixDecodeError(
                    Kind.TRUNCATED_RECORD, pos, cat, Optional.empty(), "data block with no record"));
        }
        while (pos < end) {
            int start = pos;
            // FSPEC: bounded by the UAP length, never by the input.
            int fspecLen = 0;
            int present = 0;
            boolean bad = false;
            do {
                if (pos >= end) {
                    errors.add(new AsterixDecodeError(
                            Kind.TRUNCATED_RECORD, pos, cat, Optional.empty(), "FSPEC runs past the block"));
                    return;
                }
                if (++fspecLen > maxFspec) {
                    bad = true;
                    break;
                }
                present += Integer.bitCount(data[pos] & 0xFE);
            } while ((data[pos++] & 1) != 0);
            if (bad || present == 0) {
                errors.add(new AsterixDecodeError(
                        Kind.BAD_FSPEC,
                        start,
                        cat,
                        Optional.empty(),
                        bad ? "FSPEC longer than the " + uap.size() + "-item UAP" : "FSPEC selects no item"));
                lost(errors, start, end, cat);
                return;
            }
            int[] slots = new int[present];
            int[] starts = new int[present];
            int k = 0;
            for (int i = 0; i < fspecLen * 7; i++) {
                if ((data[start + i / 7] & (0x80 >>> (i % 7))) == 0) continue;
                Spec.Sub item = i < uap.size() ? uap.get(i) : null;
                if (item == null) {
                    errors.add(new AsterixDecodeError(
                            Kind.BAD_FSPEC,
                            start + i / 7,
                            cat,
                            Optional.empty(),
                            "FSPEC selects spare FRN " + (i + 1)));
                    lost(errors, start, end, cat);
                    return;
                }
                slots[k] = i;
                starts[k] = pos - start;
                int next = ItemCodec.size(item.variation(), data, pos, end, f);
                if (next < 0) {
                    errors.add(new AsterixDecodeError(
                            f.kind,
                            f.offset,
                            cat,
                            Optional.of(String.format("I%03d/%s", cat, item.name())),
                            f.message));
                    if (f.kind != Kind.TRUNCATED_RECORD) lost(errors, start, end, cat);
                    return;
                }
                pos = next;
                k++;
            }
            byte[] bytes = java.util.Arrays.copyOfRange(data, start, pos);
            records.add(new AsterixRecord(spec, bytes, slots, starts, start, ts));
        }
    }

    private static void lost(List<AsterixDecodeError> errors, int start, int end, int cat) {
        errors.add(new AsterixDecodeError(
                Kind.RECORDS_LOST,
                start,
                cat,
                Optional.empty(),
                "records in the " + (end - start) + " bytes from here to the end of the block cannot be located"));
    }
}
