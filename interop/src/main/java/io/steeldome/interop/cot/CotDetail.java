package io.steeldome.interop.cot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The CoT {@code <detail>}: its attributes and child elements as a generic tree in document order, so details this
 * code does not know (TAK's {@code __chat}, {@code shape}, {@code usericon}, ...) are carried through unchanged.
 * Typed accessors read the common ones; they return empty when the element is absent and throw a
 * {@link CotException} when it is present with a malformed value.
 */
public record CotDetail(List<XmlAttribute> attributes, List<XmlElement> elements) {
    public static final CotDetail EMPTY = new CotDetail(List.of(), List.of());

    public CotDetail {
        attributes = List.copyOf(attributes);
        elements = List.copyOf(elements);
    }

    public static CotDetail of(XmlElement... elements) {
        return new CotDetail(List.of(), List.of(elements));
    }

    /** The first element with this name. */
    public Optional<XmlElement> element(String name) {
        return elements.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** All elements with this name, in order. */
    public List<XmlElement> elements(String name) {
        return elements.stream().filter(e -> e.name().equals(name)).toList();
    }

    /** This detail with one more element at the end. */
    public CotDetail with(XmlElement e) {
        List<XmlElement> l = new ArrayList<>(elements);
        l.add(e);
        return new CotDetail(attributes, l);
    }

    /** This detail with the first element of the same name replaced in place (or {@code e} appended if none). */
    public CotDetail withReplaced(XmlElement e) {
        List<XmlElement> l = new ArrayList<>(elements);
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).name().equals(e.name())) {
                l.set(i, e);
                return new CotDetail(attributes, l);
            }
        }
        l.add(e);
        return new CotDetail(attributes, l);
    }

    // ---------------------------------------------------------------- typed views

    /** {@code <contact callsign=".." endpoint="host:port:proto"/>}. */
    public record Contact(Optional<String> callsign, Optional<String> endpoint) {
        public XmlElement toElement() {
            List<String> kv = new ArrayList<>();
            callsign.ifPresent(c -> kv.addAll(List.of("callsign", c)));
            endpoint.ifPresent(c -> kv.addAll(List.of("endpoint", c)));
            return XmlElement.of("contact", kv.toArray(String[]::new));
        }
    }

    /**
     * {@code <track course=".." speed=".." slope=".."/>}: course in degrees clockwise from true north, speed in m/s (the
     * 3-D magnitude per the MITRE track schema), slope in degrees above the horizontal (negative = descending).
     */
    public record Track(double courseDeg, double speedMps, OptionalDouble slopeDeg) {
        public XmlElement toElement() {
            XmlElement e =
                    XmlElement.of("track", "course", CotXml.decimal(courseDeg), "speed", CotXml.decimal(speedMps));
            return slopeDeg.isPresent() ? e.withAttribute("slope", CotXml.decimal(slopeDeg.getAsDouble())) : e;
        }
    }

    /** {@code <remarks source=".." time="..">text</remarks>}. */
    public record Remarks(String text, Optional<String> source, Optional<Instant> time) {
        public XmlElement toElement() {
            XmlElement e = XmlElement.of("remarks");
            if (source.isPresent()) {
                e = e.withAttribute("source", source.get());
            }
            if (time.isPresent()) {
                e = e.withAttribute("time", CotTime.format(time.get()));
            }
            return text.isEmpty() ? e : e.withChild(new XmlText(text));
        }
    }

    /** A {@code point="lat,lon[,hae]"} of a link (route waypoints), degrees and metres. */
    public record LinkPoint(double latDeg, double lonDeg, OptionalDouble haeM) {}

    /** {@code <link uid type relation [callsign] [point]/>}: a relation to another CoT object. */
    public record Link(
            Optional<String> uid,
            Optional<String> type,
            Optional<String> relation,
            Optional<String> callsign,
            Optional<LinkPoint> point) {
        public XmlElement toElement() {
            XmlElement e = XmlElement.of("link");
            if (uid.isPresent()) {
                e = e.withAttribute("uid", uid.get());
            }
            if (type.isPresent()) {
                e = e.withAttribute("type", type.get());
            }
            if (relation.isPresent()) {
                e = e.withAttribute("relation", relation.get());
            }
            if (callsign.isPresent()) {
                e = e.withAttribute("callsign", callsign.get());
            }
            if (point.isPresent()) {
                LinkPoint p = point.get();
                String v = CotXml.decimal(p.latDeg()) + "," + CotXml.decimal(p.lonDeg());
                e = e.withAttribute(
                        "point",
                        p.haeM().isPresent() ? v + "," + CotXml.decimal(p.haeM().getAsDouble()) : v);
            }
            return e;
        }
    }

    /** TAK's team membership {@code <__group name="Cyan" role="Team Member"/>}. */
    public record Group(Optional<String> name, Optional<String> role) {
        public XmlElement toElement() {
            XmlElement e = XmlElement.of("__group");
            if (name.isPresent()) {
                e = e.withAttribute("name", name.get());
            }
            return role.isPresent() ? e.withAttribute("role", role.get()) : e;
        }
    }

    /** {@code <status battery=".." readiness=".."/>}. */
    public record Status(OptionalInt batteryPercent, Optional<Boolean> readiness) {}

    /** TAK's {@code <precisionlocation geopointsrc=".." altsrc=".."/>} (e.g. GPS, User, DTED0, ???). */
    public record PrecisionLocation(Optional<String> geopointSource, Optional<String> altitudeSource) {}

    /** One {@code _flow-tags_} attribute: a system that handled the event and when it sent it on. */
    public record FlowTag(String system, Instant time) {}

    public Optional<Contact> contact() {
        return element("contact").map(e -> new Contact(e.attribute("callsign"), e.attribute("endpoint")));
    }

    public Optional<Track> track() {
        return element("track")
                .map(e -> new Track(
                        number(e, "course").orElse(0.0), number(e, "speed").orElse(0.0), number(e, "slope")));
    }

    public Optional<Remarks> remarks() {
        return element("remarks")
                .map(e -> new Remarks(
                        e.text(),
                        e.attribute("source"),
                        e.attribute("time").map(t -> CotTime.parse("remarks time", t))));
    }

    public List<Link> links() {
        return elements("link").stream()
                .map(e -> new Link(
                        e.attribute("uid"),
                        e.attribute("type"),
                        e.attribute("relation"),
                        e.attribute("callsign"),
                        e.attribute("point").map(CotDetail::linkPoint)))
                .toList();
    }

    public Optional<Group> group() {
        return element("__group").map(e -> new Group(e.attribute("name"), e.attribute("role")));
    }

    public Optional<Status> status() {
        return element("status").map(e -> {
            OptionalDouble b = number(e, "battery");
            return new Status(
                    b.isPresent() ? OptionalInt.of((int) Math.round(b.getAsDouble())) : OptionalInt.empty(),
                    e.attribute("readiness").map(Boolean::parseBoolean));
        });
    }

    public Optional<PrecisionLocation> precisionLocation() {
        return element("precisionlocation")
                .map(e -> new PrecisionLocation(e.attribute("geopointsrc"), e.attribute("altsrc")));
    }

    /** The {@code _flow-tags_} hops in document order (its optional {@code version} attribute is not a hop). */
    public List<FlowTag> flowTags() {
        return element("_flow-tags_")
                .map(e -> e.attributes().stream()
                        .filter(a -> !a.name().equals("version"))
                        .map(a -> new FlowTag(a.name(), CotTime.parse("_flow-tags_ " + a.name(), a.value())))
                        .toList())
                .orElse(List.of());
    }

    /** This detail with a {@code _flow-tags_} hop added (or updated), as a system that forwards the event does. */
    public CotDetail withFlowTag(String system, Instant time) {
        XmlElement tags = element("_flow-tags_").orElse(XmlElement.of("_flow-tags_"));
        return withReplaced(tags.withAttribute(system, CotTime.format(time)));
    }

    private static OptionalDouble number(XmlElement e, String attr) {
        Optional<String> v = e.attribute(attr);
        if (v.isEmpty() || v.get().isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(v.get().strip()));
        } catch (NumberFormatException ex) {
            throw new CotException(CotError.BAD_NUMBER, e.name(), attr, v.get());
        }
    }

    private static LinkPoint linkPoint(String s) {
        String[] p = s.split(",");
        try {
            if (p.length < 2 || p.length > 3) {
                throw new NumberFormatException(s);
            }
            return new LinkPoint(
                    Double.parseDouble(p[0].strip()),
                    Double.parseDouble(p[1].strip()),
                    p.length == 3 ? OptionalDouble.of(Double.parseDouble(p[2].strip())) : OptionalDouble.empty());
        } catch (NumberFormatException ex) {
            throw new CotException(CotError.BAD_NUMBER, "link", "point", s);
        }
    }
}
