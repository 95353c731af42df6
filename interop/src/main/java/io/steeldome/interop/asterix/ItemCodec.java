package io.steeldome.interop.asterix;

import io.steeldome.interop.asterix.AsterixDecodeError.Kind;
import io.steeldome.interop.asterix.AsterixValue.Field;
import io.steeldome.interop.asterix.AsterixValue.Fields;
import io.steeldome.interop.asterix.AsterixValue.Num;
import io.steeldome.interop.asterix.AsterixValue.Repeated;
import io.steeldome.interop.asterix.AsterixValue.Text;
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
import io.steeldome.interop.asterix.Spec.TextKind;
import io.steeldome.interop.asterix.Spec.Variation;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks one item's bytes against its compiled variation: {@link #size} only locates the item's end (allocation-free,
 * the hot path of decoding), {@link #value} materialises the value tree on demand.
 */
final class ItemCodec {
    private ItemCodec() {}

    /** Where the last {@link #size} call failed. One per decoding call; not shared between threads. */
    static final class Failure {
        Kind kind;
        String message;
        int offset;

        int fail(Kind k, int at, String msg) {
            kind = k;
            offset = at;
            message = msg;
            return -1;
        }
    }

    /**
     * Returns the index just past the item starting at {@code pos}, or -1 (with {@code f} filled) if the item is
     * malformed or runs past {@code end}. Every loop is bounded by {@code end} or by the spec.
     */
    static int size(Variation v, byte[] b, int pos, int end, Failure f) {
        switch (v) {
            case Element e -> {
                return fixed(e.bits(), pos, end, f);
            }
            case Group g -> {
                return fixed(g.bits(), pos, end, f);
            }
            case Extended x -> {
                int p = pos;
                List<List<Part>> ext = x.extents();
                for (int i = 0; i < ext.size(); i++) {
                    int n = (bits(ext.get(i)) + 1) >>> 3;
                    if (p + n > end) return f.fail(Kind.TRUNCATED_RECORD, p, "extended item runs past the record");
                    p += n;
                    if ((b[p - 1] & 1) == 0) return p;
                }
                return f.fail(Kind.BAD_ITEM_STRUCTURE, p - 1, "FX set in the last defined extent");
            }
            case Repetitive r -> {
                int elBytes = (r.elementBits() + (r.counterBytes() == 0 ? 1 : 0)) >>> 3;
                if (r.counterBytes() == 0) {
                    int p = pos;
                    while (true) {
                        if (p + elBytes > end) {
                            return f.fail(Kind.TRUNCATED_RECORD, p, "repetitive item runs past the record");
                        }
                        p += elBytes;
                        if ((b[p - 1] & 1) == 0) return p;
                    }
                }
                if (pos + r.counterBytes() > end) return f.fail(Kind.TRUNCATED_RECORD, pos, "no repetition factor");
                long rep = Bits.read(b, (long) pos * 8, r.counterBytes() * 8);
                long last = pos + r.counterBytes() + rep * elBytes;
                if (last > end) {
                    return f.fail(Kind.TRUNCATED_RECORD, pos, "repetition factor " + rep + " runs past the record");
                }
                return (int) last;
            }
            case Explicit x -> {
                if (pos >= end) return f.fail(Kind.TRUNCATED_RECORD, pos, "no length octet");
                int len = b[pos] & 0xFF;
                if (len == 0) return f.fail(Kind.BAD_EXPLICIT_LENGTH, pos, "explicit length 0");
                if (pos + len > end) {
                    return f.fail(Kind.BAD_EXPLICIT_LENGTH, pos, "explicit length " + len + " runs past the record");
                }
                return pos + len;
            }
            case Compound c -> {
                List<Sub> slots = c.slots();
                int maxFspec = (slots.size() + 6) / 7;
                int p = pos;
                int fspecLen = 0;
                do {
                    if (p >= end) return f.fail(Kind.TRUNCATED_RECORD, p, "compound FSPEC runs past the record");
                    if (++fspecLen > maxFspec) {
                        return f.fail(
                                Kind.BAD_ITEM_STRUCTURE,
                                p,
                                "compound FSPEC longer than its " + slots.size() + " sub-items");
                    }
                } while ((b[p++] & 1) != 0);
                for (int i = 0; i < fspecLen * 7; i++) {
                    if ((b[pos + i / 7] & (0x80 >>> (i % 7))) == 0) continue;
                    Sub s = i < slots.size() ? slots.get(i) : null;
                    if (s == null) {
                        return f.fail(
                                Kind.BAD_ITEM_STRUCTURE,
                                pos + i / 7,
                                "compound FSPEC selects undefined sub-item " + (i + 1));
                    }
                    p = size(s.variation(), b, p, end, f);
                    if (p < 0) return -1;
                }
                return p;
            }
        }
    }

    private static int fixed(int bits, int pos, int end, Failure f) {
        int n = bits >>> 3;
        return pos + n > end
                ? f.fail(Kind.TRUNCATED_RECORD, pos, "item of " + n + " bytes runs past the record")
                : pos + n;
    }

    static int bits(List<Part> parts) {
        int n = 0;
        for (Part p : parts) n += p.bits();
        return n;
    }

    // ---------------------------------------------------------------- values

    /** Decodes an item already validated by {@link #size}. */
    static AsterixValue value(Variation v, byte[] b, int pos) {
        switch (v) {
            case Element e -> {
                return element(e, b, (long) pos * 8, null);
            }
            case Group g -> {
                return group(g.parts(), b, (long) pos * 8, new ArrayList<>(), new int[1]);
            }
            case Extended x -> {
                List<Field> out = new ArrayList<>();
                int[] spares = new int[1];
                long bit = (long) pos * 8;
                for (List<Part> ext : x.extents()) {
                    group(ext, b, bit, out, spares);
                    bit += bits(ext) + 1;
                    if ((b[(int) (bit >>> 3) - 1] & 1) == 0) break;
                }
                return new Fields(out);
            }
            case Repetitive r -> {
                List<AsterixValue> els = new ArrayList<>();
                if (r.counterBytes() == 0) {
                    int elBytes = (r.elementBits() + 1) >>> 3;
                    int p = pos;
                    while (true) {
                        els.add(fixedValue(r.element(), b, (long) p * 8));
                        p += elBytes;
                        if ((b[p - 1] & 1) == 0) break;
                    }
                } else {
                    int rep = (int) Bits.read(b, (long) pos * 8, r.counterBytes() * 8);
                    int elBytes = r.elementBits() >>> 3;
                    for (int i = 0; i < rep; i++) {
                        els.add(fixedValue(r.element(), b, (long) (pos + r.counterBytes() + i * elBytes) * 8));
                    }
                }
                return new Repeated(els);
            }
            case Explicit x -> {
                int len = b[pos] & 0xFF;
                return new Text(hex(b, pos + 1, len - 1));
            }
            case Compound c -> {
                List<Sub> slots = c.slots();
                int p = pos;
                while ((b[p++] & 1) != 0) {}
                int fspecLen = p - pos;
                List<Field> out = new ArrayList<>();
                Failure ignored = new Failure();
                if (fspecLen > minimalFspec(b, pos, fspecLen)) {
                    // Real data pads compound FSPECs with empty octets; keep their count for exact re-encoding.
                    out.add(new Field(FSPEC_OCTETS, Num.integral(fspecLen), true));
                }
                for (int i = 0; i < fspecLen * 7 && i < slots.size(); i++) {
                    if ((b[pos + i / 7] & (0x80 >>> (i % 7))) == 0) continue;
                    Sub s = slots.get(i);
                    out.add(new Field(s.name(), value(s.variation(), b, p), false));
                    p = size(s.variation(), b, p, b.length, ignored);
                }
                return new Fields(out);
            }
        }
    }

    /**
     * One named element of a group read at {@code bit}, or empty if it needs its siblings (dependent content, Mode S
     * registers) or is not an element; the caller then decodes the whole group.
     */
    static java.util.Optional<AsterixValue> part(Group g, String name, byte[] b, long bit) {
        for (Part p : g.parts()) {
            if (p instanceof Sub s && s.name().equals(name)) {
                if (s.variation() instanceof Element e
                        && !(e.content() instanceof Dependent)
                        && !(e.content() instanceof Bds)) {
                    return java.util.Optional.of(element(e, b, bit, null));
                }
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    private static AsterixValue fixedValue(Variation v, byte[] b, long bit) {
        return switch (v) {
            case Element e -> element(e, b, bit, null);
            case Group g -> group(g.parts(), b, bit, new ArrayList<>(), new int[1]);
            default -> throw new IllegalStateException("spec compiler admits only fixed variations here");
        };
    }

    private static Fields group(List<Part> parts, byte[] b, long bit, List<Field> out, int[] spares) {
        int first = out.size();
        for (Part part : parts) {
            switch (part) {
                case Spare s -> {
                    long raw = Bits.read(b, bit, s.bits());
                    // Spare bits are normally zero; non-zero ones are kept so that re-encoding is exact.
                    spares[0]++;
                    if (raw != 0) out.add(new Field(spareName(spares[0]), Num.integral(raw), false));
                }
                case Sub s -> {
                    AsterixValue val = s.variation() instanceof Element e
                            ? element(e, b, bit, out.subList(first, out.size()))
                            : fixedValue(s.variation(), b, bit);
                    out.add(new Field(s.name(), val, false));
                }
            }
            bit += part.bits();
        }
        // I048/250-style groups: 56-bit MB data followed by its BDS address; add the decoded register.
        if (out.size() - first >= 3) {
            List<Field> mine = out.subList(first, out.size());
            Fields tmp = new Fields(mine);
            // ACAS resolution advisory (I021/260): the reference decoder prints ARA bits 41-47 and RAC bits 55-58 one
            // by one and ARA bits 48-54 as ACAS3; add those views of the same bits.
            if (tmp.get("ARA").orElse(null) instanceof Num ara
                    && tmp.get("RAC").orElse(null) instanceof Num rac
                    && tmp.get("ACAS3").isEmpty()) {
                for (int k = 0; k < 7; k++) {
                    out.add(new Field("ARA" + (41 + k), Num.integral((ara.raw() >>> (13 - k)) & 1), true));
                }
                out.add(new Field("ACAS3", Num.integral(ara.raw() & 0x7F), true));
                for (int k = 0; k < 4; k++) {
                    out.add(new Field("RAC" + (55 + k), Num.integral((rac.raw() >>> (3 - k)) & 1), true));
                }
            }
            if (tmp.get("MBDATA").orElse(null) instanceof Text t
                    && tmp.get("BDS1").orElse(null) instanceof Num b1
                    && tmp.get("BDS2").orElse(null) instanceof Num b2) {
                int addr = (int) (b1.raw() << 4 | b2.raw());
                ModeSRegisters.decode(Long.parseUnsignedLong(t.text(), 16), addr)
                        .ifPresent(r -> out.add(new Field("BDS" + hex2(addr), r, true)));
            }
        }
        return new Fields(out);
    }

    /** Name of the derived field that records a non-minimal FSPEC length. */
    static final String FSPEC_OCTETS = "fspecOctets";

    /** Octets a minimal FSPEC would need for the same selection (at least 1). */
    static int minimalFspec(byte[] b, int pos, int fspecLen) {
        int last = 0;
        for (int i = 0; i < fspecLen; i++) if ((b[pos + i] & 0xFE) != 0) last = i;
        return last + 1;
    }

    /** ICAO Annex 10 6-bit character set; codes without a character shown as space (as the reference decoder). */
    static final String ICAO = " ABCDEFGHIJKLMNOPQRSTUVWXYZ" + " ".repeat(21) + "0123456789" + " ".repeat(6);

    /** Names used when an ICAO string is kept with its raw bits. */
    static final String TEXT = "text";

    static final String RAW = "raw";

    /** Canonical bits of an ICAO string (space = 32), or -1 if a character is not in the set. */
    static long icaoCode(String s, int bits) {
        long v = 0;
        for (int i = 0; i < bits / 6; i++) {
            char ch = i < s.length() ? s.charAt(i) : ' ';
            int code = ch == ' ' ? 32 : ch >= 'A' && ch <= 'Z' ? ch - 'A' + 1 : ch >= '0' && ch <= '9' ? ch : -1;
            if (code < 0) return -1;
            v = (v << 6) | code;
        }
        return v;
    }

    static String spareName(int n) {
        return n == 1 ? "spare" : "spare" + n;
    }

    private static String hex2(int v) {
        return String.format("%02X", v & 0xFF);
    }

    private static AsterixValue element(Element e, byte[] b, long bit, List<Field> siblings) {
        long raw = Bits.read(b, bit, e.bits());
        return content(e.content(), raw, e.bits(), siblings);
    }

    private static AsterixValue content(Content c, long raw, int bits, List<Field> siblings) {
        return switch (c) {
            case Raw r -> bits >= 24 ? new Text(hexOf(raw, bits)) : Num.integral(raw);
            case Table t -> Num.integral(raw);
            case IntegerContent i -> Num.integral(i.signed() ? Bits.signExtend(raw, bits) : raw);
            case Quantity q -> {
                long r = q.signed() ? Bits.signExtend(raw, bits) : raw;
                yield new Num(r, r * q.lsb(), true, q.unit());
            }
            case Spec.Text t -> {
                String txt = text(t.kind(), raw, bits);
                // ICAO codes without a character (0, 27-31, 33-47, 58-63) print as space, as the reference decoder
                // does; the raw bits are then kept beside the text so that encoding stays exact.
                yield t.kind() == TextKind.ICAO && icaoCode(txt, bits) != raw
                        ? new Fields(List.of(
                                new Field(TEXT, new Text(txt), true),
                                new Field(RAW, new Text(hexOf(raw, bits)), false)))
                        : new Text(txt);
            }
            case Bds d -> bds(d, raw, bits);
            case Dependent d -> {
                Content chosen = d.fallback();
                if (siblings != null) {
                    for (Field f : siblings) {
                        if (f.name().equals(d.sibling()) && f.value() instanceof Num n) {
                            chosen = d.cases().getOrDefault(n.raw(), d.fallback());
                        }
                    }
                }
                yield content(chosen, raw, bits, siblings);
            }
        };
    }

    /** Names of the parts of a Mode S register with its address (64 bits: 56 MB data + BDS code). */
    static final String MB = "MBDATA";

    static final String BDS = "BDS";

    /**
     * Mode S register content: with its address (64 bits), the 56 data bits and the BDS code, plus the decoded
     * register; the ACAS resolution advisory (BDS 3,0) split into its fields; other fixed registers as hex.
     */
    private static AsterixValue bds(Bds d, long raw, int bits) {
        if (d.at() == ModeSRegisters.ACAS_RA && bits == 56) return ModeSRegisters.acas(raw);
        if (d.at() < 0 && bits == 64) {
            int addr = (int) (raw & 0xFF);
            List<Field> f = new ArrayList<>();
            f.add(new Field(MB, new Text(hexOf(raw >>> 8, 56)), false));
            f.add(new Field(BDS, new Text(hex2(addr)), false));
            ModeSRegisters.decode(raw >>> 8, addr)
                    .filter(r -> r.fields().size() > 1)
                    .ifPresent(r -> f.add(new Field("BDS" + hex2(addr), r, true)));
            return new Fields(f);
        }
        return new Text(hexOf(raw, bits));
    }

    static String hexOf(long raw, int bits) {
        int digits = (bits + 3) / 4;
        String h = Long.toHexString(raw).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }

    static String hex(byte[] b, int from, int len) {
        char[] out = new char[len * 2];
        for (int i = 0; i < len; i++) {
            int x = b[from + i] & 0xFF;
            out[2 * i] = Character.toUpperCase(Character.forDigit(x >>> 4, 16));
            out[2 * i + 1] = Character.toUpperCase(Character.forDigit(x & 15, 16));
        }
        return new String(out);
    }

    private static String text(TextKind kind, long raw, int bits) {
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case OCTAL -> {
                for (int i = bits - 3; i >= 0; i -= 3) sb.append((char) ('0' + ((raw >>> i) & 7)));
            }
            case ICAO -> {
                for (int i = bits - 6; i >= 0; i -= 6) sb.append(ICAO.charAt((int) ((raw >>> i) & 63)));
            }
            case ASCII -> {
                for (int i = bits - 8; i >= 0; i -= 8) sb.append((char) ((raw >>> i) & 0xFF));
                int n = sb.length();
                while (n > 0 && sb.charAt(n - 1) == 0) n--; // trailing NULs are padding
                sb.setLength(n);
            }
        }
        return sb.toString();
    }
}
