package io.steeldome.interop.asterix;

import io.steeldome.interop.asterix.AsterixValue.Fields;
import io.steeldome.interop.asterix.AsterixValue.Num;
import io.steeldome.interop.asterix.AsterixValue.Repeated;
import io.steeldome.interop.asterix.AsterixValue.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One decoded ASTERIX record. Decoding only locates the items (an index of item offsets, checked against the spec);
 * values are decoded from the record's bytes when asked for, so reading two fields of a plot costs two small
 * decodes, not a tree of the whole record. Immutable and thread-safe.
 *
 * <p>Items are named like asterix-specs, {@code I048/040}; sub-items by their asterix-specs names ({@code RHO}).
 */
public final class AsterixRecord {
    private final Spec.Category spec;
    private final byte[] bytes;
    private final int[] slots; // UAP index of each present item, in record order
    private final int[] starts; // item start offsets within bytes
    private final long offset;
    private final Optional<Instant> captureTime;

    AsterixRecord(
            Spec.Category spec, byte[] bytes, int[] slots, int[] starts, long offset, Optional<Instant> captureTime) {
        this.spec = spec;
        this.bytes = bytes;
        this.slots = slots;
        this.starts = starts;
        this.offset = offset;
        this.captureTime = Objects.requireNonNull(captureTime, "captureTime");
    }

    /** ASTERIX category (48, 62, ...). */
    public int category() {
        return spec.category();
    }

    /** asterix-specs edition used to decode ("1.27"). */
    public String edition() {
        return spec.edition();
    }

    /** Record length in bytes (FSPEC included, data-block header excluded). */
    public int length() {
        return bytes.length;
    }

    /** A copy of the record bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Record bytes as upper-case hex. */
    public String hex() {
        return ItemCodec.hex(bytes, 0, bytes.length);
    }

    /** Byte offset of the record in the decoded input. */
    public long offset() {
        return offset;
    }

    /** Capture time of the UDP datagram that carried the record (pcap input only). */
    public Optional<Instant> captureTime() {
        return captureTime;
    }

    /** Ids of the items present, in record (UAP) order, e.g. {@code I048/010}. */
    public List<String> itemIds() {
        List<String> ids = new ArrayList<>(slots.length);
        for (int s : slots) ids.add(spec.ids().get(s));
        return ids;
    }

    /** Whether the item is present. */
    public boolean has(String itemId) {
        return index(itemId) >= 0;
    }

    /** The decoded value of an item. */
    public Optional<AsterixValue> item(String itemId) {
        int i = index(itemId);
        if (i < 0) return Optional.empty();
        return Optional.of(ItemCodec.value(spec.uap().get(slots[i]).variation(), bytes, starts[i]));
    }

    /**
     * The value at {@code path} below an item: sub-item names, and for repetitive items the element index as a
     * decimal string. An empty path is the item itself.
     */
    public Optional<AsterixValue> value(String itemId, String... path) {
        int i = index(itemId);
        if (i < 0) return Optional.empty();
        Spec.Variation var = spec.uap().get(slots[i]).variation();
        if (path.length == 1 && var instanceof Spec.Group g) {
            // Fast path: one sub-item of a fixed group is read at its precomputed bit offset.
            // Derived fields (decoded registers, ACAS bit views) have no offset and take the full decode below.
            Integer off = g.offsets().get(path[0]);
            if (off != null) {
                Optional<AsterixValue> direct = ItemCodec.part(g, path[0], bytes, (long) starts[i] * 8 + off);
                if (direct.isPresent()) return direct;
            }
        }
        Optional<AsterixValue> v = Optional.of(ItemCodec.value(var, bytes, starts[i]));
        for (String p : path) {
            if (v.isEmpty()) return v;
            v = switch (v.get()) {
                case Fields f -> f.get(p);
                case Repeated r -> {
                    int k = parseIndex(p);
                    yield k >= 0 && k < r.elements().size()
                            ? Optional.of(r.elements().get(k))
                            : Optional.empty();
                }
                default -> Optional.empty();
            };
        }
        return v;
    }

    /** A number (scaled to the spec's unit) at {@code path}, e.g. {@code number("I048/040", "RHO")} in NM. */
    public OptionalDouble number(String itemId, String... path) {
        return value(itemId, path).orElse(null) instanceof Num n
                ? OptionalDouble.of(n.value())
                : OptionalDouble.empty();
    }

    /** The raw (unscaled, sign-extended) bits of a numeric field, e.g. an enumeration or a track number. */
    public OptionalLong raw(String itemId, String... path) {
        return value(itemId, path).orElse(null) instanceof Num n ? OptionalLong.of(n.raw()) : OptionalLong.empty();
    }

    /** A text field at {@code path}: callsign, octal Mode 3/A code, hex address. */
    public Optional<String> text(String itemId, String... path) {
        AsterixValue v = value(itemId, path).orElse(null);
        if (v instanceof Fields f) v = f.get(ItemCodec.TEXT).orElse(null); // ICAO text kept with its raw bits
        return v instanceof Text t ? Optional.of(t.text()) : Optional.empty();
    }

    /** FSPEC octets of this record (may exceed the minimum when a sender pads it). */
    int fspecOctets() {
        int n = 1;
        while ((bytes[n - 1] & 1) != 0) n++;
        return n;
    }

    int minimalFspecOctets() {
        return ItemCodec.minimalFspec(bytes, 0, fspecOctets());
    }

    Spec.Category spec() {
        return spec;
    }

    int itemCount() {
        return slots.length;
    }

    Spec.Sub itemSpec(int i) {
        return spec.uap().get(slots[i]);
    }

    String itemId(int i) {
        return spec.ids().get(slots[i]);
    }

    AsterixValue itemValue(int i) {
        return ItemCodec.value(itemSpec(i).variation(), bytes, starts[i]);
    }

    String id(String name) {
        return String.format("I%03d/%s", spec.category(), name);
    }

    private int index(String itemId) {
        Integer slot = spec.slotById().get(itemId);
        if (slot == null) return -1;
        for (int i = 0; i < slots.length; i++) if (slots[i] == slot) return i;
        return -1;
    }

    private static int parseIndex(String p) {
        try {
            return Integer.parseInt(p);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AsterixRecord r
                && r.spec == spec
                && Arrays.equals(r.bytes, bytes)
                && r.offset == offset
                && r.captureTime.equals(captureTime);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CAT" + spec.category() + " record " + hex();
    }
}
