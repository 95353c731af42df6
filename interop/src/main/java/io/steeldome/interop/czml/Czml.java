package io.steeldome.interop.czml;

import io.steeldome.core.geo.GeodeticPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a CZML document (the time-dynamic JSON scene format of CesiumJS; AnalyticalGraphicsInc/czml-writer wiki,
 * "CZML Structure" and "Packet"): an array whose first packet is {@code {"id": "document", "version": "1.0"}} with a
 * clock over the scenario, followed by one packet per object.
 *
 * <p>Times are seconds since a scenario epoch, an absolute UTC instant the caller supplies. Intervals and epochs are
 * written as ISO-8601 UTC to the millisecond. Positions are {@code cartographicDegrees}: {@code [lon, lat, h]} for a
 * fixed object, and {@code [t, lon, lat, h, t, lon, lat, h, ...]} with an {@code epoch} for a moving one (t in seconds
 * since that epoch, lon/lat in WGS-84 degrees, h in metres above the ellipsoid). Degrees are quantised to 1e-7, heights
 * to 1 cm and times to 1 ms, so equal inputs give equal files.
 */
public final class Czml {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    public static final String DOCUMENT_ID = "document";

    private final Instant epoch;
    private final double startS;
    private final double stopS;
    private final ObjectNode document;
    private final List<Packet> packets = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    /** An sRGB colour with alpha, each 0-255. */
    public record Rgba(int r, int g, int b, int a) {
        public Rgba {
            for (int v : new int[] {r, g, b, a}) {
                if (v < 0 || v > 255) {
                    throw new IllegalArgumentException("colour components are 0-255, got " + v);
                }
            }
        }

        JsonNode json() {
            ObjectNode c = NODES.objectNode();
            c.putArray("rgba").add(r).add(g).add(b).add(a);
            return c;
        }
    }

    /**
     * A document whose clock runs from {@code startS} to {@code stopS} after {@code epoch}, looping to the start,
     * {@code multiplier} times faster than real time.
     */
    public Czml(String name, Instant epoch, double startS, double stopS, double multiplier) {
        if (!(stopS >= startS) || !Double.isFinite(startS) || !Double.isFinite(stopS)) {
            throw new IllegalArgumentException("clock needs finite start <= stop, got " + startS + ", " + stopS);
        }
        if (!(multiplier > 0)) {
            throw new IllegalArgumentException("clock multiplier must be > 0, got " + multiplier);
        }
        this.epoch = epoch;
        this.startS = startS;
        this.stopS = stopS;
        document = NODES.objectNode();
        document.put("id", DOCUMENT_ID);
        document.put("name", name);
        document.put("version", "1.0");
        ObjectNode clock = document.putObject("clock");
        clock.put("interval", interval(startS, stopS));
        clock.put("currentTime", time(startS));
        clock.put("multiplier", multiplier);
        clock.put("range", "LOOP_STOP");
        clock.put("step", "SYSTEM_CLOCK_MULTIPLIER");
        ids.add(DOCUMENT_ID);
    }

    public Instant epoch() {
        return epoch;
    }

    /** A new packet, appended in call order; ids must be unique and not "document". */
    public Packet packet(String id) {
        if (id == null || id.isBlank() || !ids.add(id)) {
            throw new IllegalArgumentException("packet ids must be unique and not blank, got '" + id + "'");
        }
        Packet p = new Packet(id);
        packets.add(p);
        return p;
    }

    public int size() {
        return packets.size() + 1;
    }

    public JsonNode toJson() {
        ArrayNode a = NODES.arrayNode();
        a.add(document);
        packets.forEach(p -> a.add(p.node));
        return a;
    }

