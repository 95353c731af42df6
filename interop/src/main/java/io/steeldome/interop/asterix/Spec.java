package io.steeldome.interop.asterix;

import java.util.List;
import java.util.Map;

/**
 * The compiled form of an asterix-specs category definition: the tree of variations with every bit size, scale and
 * string kind resolved once at load, so that decoding never looks at the JSON again.
 */
final class Spec {
    private Spec() {}

    /** How the bits of an item (or sub-item) are laid out. */
    sealed interface Variation permits Element, Group, Extended, Repetitive, Explicit, Compound {}

    /** A run of {@code bits} bits read as one value. */
    record Element(int bits, Content content) implements Variation {}

    /**
     * Fixed-length concatenation of parts; {@code bits} is the total; {@code offsets} gives each named part's bit
     * offset, so that one sub-item can be read without decoding its siblings.
     */
    record Group(List<Part> parts, int bits, Map<String, Integer> offsets) implements Variation {
        Group(List<Part> parts, int bits) {
            this(parts, bits, offsets(parts));
        }

        private static Map<String, Integer> offsets(List<Part> parts) {
            Map<String, Integer> m = new java.util.HashMap<>();
            int bit = 0;
            for (Part p : parts) {
                if (p instanceof Sub s) m.putIfAbsent(s.name(), bit);
                bit += p.bits();
            }
            return Map.copyOf(m);
        }
    }

    /** Octet-aligned extents, each ending with an FX bit that says whether another extent follows. */
    record Extended(List<List<Part>> extents) implements Variation {}

    /**
     * Repetition: {@code counterBytes} > 0 gives a leading repetition factor; 0 means each element ends with an FX
     * bit. {@code elementBits} excludes that FX bit.
     */
    record Repetitive(int counterBytes, Variation element, int elementBits) implements Variation {}

    /** Length-prefixed item (SP, RE): raw octets after the length octet. */
    record Explicit(boolean reservedExpansion) implements Variation {}

    /** Sub-items selected by their own FSPEC; a null slot is a spare FSPEC bit. */
    record Compound(List<Sub> slots) implements Variation {}

    /** A part of a group or extent. */
    sealed interface Part permits Spare, Sub {
        int bits();
    }

    /** Spare bits, kept so that encoding reproduces them. */
    record Spare(int bits) implements Part {}

    /** A named sub-item; {@code bits} is its size if fixed (group/extent parts), else -1. */
    record Sub(String name, Variation variation, int bits) implements Part {}

    /** How an element's raw bits become a value. */
    sealed interface Content permits Raw, Table, IntegerContent, Quantity, Text, Bds, Dependent {}

    /** Uninterpreted bits: an integer below 24 bits, a hex string from 24 bits on (addresses, Mode S data). */
    record Raw() implements Content {}

    /** Enumeration: the raw value is kept as an integer; the table gives its meaning. */
    record Table(Map<Long, String> meanings) implements Content {}

    /** Plain integer. */
    record IntegerContent(boolean signed) implements Content {}

    /** Scaled quantity: value = raw (two's complement if signed) * lsb, in {@code unit}. */
    record Quantity(boolean signed, double lsb, String unit) implements Content {}

    /** Character strings. */
    enum TextKind {
        ASCII,
        ICAO,
        OCTAL
    }

    /** A string field. */
    record Text(TextKind kind) implements Content {}

    /** Mode S register data; {@code at} is the fixed BDS address or -1 if the register carries its address. */
    record Bds(int at) implements Content {}

    /** Content chosen by the raw value of a sibling element (the last name of the asterix-specs path). */
    record Dependent(String sibling, Map<Long, Content> cases, Content fallback) implements Content {}

    /** One category edition: its UAP (null entries are spare FRNs) and items by their 3-character id. */
    record Category(
            int category,
            String edition,
            String title,
            List<Sub> uap,
            Map<String, Sub> items,
            List<String> ids,
            Map<String, Integer> slotById) {
        Category(int category, String edition, String title, List<Sub> uap, Map<String, Sub> items) {
            this(category, edition, title, uap, items, ids(category, uap), slots(category, uap));
        }

        private static List<String> ids(int cat, List<Sub> uap) {
            List<String> ids = new java.util.ArrayList<>();
            for (Sub s : uap) ids.add(s == null ? "" : String.format("I%03d/%s", cat, s.name()));
            return java.util.Collections.unmodifiableList(ids);
        }

        private static Map<String, Integer> slots(int cat, List<Sub> uap) {
            Map<String, Integer> m = new java.util.HashMap<>();
            for (int i = 0; i < uap.size(); i++) {
                if (uap.get(i) != null)
                    m.put(String.format("I%03d/%s", cat, uap.get(i).name()), i);
            }
            return Map.copyOf(m);
        }
    }
}
