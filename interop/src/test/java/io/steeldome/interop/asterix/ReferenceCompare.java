package io.steeldome.interop.asterix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Java port of /work/shared/tools/asterix_compare.py (the project's agreed comparison with the CroatiaControl
 * asterix reference decoder): records matched by order, items by number, leaf values matched as a multiset with a
 * tolerance of 1e-3 relative or 1e-6 absolute; FX, spare and reserved leaves skipped.
 */
final class ReferenceCompare {
    private static final Set<String> SKIP = Set.of("FX", "spare", "res1", "res2");
    private static final Pattern ITEM = Pattern.compile("(?:I?0*(\\d{1,3})[/_])?I?(\\d{3})");

    record Result(int values, int matched, String firstMismatch) {
        double ratio() {
            return values == 0 ? 0 : (double) matched / values;
        }
    }

    private ReferenceCompare() {}

    static Result compare(List<JsonNode> ref, List<JsonNode> got) {
        int total = 0;
        int ok = 0;
        String firstBad = null;
        for (int n = 0; n < ref.size(); n++) {
            Map<String, JsonNode> ri = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : ref.get(n).properties()) {
                if (e.getKey().startsWith("CAT")) walk(e.getValue(), ri);
            }
            Map<String, JsonNode> gi = new LinkedHashMap<>();
            if (n < got.size()) walk(got.get(n), gi);
            for (Map.Entry<String, JsonNode> e : ri.entrySet()) {
                List<JsonNode> want = new ArrayList<>();
                leaves(e.getValue(), want);
                List<JsonNode> have = new ArrayList<>();
                leaves(gi.get(e.getKey()), have);
                for (JsonNode w : want) {
                    total++;
                    int hit = -1;
                    for (int i = 0; i < have.size() && hit < 0; i++) if (same(w, have.get(i))) hit = i;
                    if (hit >= 0) {
                        ok++;
                        have.remove(hit);
                    } else if (firstBad == null) {
                        firstBad =
                                "record " + n + " item " + e.getKey() + ": want " + w + ", have " + gi.get(e.getKey());
                    }
                }
            }
        }
        return new Result(total, ok, firstBad);
    }

    static void walk(JsonNode d, Map<String, JsonNode> out) {
        if (d == null || !d.isObject()) return;
        for (Map.Entry<String, JsonNode> e : d.properties()) {
            JsonNode v = e.getValue();
            var m = ITEM.matcher(e.getKey());
            if (m.matches() && (v.isObject() || v.isArray() || v.isNumber() || v.isString())) {
                out.putIfAbsent(m.group(2), v);
            } else if (v.isObject()) {
                walk(v, out);
            }
        }
    }

    static void leaves(JsonNode x, List<JsonNode> out) {
        if (x == null || x.isNull()) return;
        if (x.isObject()) {
            for (Map.Entry<String, JsonNode> e : x.properties())
                if (!SKIP.contains(e.getKey())) leaves(e.getValue(), out);
        } else if (x.isArray()) {
            for (JsonNode v : x) leaves(v, out);
        } else {
            out.add(x);
        }
    }

    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber()) {
            double bv;
            if (b.isNumber()) {
                bv = b.asDouble();
            } else if (b.isString()) {
                try {
                    bv = Double.parseDouble(b.asString().strip());
                } catch (NumberFormatException e) {
                    return false;
                }
            } else {
                return false;
            }
            return Math.abs(a.asDouble() - bv) <= Math.max(1e-6, 1e-3 * Math.abs(a.asDouble()));
        }
        return str(a).strip().equals(str(b).strip());
    }

    private static String str(JsonNode n) {
        if (n.isString()) return n.asString();
        if (n.isIntegralNumber()) return Long.toString(n.asLong());
        return n.toString();
    }
}
