package io.steeldome.interop.asterix;

import io.steeldome.interop.asterix.Spec.Bds;
import io.steeldome.interop.asterix.Spec.Category;
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
import io.steeldome.interop.asterix.Spec.Text;
import io.steeldome.interop.asterix.Spec.TextKind;
import io.steeldome.interop.asterix.Spec.Variation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Compiles the asterix-specs JSON rendering ({@code "tag": "AsterixBasic"}) into {@link Spec} form. */
final class SpecLoader {
    private SpecLoader() {}

    static Category compile(JsonNode root) {
        return compile(root, null);
    }

    /** Compiles with the reference decoder's units ({@link ReferenceUnits}) unless {@code overrides} is empty. */
    static Category compile(JsonNode root, Map<String, ReferenceUnits.Override> overrides) {
        if (!"AsterixBasic".equals(root.path("tag").asString(""))) {
            throw new IllegalArgumentException("not an asterix-specs AsterixBasic definition");
        }
        JsonNode c = root.path("contents");
        int cat = c.path("category").asInt();
        Map<String, ReferenceUnits.Override> ov = overrides == null ? ReferenceUnits.of(cat) : overrides;
        String edition = c.path("edition").path("major").asInt() + "."
                + c.path("edition").path("minor").asInt();
        Map<String, Sub> items = new LinkedHashMap<>();
        for (JsonNode it : c.path("catalogue")) {
            String name = it.path("name").asString();
            items.put(name, new Sub(name, variationOfRule(it.path("rule"), name, ov), -1));
        }
        JsonNode uap = c.path("uap");
        if (!"Uap".equals(uap.path("tag").asString(""))) {
            throw new IllegalArgumentException("only single-UAP categories are supported, cat " + cat);
        }
        List<Sub> slots = new ArrayList<>();
        for (JsonNode u : uap.path("contents")) {
            if ("UapItem".equals(u.path("tag").asString())) {
                Sub s = items.get(u.path("contents").asString());
                if (s == null) throw new IllegalArgumentException("UAP names unknown item " + u);
                slots.add(s);
            } else {
                slots.add(null);
            }
        }
        return new Category(
                cat,
                edition,
                c.path("title").asString(""),
                Collections.unmodifiableList(slots),
                Collections.unmodifiableMap(items));
    }

    private static Variation variationOfRule(JsonNode rule, String path, Map<String, ReferenceUnits.Override> ov) {
        // Items are context-free in every edition bundled here; a dependent item falls back to its default.
        if ("ContextFree".equals(rule.path("tag").asString())) return variation(rule.path("contents"), path, ov);
        return variation(rule.path("contents").path("default"), path, ov);
    }

    private static Variation variation(JsonNode v, String path, Map<String, ReferenceUnits.Override> ov) {
        JsonNode c = v.path("contents");
        switch (v.path("tag").asString()) {
            case "Element" -> {
                Content content = contentOfRule(c.path("rule"));
                ReferenceUnits.Override o = ov.get(path);
                if (o != null) content = override(content, o);
                return new Element(c.path("bitSize").asInt(), content);
            }
            case "Group" -> {
                List<Part> parts = parts(c, path, ov);
                return new Group(parts, bits(parts));
            }
            case "Extended" -> {
                List<List<Part>> extents = new ArrayList<>();
                List<Part> cur = new ArrayList<>();
                for (JsonNode p : c) {
                    if (p.isNull()) {
                        if (bits(cur) % 8 != 7) throw new IllegalArgumentException("extent not 7 bits + FX");
                        extents.add(List.copyOf(cur));
                        cur = new ArrayList<>();
                    } else {
                        cur.add(part(p, path, ov));
                    }
                }
                if (!cur.isEmpty()) throw new IllegalArgumentException("extended item must end with FX");
                return new Extended(List.copyOf(extents));
            }
            case "Repetitive" -> {
                Variation el = variation(c.path("variation"), path, ov);
                int bits = fixedBits(el);
                JsonNode type = c.path("type");
                if ("RepetitiveFx".equals(type.path("tag").asString())) {
                    if (bits % 8 != 7) throw new IllegalArgumentException("FX repetition element not 8n-1 bits");
                    return new Repetitive(0, el, bits);
                }
                if (bits % 8 != 0) throw new IllegalArgumentException("repetition element not octet aligned");
                return new Repetitive(type.path("contents").path("byteSize").asInt(), el, bits);
            }
            case "Explicit" -> {
                return new Explicit("ReservedExpansion".equals(c.path("tag").asString("")));
            }
            case "Compound" -> {
                List<Sub> slots = new ArrayList<>();
                for (JsonNode s : c) {
                    slots.add(
                            s.isNull()
                                    ? null
                                    : new Sub(
                                            s.path("name").asString(),
                                            variationOfRule(
                                                    s.path("rule"),
                                                    path + "/" + s.path("name").asString(),
                                                    ov),
                                            -1));
                }
                return new Compound(Collections.unmodifiableList(slots));
            }
            default -> throw new IllegalArgumentException("unknown variation " + v.path("tag"));
        }
    }

