package io.steeldome.interop.asterix;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.interop.asterix.Spec.Bds;
import io.steeldome.interop.asterix.Spec.Compound;
import io.steeldome.interop.asterix.Spec.Content;
import io.steeldome.interop.asterix.Spec.Dependent;
import io.steeldome.interop.asterix.Spec.Element;
import io.steeldome.interop.asterix.Spec.Explicit;
import io.steeldome.interop.asterix.Spec.Extended;
import io.steeldome.interop.asterix.Spec.Group;
import io.steeldome.interop.asterix.Spec.IntegerContent;
import io.steeldome.interop.asterix.Spec.Part;
import io.steeldome.interop.asterix.Spec.Quantity;
import io.steeldome.interop.asterix.Spec.Raw;
import io.steeldome.interop.asterix.Spec.Repetitive;
import io.steeldome.interop.asterix.Spec.Spare;
import io.steeldome.interop.asterix.Spec.Sub;
import io.steeldome.interop.asterix.Spec.Table;
import io.steeldome.interop.asterix.Spec.Variation;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Encodes records from their JSON form ({@link AsterixJson}) back to bytes, driven by the same compiled specs as
 * the decoder. Scaled numbers go back to raw bits by dividing by the LSB and rounding to the nearest integer, so
 * decode, JSON, encode reproduces the bytes. FSPECs (record and compound) are written minimal; extended items carry
 * as many extents as the last sub-item present needs. Stateless and thread-safe; invalid input throws
 * {@link SteeldomeException} with an {@link AsterixError} code.
 */
public final class AsterixEncoder {
    private final AsterixCatalog catalog;

