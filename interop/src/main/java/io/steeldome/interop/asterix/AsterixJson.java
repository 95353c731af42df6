package io.steeldome.interop.asterix;

import io.steeldome.interop.asterix.AsterixValue.Field;
import io.steeldome.interop.asterix.AsterixValue.Fields;
import io.steeldome.interop.asterix.AsterixValue.Num;
import io.steeldome.interop.asterix.AsterixValue.Repeated;
import io.steeldome.interop.asterix.AsterixValue.Text;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON form of records: {@code {"category", "edition", "length", "hex", "timestamp"?, "captureTime"?, "items": {
 * "I048/010": {"SAC": 25, "SIC": 201}, ...}}}. Scaled numbers are written as doubles (exact binary value),
 * enumerations and integers as integers, text as strings; repetitive items are arrays; non-zero spare bits appear as
 * {@code spare}, {@code spare2}, ... so that encoding the JSON reproduces the bytes. Decoded Mode S registers
 * ({@code BDS40}, ...) are derived fields, ignored when encoding. A record or compound FSPEC longer than needed (empty
 * trailing octets, seen in real CAT062 data) is recorded as {@code fspecOctets} so that encoding reproduces it. For pcap input, {@code captureTime} is the ISO-8601
 * capture instant and {@code timestamp} the capture time as the reference decoder prints it: milliseconds since
 * midnight UTC.
 */
public final class AsterixJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AsterixJson() {}

    /** The full JSON object of a record. */
    public static ObjectNode toJson(AsterixRecord r) {
        ObjectNode o = F.objectNode();
        o.put("category", r.category());
        o.put("edition", r.edition());
        o.put("length", r.length());
        o.put("hex", r.hex());
        r.captureTime().ifPresent(t -> {
            o.put("timestamp", millisOfDay(t));
            o.put("captureTime", t.toString());
        });
        if (r.fspecOctets() > r.minimalFspecOctets()) o.put(ItemCodec.FSPEC_OCTETS, r.fspecOctets());
        ObjectNode items = o.putObject("items");
        for (int i = 0; i < r.itemCount(); i++) {
            items.set(r.itemId(i), toJson(r.itemValue(i)));
        }
        return o;
    }

    /** Capture time as milliseconds since midnight UTC (truncated), as the reference decoder prints it. */
    static double millisOfDay(Instant t) {
        return Math.floorMod(t.getEpochSecond(), 86_400L) * 1000L + t.getNano() / 1_000_000;
    }

    /** The JSON of one value. */
    public static JsonNode toJson(AsterixValue v) {
        return switch (v) {
            case Num n -> n.scaled() ? F.numberNode(n.value()) : F.numberNode(n.raw());
            case Text t -> F.stringNode(t.text());
            case Fields fs -> {
                ObjectNode o = F.objectNode();
                for (Field f : fs.fields()) o.set(f.name(), toJson(f.value()));
                yield o;
            }
            case Repeated r -> {
                ArrayNode a = F.arrayNode();
                for (AsterixValue e : r.elements()) a.add(toJson(e));
                yield a;
            }
        };
    }
}