    private static List<Part> parts(JsonNode list, String path, Map<String, ReferenceUnits.Override> ov) {
        List<Part> parts = new ArrayList<>();
        for (JsonNode p : list) parts.add(part(p, path, ov));
        return List.copyOf(parts);
    }

    private static Part part(JsonNode p, String path, Map<String, ReferenceUnits.Override> ov) {
        if ("Spare".equals(p.path("tag").asString()))
            return new Spare(p.path("contents").asInt());
        JsonNode item = p.path("contents");
        Variation v = variationOfRule(
                item.path("rule"), path + "/" + item.path("name").asString(), ov);
        return new Sub(item.path("name").asString(), v, fixedBits(v));
    }

    private static Content override(Content c, ReferenceUnits.Override o) {
        if (o.integer()) return new IntegerContent(false);
        if (o.acas()) return new Bds(ModeSRegisters.ACAS_RA);
        if (o.signed() && c instanceof Raw) return new IntegerContent(true);
        if (c instanceof Quantity q) {
            return new Quantity(
                    q.signed() || o.signed(), q.lsb() * o.factor(), o.unit().isEmpty() ? q.unit() : o.unit());
        }
        throw new IllegalArgumentException("unit override on a non-quantity " + c);
    }

    static int fixedBits(Variation v) {
        return switch (v) {
            case Element e -> e.bits();
            case Group g -> g.bits();
            default -> throw new IllegalArgumentException("variable-size variation inside a fixed part: " + v);
        };
    }

    private static int bits(List<Part> parts) {
        int n = 0;
        for (Part p : parts) n += p.bits();
        return n;
    }

    private static Content contentOfRule(JsonNode rule) {
        JsonNode c = rule.path("contents");
        if ("ContextFree".equals(rule.path("tag").asString())) return content(c);
        Map<Long, Content> cases = new HashMap<>();
        for (JsonNode cs : c.path("cases")) {
            cases.put(cs.get(0).get(0).asLong(), content(cs.get(1)));
        }
        JsonNode path = c.path("path").get(0);
        String sibling = path.get(path.size() - 1).asString();
        return new Dependent(sibling, Map.copyOf(cases), content(c.path("default")));
    }

    private static Content content(JsonNode n) {
        JsonNode c = n.path("contents");
        return switch (n.path("tag").asString()) {
            case "ContentRaw" -> new Raw();
            case "ContentTable" -> {
                Map<Long, String> m = new HashMap<>();
                for (JsonNode e : c) m.put(e.get(0).asLong(), e.get(1).asString());
                yield new Table(Map.copyOf(m));
            }
            case "ContentInteger" -> new IntegerContent(signed(c));
            case "ContentQuantity" ->
                new Quantity(signed(c), number(c.path("lsb")), c.path("unit").asString(""));
            case "ContentString" ->
                new Text(
                        switch (c.path("tag").asString()) {
                            case "StringAscii" -> TextKind.ASCII;
                            case "StringICAO" -> TextKind.ICAO;
                            case "StringOctal" -> TextKind.OCTAL;
                            default -> throw new IllegalArgumentException("unknown string kind " + c);
                        });
            case "ContentBds" ->
                new Bds(
                        "BdsAt".equals(c.path("tag").asString())
                                ? c.path("contents").asInt()
                                : -1);
            default -> throw new IllegalArgumentException("unknown content " + n.path("tag"));
        };
    }

    private static boolean signed(JsonNode c) {
        return "Signed".equals(c.path("signedness").path("tag").asString());
    }

    private static double number(JsonNode n) {
        JsonNode c = n.path("contents");
        return switch (n.path("tag").asString()) {
            case "NumInt" -> c.asDouble();
            case "NumDiv" -> number(c.path("numerator")) / number(c.path("denominator"));
            case "NumPow" ->
                Math.pow(c.path("base").asDouble(), c.path("exponent").asDouble());
            default -> throw new IllegalArgumentException("unknown number " + n);
        };
    }
}