    public AsterixEncoder(AsterixCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Re-encodes a decoded record from its values (with the edition it was decoded with). */
    public static byte[] encode(AsterixRecord r) {
        return encodeRecord(r.spec(), AsterixJson.toJson(r).path("items"), r.fspecOctets());
    }

    /** Encodes one record of {@code category} from its {@code items} object. */
    public byte[] encodeRecord(int category, JsonNode items) {
        return encodeRecord(spec(category), items, 1);
    }

    private Spec.Category spec(int category) {
        Spec.Category spec = catalog.category(category);
        if (spec == null) {
            throw new SteeldomeException(
                    AsterixError.UNKNOWN_EDITION, String.valueOf(category), "(none loaded)", catalog.categories());
        }
        return spec;
    }

    /**
     * Encodes records given as JSON objects ({@code category} and {@code items}, or only {@code hex}) into data
     * blocks, one block per run of consecutive records of the same category (split before 65535 bytes).
     */
    public byte[] encodeBlocks(List<JsonNode> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        int blockCat = -1;
        for (JsonNode rec : records) {
            int cat = rec.path("category").asInt(rec.path("cat").asInt(-1));
            byte[] bytes = rec.has("items")
                    ? encodeRecord(
                            spec(cat),
                            rec.get("items"),
                            rec.path(ItemCodec.FSPEC_OCTETS).asInt(1))
                    : fromHex(cat, rec.path("hex").asString(""));
            if (3 + bytes.length > 65535) {
                throw new SteeldomeException(AsterixError.ENCODE_TOO_LONG, cat, 3 + bytes.length);
            }
            if (cat != blockCat || 3 + block.size() + bytes.length > 65535) {
                flush(out, blockCat, block);
                blockCat = cat;
            }
            block.writeBytes(bytes);
        }
        flush(out, blockCat, block);
        return out.toByteArray();
    }

    private static void flush(ByteArrayOutputStream out, int cat, ByteArrayOutputStream block) {
        if (block.size() == 0) return;
        int len = block.size() + 3;
        out.write(cat);
        out.write(len >>> 8);
        out.write(len & 0xFF);
        out.writeBytes(block.toByteArray());
        block.reset();
    }

    private static byte[] fromHex(int cat, String hex) {
        if (cat < 0 || cat > 255 || hex.isEmpty() || hex.length() % 2 != 0 || !hex.matches("[0-9A-Fa-f]+")) {
            throw new SteeldomeException(AsterixError.ENCODE_MISSING_FIELD, cat, "record", "items (or hex)");
        }
        return java.util.HexFormat.of().parseHex(hex);
    }

    static byte[] encodeRecord(Spec.Category spec, JsonNode items, int fspecOctets) {
        List<Sub> uap = spec.uap();
        Map<String, Integer> slotOf = new HashMap<>();
        for (int i = 0; i < uap.size(); i++) {
            if (uap.get(i) != null)
                slotOf.put(String.format("I%03d/%s", spec.category(), uap.get(i).name()), i);
        }
        boolean[] present = new boolean[uap.size()];
        int last = -1;
        for (Map.Entry<String, JsonNode> e : items.properties()) {
            Integer slot = slotOf.get(e.getKey());
            if (slot == null) {
                throw new SteeldomeException(
                        AsterixError.ENCODE_UNKNOWN_ITEM, spec.category(), e.getKey(), spec.edition());
            }
            present[slot] = true;
            last = Math.max(last, slot);
        }
        Bits.Writer w = new Bits.Writer();
        writeFspec(w, present, last, fspecOctets);
        Ctx ctx = new Ctx(spec.category());
        for (int i = 0; i <= last; i++) {
            if (!present[i]) continue;
            Sub s = uap.get(i);
            ctx.item = String.format("I%03d/%s", spec.category(), s.name());
            variation(s.variation(), items.get(ctx.item), w, ctx);
        }
        return w.toBytes();
    }

    private static void writeFspec(Bits.Writer w, boolean[] present, int last, int minOctets) {
        // Padding octets beyond the UAP would not decode; cap them at what the UAP allows.
        int octets = Math.max(Math.max(1, last / 7 + 1), Math.min(minOctets, (present.length + 6) / 7));
        for (int o = 0; o < octets; o++) {
            int v = 0;
            for (int b = 0; b < 7; b++) {
                int i = o * 7 + b;
                if (i < present.length && present[i]) v |= 0x80 >>> b;
            }
            if (o < octets - 1) v |= 1;
            w.write(v, 8);
        }
    }

    /** Where we are, for error messages. */
    private static final class Ctx {
        final int cat;
        String item = "";

        Ctx(int cat) {
            this.cat = cat;
        }
    }

    private static void variation(Variation v, JsonNode j, Bits.Writer w, Ctx ctx) {
        switch (v) {
            case Element e -> element(e, j, "value", w, ctx, Map.of());
            case Group g -> parts(g.parts(), j, w, ctx, new int[1]);
            case Extended x -> {
                List<List<Part>> ext = x.extents();
                int n = 1;
                for (int i = 0; i < ext.size(); i++) {
                    for (Part p : ext.get(i)) {
                        if (p instanceof Sub s && j.has(s.name())) n = Math.max(n, i + 1);
                    }
                }
                int[] spares = new int[1];
                for (int i = 0; i < n; i++) {
                    parts(ext.get(i), j, w, ctx, spares);
                    w.write(i < n - 1 ? 1 : 0, 1);
                }
            }
            case Repetitive r -> {
                if (!j.isArray()) bad(ctx, "(repetitive)", j, r.elementBits(), "an array is needed");
                if (r.counterBytes() > 0) {
                    if (j.size() >= 1L << (8 * r.counterBytes()))
                        bad(ctx, "REP", j.size(), 8 * r.counterBytes(), "too many");
                    w.write(j.size(), 8 * r.counterBytes());
                }
                for (int i = 0; i < j.size(); i++) {
                    fixed(r.element(), j.get(i), w, ctx);
                    if (r.counterBytes() == 0) w.write(i < j.size() - 1 ? 1 : 0, 1);
                }
            }
            case Explicit x -> {
                String hex = j.asString("");
                if (hex.length() % 2 != 0 || !hex.matches("[0-9A-Fa-f]*") || hex.length() / 2 > 254) {
                    bad(ctx, "(explicit)", hex, 8 * (hex.length() / 2), "hex of at most 254 bytes expected");
                }
                byte[] b = java.util.HexFormat.of().parseHex(hex);
                w.write(b.length + 1, 8);
                w.writeBytes(b);
            }
            case Compound c -> {
                List<Sub> slots = c.slots();
                boolean[] present = new boolean[slots.size()];
                int last = -1;
                for (int i = 0; i < slots.size(); i++) {
                    if (slots.get(i) != null && j.has(slots.get(i).name())) {
                        present[i] = true;
                        last = i;
                    }
                }
                writeFspec(w, present, last, j.path(ItemCodec.FSPEC_OCTETS).asInt(1));
                for (int i = 0; i <= last; i++) {
                    if (present[i])
                        variation(slots.get(i).variation(), j.get(slots.get(i).name()), w, ctx);
                }
            }
        }
    }

    private static void fixed(Variation v, JsonNode j, Bits.Writer w, Ctx ctx) {
        switch (v) {
            case Element e -> element(e, j, "element", w, ctx, Map.of());
            case Group g -> parts(g.parts(), j, w, ctx, new int[1]);
            default -> throw new IllegalStateException("spec compiler admits only fixed variations here");
        }
    }

    private static void parts(List<Part> parts, JsonNode j, Bits.Writer w, Ctx ctx, int[] spares) {
        Map<String, Long> siblings = new HashMap<>();
        for (Part p : parts) {
            switch (p) {
                case Spare s -> {
                    spares[0]++;
                    JsonNode sv = j.path(ItemCodec.spareName(spares[0]));
                    long raw = sv.isNumber() ? sv.asLong() : 0;
                    if (raw < 0 || (s.bits() < 64 && raw >= 1L << s.bits()))
                        bad(ctx, "spare", raw, s.bits(), "out of range");
                    w.write(raw, s.bits());
                }
                case Sub s -> {
                    JsonNode sv = j.get(s.name());
                    if (sv == null || sv.isNull()) {
                        throw new SteeldomeException(AsterixError.ENCODE_MISSING_FIELD, ctx.cat, ctx.item, s.name());
                    }
                    if (s.variation() instanceof Element e) {
                        siblings.put(s.name(), element(e, sv, s.name(), w, ctx, siblings));
                    } else {
                        fixed(s.variation(), sv, w, ctx);
                    }
                }
            }
        }
    }

    /** Writes one element and returns its raw bits (for dependent siblings). */
    private static long element(
            Element e, JsonNode j, String name, Bits.Writer w, Ctx ctx, Map<String, Long> siblings) {
        if (j == null || j.isNull() || j.isMissingNode()) {
            throw new SteeldomeException(AsterixError.ENCODE_MISSING_FIELD, ctx.cat, ctx.item, name);
        }
        long raw;
        if (j.isObject() && j.has(ItemCodec.RAW) && e.content() instanceof Spec.Text) {
            raw = hex(j.get(ItemCodec.RAW), e.bits(), name, ctx); // text kept with its exact bits
        } else if (j.isObject() && e.content() instanceof Bds b) {
            raw = bdsFields(b, e.bits(), j, name, ctx);
        } else {
            raw = raw(e.content(), e.bits(), j, name, ctx, siblings);
        }
        w.write(raw, e.bits());
        return raw;
    }

    private static long raw(Content c, int bits, JsonNode j, String name, Ctx ctx, Map<String, Long> siblings) {
        return switch (c) {
            case Raw r -> bits >= 24 ? hex(j, bits, name, ctx) : integer(j, bits, false, name, ctx);
            case Bds b -> hex(j, bits, name, ctx);
            case Table t -> integer(j, bits, false, name, ctx);
            case IntegerContent i -> integer(j, bits, i.signed(), name, ctx);
            case Quantity q -> {
                if (!j.isNumber()) bad(ctx, name, j, bits, "a number is needed");
                double scaled = j.asDouble() / q.lsb();
                if (!Double.isFinite(scaled)) bad(ctx, name, j, bits, "not finite");
                yield check(Math.round(scaled), bits, q.signed(), name, ctx);
            }
            case Spec.Text t -> text(t.kind(), j, bits, name, ctx);
            case Dependent d -> {
                Long sib = siblings.get(d.sibling());
                Content chosen = sib == null ? d.fallback() : d.cases().getOrDefault(sib, d.fallback());
                yield raw(chosen, bits, j, name, ctx, siblings);
            }
        };
    }

    /** A Mode S register given by its parts (see ItemCodec.bds): MB data + BDS code, or the ACAS RA fields. */
    private static long bdsFields(Bds b, int bits, JsonNode j, String name, Ctx ctx) {
        if (b.at() < 0 && bits == 64) {
            return hex(j.path(ItemCodec.MB), 56, name + "." + ItemCodec.MB, ctx) << 8
                    | hex(j.path(ItemCodec.BDS), 8, name + "." + ItemCodec.BDS, ctx);
        }
        if (b.at() == ModeSRegisters.ACAS_RA && bits == 56) {
            long v = 0;
            for (Object[] l : ModeSRegisters.ACAS_LAYOUT) {
                int len = (Integer) l[1];
                JsonNode f = j.path((String) l[0]);
                String fn = name + "." + l[0];
                long part = (Boolean) l[2] ? hex(f, len, fn, ctx) : integer(f, len, false, fn, ctx);
                v = (v << len) | part;
            }
            return v;
        }
        bad(ctx, name, j, bits, "a hex string is needed");
        return 0;
    }

    private static long integer(JsonNode j, int bits, boolean signed, String name, Ctx ctx) {
        if (!j.isNumber() || j.asDouble() != Math.rint(j.asDouble())) bad(ctx, name, j, bits, "an integer is needed");
        return check(j.asLong(), bits, signed, name, ctx);
    }

    private static long check(long v, int bits, boolean signed, String name, Ctx ctx) {
        if (bits >= 64) return v;
        long min = signed ? -(1L << (bits - 1)) : 0;
        long max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        if (v < min || v > max) bad(ctx, name, v, bits, "range [" + min + ", " + max + "]");
        return v & ((1L << bits) - 1);
    }

    private static long hex(JsonNode j, int bits, String name, Ctx ctx) {
        String s = j.asString("");
        if (s.isEmpty() || s.length() > (bits + 3) / 4 || !s.matches("[0-9A-Fa-f]+")) {
            bad(ctx, name, j, bits, "hex string of at most " + (bits + 3) / 4 + " digits expected");
        }
        long v = Long.parseUnsignedLong(s, 16);
        if (bits < 64 && Long.compareUnsigned(v, (1L << bits) - 1) > 0) bad(ctx, name, s, bits, "too large");
        return v;
    }

    private static long text(Spec.TextKind kind, JsonNode j, int bits, String name, Ctx ctx) {
        if (!j.isString()) bad(ctx, name, j, bits, "a string is needed");
        String s = j.asString();
        long v = 0;
        switch (kind) {
            case OCTAL -> {
                if (s.length() != bits / 3 || !s.matches("[0-7]+"))
                    bad(ctx, name, s, bits, (bits / 3) + " octal digits expected");
                v = Long.parseLong(s, 8);
            }
            case ICAO -> {
                int n = bits / 6;
                if (s.length() > n) bad(ctx, name, s, bits, "at most " + n + " characters");
                v = ItemCodec.icaoCode(s, bits);
                if (v < 0) bad(ctx, name, s, bits, "only A-Z, 0-9 and space are ICAO characters");
            }
            case ASCII -> {
                int n = bits / 8;
                if (s.length() > n) bad(ctx, name, s, bits, "at most " + n + " characters");
                for (int i = 0; i < n; i++) {
                    char ch = i < s.length() ? s.charAt(i) : 0; // NUL padding, as decoding strips it
                    if (ch > 255) bad(ctx, name, s, bits, "not an 8-bit character");
                    v = (v << 8) | ch;
                }
            }
        }
        return v;
    }

    private static void bad(Ctx ctx, String name, Object value, int bits, String why) {
        throw new SteeldomeException(
                AsterixError.ENCODE_BAD_VALUE, ctx.cat, ctx.item, name, String.valueOf(value), bits, why);
    }
}