    public String toJsonString() {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson()) + "\n";
    }

    /** ISO-8601 UTC of {@code s} seconds after the epoch, to the millisecond. */
    public String time(double s) {
        return epoch.plusMillis(Math.round(s * 1000)).toString();
    }

    /** A CZML interval "start/stop" of seconds after the epoch. */
    public String interval(double fromS, double toS) {
        if (!(toS >= fromS)) {
            throw new IllegalArgumentException("an interval needs start <= stop, got " + fromS + ", " + toS);
        }
        return time(fromS) + "/" + time(toS);
    }

    /** One object of the scene; its setters add CZML properties and return the packet. */
    public final class Packet {
        private final ObjectNode node;

        private Packet(String id) {
            node = NODES.objectNode();
            node.put("id", id);
        }

        public Packet name(String name) {
            node.put("name", name);
            return this;
        }

        /** An HTML description shown in Cesium's info box. */
        public Packet description(String html) {
            node.put("description", html);
            return this;
        }

        /** Groups this packet under another in Cesium's entity tree. */
        public Packet parent(String parentId) {
            node.put("parent", parentId);
            return this;
        }

        /** When the object exists (and is drawn), seconds after the epoch. */
        public Packet availability(double fromS, double toS) {
            node.put("availability", interval(fromS, toS));
            return this;
        }

        /** A fixed position. */
        public Packet position(GeodeticPoint p) {
            ArrayNode a = node.putObject("position").putArray("cartographicDegrees");
            lonLatH(a, p);
            return this;
        }

        /**
         * A sampled position, interpolated between samples with Lagrange polynomials of {@code degree} (1: linear).
         *
         * @param timesS seconds after the epoch, strictly increasing, one per point
         */
        public Packet position(List<Double> timesS, List<GeodeticPoint> points, int degree) {
            if (timesS.size() != points.size() || points.isEmpty()) {
                throw new IllegalArgumentException(
                        "a sampled position needs one time per point, got " + timesS.size() + " and " + points.size());
            }
            if (degree < 1) {
                throw new IllegalArgumentException("interpolation degree must be >= 1, got " + degree);
            }
            ObjectNode pos = node.putObject("position");
            pos.put("epoch", time(0));
            pos.put("interpolationAlgorithm", "LAGRANGE");
            pos.put("interpolationDegree", Math.min(degree, Math.max(1, points.size() - 1)));
            ArrayNode a = pos.putArray("cartographicDegrees");
            long last = Long.MIN_VALUE;
            for (int i = 0; i < points.size(); i++) {
                long ms = Math.round(timesS.get(i) * 1000);
                if (ms <= last) {
                    throw new IllegalArgumentException("sample times must increase, got " + timesS);
                }
                last = ms;
                a.add(ms / 1000.0);
                lonLatH(a, points.get(i));
            }
            return this;
        }

        /** A dot of {@code pixelSize} pixels. */
        public Packet point(Rgba colour, double pixelSize) {
            ObjectNode p = node.putObject("point");
            p.set("color", colour.json());
            p.put("pixelSize", pixelSize);
            p.set("outlineColor", new Rgba(0, 0, 0, 255).json());
            p.put("outlineWidth", 1);
            return this;
        }

        public Packet label(String text, Rgba colour) {
            ObjectNode l = node.putObject("label");
            l.put("text", text);
            l.put("font", "12pt sans-serif");
            l.set("fillColor", colour.json());
            l.put("horizontalOrigin", "LEFT");
            l.putObject("pixelOffset").putArray("cartesian2").add(8).add(-8);
            return this;
        }

        /** The trail a moving object leaves: the last {@code trailS} seconds of its path. */
        public Packet path(Rgba colour, double widthPx, double trailS) {
            ObjectNode p = node.putObject("path");
            p.set("material", solid(colour));
            p.put("width", widthPx);
            p.put("leadTime", 0);
            p.put("trailTime", trailS);
            p.put("resolution", 1);
            return this;
        }

        /** A filled polygon on the ellipsoid; the ring may be open or closed (CZML does not repeat the first point). */
        public Packet polygon(List<GeodeticPoint> ring, Rgba fill, Rgba outline) {
            return polygon(ring, List.of(), fill, outline);
        }

        /** A filled polygon with holes ({@code holes} is CZML's list of position lists). */
        public Packet polygon(List<GeodeticPoint> ring, List<List<GeodeticPoint>> holes, Rgba fill, Rgba outline) {
            ObjectNode p = node.putObject("polygon");
            ArrayNode a = p.putObject("positions").putArray("cartographicDegrees");
            open(ring).forEach(pt -> lonLatH(a, pt.withHeight(0)));
            if (!holes.isEmpty()) {
                ArrayNode h = p.putObject("holes").putArray("cartographicDegrees");
                for (List<GeodeticPoint> hole : holes) {
                    ArrayNode one = h.addArray();
                    open(hole).forEach(pt -> lonLatH(one, pt.withHeight(0)));
                }
            }
            p.set("material", solid(fill));
            p.put("height", 0);
            p.put("outline", true);
            p.set("outlineColor", outline.json());
            return this;
        }

        /**
         * An ellipse around the packet's position.
         *
         * @param majorFromEastRad direction of the semi-major axis, counter-clockwise from east: what CesiumJS draws
         *     for {@code rotation} (its semi-major axis lies along east at rotation 0, although its reference pages
         *     say "from north": CesiumGS/cesium issues 2494 and 8682)
         */
        public Packet ellipse(double semiMajorM, double semiMinorM, double majorFromEastRad, Rgba fill) {
            if (!(semiMajorM >= semiMinorM) || !(semiMinorM > 0)) {
                throw new IllegalArgumentException(
                        "an ellipse needs semiMajor >= semiMinor > 0, got " + semiMajorM + ", " + semiMinorM);
            }
            ObjectNode e = node.putObject("ellipse");
            e.put("semiMajorAxis", Math.rint(semiMajorM * 10) / 10);
            e.put("semiMinorAxis", Math.rint(semiMinorM * 10) / 10);
            e.put("rotation", Math.rint(majorFromEastRad * 1e6) / 1e6);
            e.set("material", solid(fill));
            e.put("height", 0);
            e.put("outline", true);
            return this;
        }

        /** A line through fixed points, drawn only from {@code fromS} to {@code toS} (hidden before and after). */
        public Packet polyline(List<GeodeticPoint> points, Rgba colour, double widthPx, double fromS, double toS) {
            if (points.size() < 2) {
                throw new IllegalArgumentException("a polyline needs at least 2 positions, got " + points.size());
            }
            ObjectNode l = node.putObject("polyline");
            ArrayNode show = l.putArray("show");
            if (fromS > startS) {
                show.addObject().put("interval", interval(startS, fromS)).put("boolean", false);
            }
            show.addObject().put("interval", interval(fromS, toS)).put("boolean", true);
            if (toS < stopS) {
                show.addObject().put("interval", interval(toS, stopS)).put("boolean", false);
            }
            ArrayNode a = l.putObject("positions").putArray("cartographicDegrees");
            points.forEach(pt -> lonLatH(a, pt));
            l.set("material", solid(colour));
            l.put("width", widthPx);
            return this;
        }

        /** Plain values for Cesium's entity properties (shown in the info box, read by scripts). */
        public Packet properties(Map<String, ?> values) {
            node.set("properties", MAPPER.valueToTree(values));
            return this;
        }
    }

    /** A ring without the repeated closing point, at least 3 positions. */
    private static List<GeodeticPoint> open(List<GeodeticPoint> ring) {
        List<GeodeticPoint> r = new ArrayList<>(ring);
        if (r.size() > 1 && r.get(0).equals(r.get(r.size() - 1))) {
            r.remove(r.size() - 1);
        }
        if (r.size() < 3) {
            throw new IllegalArgumentException("a polygon ring needs at least 3 positions, got " + r.size());
        }
        return r;
    }

    private static ObjectNode solid(Rgba colour) {
        ObjectNode m = NODES.objectNode();
        m.putObject("solidColor").set("color", colour.json());
        return m;
    }

    private static void lonLatH(ArrayNode a, GeodeticPoint p) {
        a.add(Math.rint(p.lonDeg() * 1e7) / 1e7);
        a.add(Math.rint(p.latDeg() * 1e7) / 1e7);
        a.add(Math.rint(p.hM() * 100) / 100);
    }
}
