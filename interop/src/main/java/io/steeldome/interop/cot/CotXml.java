package io.steeldome.interop.cot;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads and writes single CoT 2.0 events.
 *
 * <p>Reading uses the JDK's own StAX parser with DTDs, external entities and external schema/DTD access disabled, so
 * XXE and entity-expansion payloads fail as malformed input instead of being resolved. Text is parsed from characters:
 * for bytes the encoding is sniffed from the bytes themselves (BOM or UTF-16 zero pattern, else UTF-8), and an XML
 * declaration that contradicts them is ignored, as real ATAK clients declare {@code utf-16} on ASCII bytes.
 *
 * <p>Writing is deterministic: fixed attribute order, double quotes, no indentation, numbers in plain decimal form
 * (the schema's {@code xs:decimal} has no exponent), times in UTC to the millisecond.
 *
 * <p>For many events on one connection see {@link CotStreamReader}.
 */
public final class CotXml {
    private CotXml() {}

    /** The XML declaration the writer puts in front of each event. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    // ---------------------------------------------------------------- reading

    /**
     * Parses one event from text.
     *
     * @throws CotException with the line and column of the problem when the text is not one well-formed, valid event
     */
    public static CotEvent read(String xml) {
        return parse(new StringReader(skipLeadingSpace(xml)), 0);
    }

    /** Parses one event from a character stream (the XML declaration's encoding is irrelevant there). */
    public static CotEvent read(Reader xml) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n = xml.read(buf); n >= 0; n = xml.read(buf)) {
                sb.append(buf, 0, n);
            }
            return read(sb.toString());
        } catch (java.io.IOException e) {
            throw new CotException(e, 0, 0, 0, CotError.IO, "reading an event", e.getMessage());
        }
    }

    /**
     * Whitespace (and a byte-order mark) before the XML declaration is not well-formed XML, but network captures and
     * hand-made files have it; it carries nothing, so it is dropped.
     */
    private static String skipLeadingSpace(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
            i++;
        }
        return s.substring(i);
    }

    /** Parses one event from bytes, sniffing the encoding from the bytes (see the class comment). */
    public static CotEvent read(byte[] xml) {
        return read(xml, 0, xml.length);
    }

    public static CotEvent read(byte[] xml, int offset, int length) {
        return read(decode(xml, offset, length));
    }

    /** Reads all of {@code in} and parses it as one event (for files; streams of events go to CotStreamReader). */
    public static CotEvent read(InputStream in) {
        try {
            return read(in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new CotException(e, 0, 0, 0, CotError.IO, "reading an event", e.getMessage());
        }
    }

    /**
     * Decodes event bytes. UTF-16 is recognised by its BOM or by a zero byte next to the first '<'; everything else
     * is read as UTF-8, falling back to the declared encoding (or ISO-8859-1) only when the bytes are not UTF-8.
     */
    static String decode(byte[] b, int off, int len) {
        if (len >= 2) {
            int b0 = b[off] & 0xFF;
            int b1 = b[off + 1] & 0xFF;
            if (b0 == 0xFE && b1 == 0xFF) {
                return new String(b, off + 2, len - 2, StandardCharsets.UTF_16BE);
            }
            if (b0 == 0xFF && b1 == 0xFE) {
                return new String(b, off + 2, len - 2, StandardCharsets.UTF_16LE);
            }
            if (b0 == 0 && b1 == '<') {
                return new String(b, off, len, StandardCharsets.UTF_16BE);
            }
            if (b0 == '<' && b1 == 0) {
                return new String(b, off, len, StandardCharsets.UTF_16LE);
            }
        }
        if (len >= 3 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB && (b[off + 2] & 0xFF) == 0xBF) {
            off += 3;
            len -= 3;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, off, len))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            String head = new String(b, off, Math.min(len, 200), StandardCharsets.ISO_8859_1);
            Matcher m = DECLARED_ENCODING.matcher(head);
            Charset cs = StandardCharsets.ISO_8859_1;
            if (m.find()) {
                try {
                    Charset declared = Charset.forName(m.group(1));
                    // a single-byte-compatible declaration is the only one that can explain non-UTF-8 ASCII-led bytes
                    if (!declared.name().startsWith("UTF-16")
                            && !declared.name().startsWith("UTF-32")) {
                        cs = declared;
                    }
                } catch (IllegalArgumentException unknownCharset) {
                    // keep ISO-8859-1: every byte maps to a character, so the parser still sees the markup
                }
            }
            return new String(b, off, len, cs);
        }
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK parser, whatever is on the class path
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true); // only the five predefined exist
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Element and attribute names are kept exactly as written (prefix included) and xmlns declarations are plain
        // attributes, which is what an order-preserving round trip of foreign details needs.
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Parses one event from characters; {@code streamOffset} only decorates errors. */
    static CotEvent parse(Reader in, long streamOffset) {
        XMLStreamReader r = null;
        try {
            r = secureFactory().createXMLStreamReader(in);
            CotEvent e = readDocument(r);
            return e;
        } catch (XMLStreamException ex) {
            Location loc = ex.getLocation();
            int line = loc == null ? 0 : loc.getLineNumber();
            int col = loc == null ? 0 : loc.getColumnNumber();
            throw new CotException(
                    ex, line, col, streamOffset, CotError.MALFORMED_XML, line, col, stripLocation(ex.getMessage()));
        } catch (CotException ex) {
            return rethrowAt(ex, r, streamOffset);
        } catch (RuntimeException ex) { // the JDK parser reports some malformed input unchecked
            throw new CotException(ex, 0, 0, streamOffset, CotError.MALFORMED_XML, 0, 0, String.valueOf(ex));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a String/Reader we own releases nothing that can fail meaningfully
                }
            }
        }
    }

    private static CotEvent rethrowAt(CotException ex, XMLStreamReader r, long streamOffset) {
        if (ex.line() > 0 || r == null) {
            throw ex.streamOffset() == streamOffset ? ex : ex.atStreamOffset(streamOffset);
        }
        Location loc = r.getLocation();
        throw new CotException(
                ex.getCause() == null ? ex : ex.getCause(),
                loc.getLineNumber(),
                loc.getColumnNumber(),
                streamOffset,
                (CotError) ex.code(),
                ex.args().toArray());
    }

    private static String stripLocation(String msg) {
        if (msg == null) {
            return "";
        }
        int i = msg.indexOf("Message: ");
        return (i >= 0 ? msg.substring(i + 9) : msg).strip();
    }

    private static CotEvent readDocument(XMLStreamReader r) throws XMLStreamException {
        int ev = r.getEventType(); // START_DOCUMENT: the declaration, if any, is already read
        while (ev != XMLStreamConstants.START_ELEMENT) {
            ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                throw new CotException(CotError.DTD_NOT_ALLOWED, r.getLocation().getLineNumber());
            }
            if (ev == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                throw new XMLStreamException("text before the root element", r.getLocation());
            }
            if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("no root element", r.getLocation());
            }
        }
        String root = qname(r.getPrefix(), r.getLocalName());
        if (!root.equals("event")) {
            throw new CotException(CotError.NOT_AN_EVENT, root);
        }
        Map<String, String> a = attributes(r);
        String uid = required(a, "event", "uid");
        CotPoint point = null;
        CotDetail detail = null;
        while (true) {
            ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = qname(r.getPrefix(), r.getLocalName());
                if (name.equals("point")) {
                    if (point != null) {
                        throw new CotException(CotError.DUPLICATE_ELEMENT, uid, "point");
                    }
                    point = readPoint(r);
                } else if (name.equals("detail")) {
                    if (detail != null) {
                        throw new CotException(CotError.DUPLICATE_ELEMENT, uid, "detail");
                    }
                    XmlElement d = readElement(r);
                    detail = new CotDetail(d.attributes(), d.elements());
                } else {
                    readElement(r); // not CoT 2.0: skipped (it cannot be written back inside <event>)
                }
            } else if (ev == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                throw new XMLStreamException("text directly inside <event>", r.getLocation());
            }
        }
        while (r.hasNext()) { // trailing comments / whitespace are fine, a second root is not (the parser says so)
            r.next();
        }
        if (point == null) {
            throw new CotException(CotError.MISSING_POINT, uid);
        }
        return new CotEvent(
                uid,
                required(a, "event", "type"),
                required(a, "event", "how"),
                time(a, "time"),
                time(a, "start"),
                time(a, "stale"),
                point,
                Optional.ofNullable(a.get("access")),
                Optional.ofNullable(a.get("qos")),
                Optional.ofNullable(a.get("opex")),
                detail == null ? CotDetail.EMPTY : detail);
    }

    private static CotPoint readPoint(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> a = attributes(r);
        CotPoint p = new CotPoint(
                number(a, "lat"),
                number(a, "lon"),
                optionalNumber(a, "hae"),
                optionalNumber(a, "ce"),
                optionalNumber(a, "le"));
        readElement(r); // consume to </point>; children of point are not CoT
        return p;
    }

    /** Reads the element the reader is on, through its end tag, into a tree. */
    private static XmlElement readElement(XMLStreamReader r) throws XMLStreamException {
        String name = qname(r.getPrefix(), r.getLocalName());
        List<XmlAttribute> attrs = new ArrayList<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attrs.add(new XmlAttribute(
                    qname(r.getAttributePrefix(i), r.getAttributeLocalName(i)), r.getAttributeValue(i)));
        }
        List<XmlNode> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean hasElements = false;
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    flushText(text, children);
                    children.add(readElement(r));
                    hasElements = true;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    flushText(text, children);
                    if (hasElements) { // indentation between child elements is layout, not content
                        children.removeIf(
                                n -> n instanceof XmlText t && t.text().isBlank());
                    }
                    return new XmlElement(name, attrs, children);
                }
                default -> {
                    // comments and processing instructions are dropped; text around them is joined
                }
            }
        }
    }

    private static void flushText(StringBuilder text, List<XmlNode> children) {
        if (!text.isEmpty()) {
            children.add(new XmlText(text.toString()));
            text.setLength(0);
        }
    }

    private static String qname(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            m.put(qname(r.getAttributePrefix(i), r.getAttributeLocalName(i)), r.getAttributeValue(i));
        }
        return m;
    }

    private static String required(Map<String, String> a, String element, String name) {
        String v = a.get(name);
        if (v == null) {
            throw new CotException(CotError.MISSING_ATTRIBUTE, element, name);
        }
        return v.strip();
    }

    private static Instant time(Map<String, String> a, String name) {
        return CotTime.parse(name, required(a, "event", name));
    }

    private static double number(Map<String, String> a, String name) {
        String v = required(a, "point", name);
        try {
            double x = Double.parseDouble(v);
            if (!Double.isFinite(x)) {
                throw new NumberFormatException(v);
            }
            return x;
        } catch (NumberFormatException e) {
            throw new CotException(CotError.BAD_NUMBER, "point", name, v);
        }
    }

    /**
     * hae, ce and le are required by the schema, but a missing one, or one written as NaN (some producers do), is read
     * as unknown rather than rejected: it carries no value either way.
     */
    private static OptionalDouble optionalNumber(Map<String, String> a, String name) {
        String v = a.get(name);
        if (v == null || v.strip().equalsIgnoreCase("nan")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(number(a, name));
    }

    // ---------------------------------------------------------------- writing

    /** The event as a UTF-8 XML document: declaration and one line of XML. */
    public static String write(CotEvent e) {
        StringBuilder sb = new StringBuilder(512).append(DECLARATION);
        appendEvent(sb, e);
        return sb.toString();
    }

    /** The event without an XML declaration (for embedding, or for peers that want bare events). */
    public static String writeBare(CotEvent e) {
        StringBuilder sb = new StringBuilder(512);
        appendEvent(sb, e);
        return sb.toString();
    }

    /** {@link #write(CotEvent)} encoded as UTF-8, ready for a socket. */
    public static byte[] writeBytes(CotEvent e) {
        return write(e).getBytes(StandardCharsets.UTF_8);
    }

    private static void appendEvent(StringBuilder sb, CotEvent e) {
        sb.append("<event version=\"2.0\"");
        attr(sb, "uid", e.uid());
        attr(sb, "type", e.type());
        attr(sb, "how", e.how());
        attr(sb, "time", CotTime.format(e.time()));
        attr(sb, "start", CotTime.format(e.start()));
        attr(sb, "stale", CotTime.format(e.stale()));
        e.access().ifPresent(v -> attr(sb, "access", v));
        e.qos().ifPresent(v -> attr(sb, "qos", v));
        e.opex().ifPresent(v -> attr(sb, "opex", v));
        sb.append("><point");
        CotPoint p = e.point();
        attr(sb, "lat", decimal(p.latDeg()));
        attr(sb, "lon", decimal(p.lonDeg()));
        attr(sb, "hae", decimal(p.haeRaw()));
        attr(sb, "ce", decimal(p.ceRaw()));
        attr(sb, "le", decimal(p.leRaw()));
        sb.append("/>");
        CotDetail d = e.detail();
        appendElement(sb, new XmlElement("detail", d.attributes(), new ArrayList<XmlNode>(d.elements())));
        sb.append("</event>");
    }

    private static void appendElement(StringBuilder sb, XmlElement el) {
        sb.append('<').append(el.name());
        for (XmlAttribute a : el.attributes()) {
            attr(sb, a.name(), a.value());
        }
        if (el.children().isEmpty()) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        for (XmlNode n : el.children()) {
            switch (n) {
                case XmlElement c -> appendElement(sb, c);
                case XmlText t -> XmlChars.appendText(sb, t.text());
            }
        }
        sb.append("</").append(el.name()).append('>');
    }

    private static void attr(StringBuilder sb, String name, String value) {
        sb.append(' ').append(name).append("=\"");
        XmlChars.appendAttribute(sb, value);
        sb.append('"');
    }

    /**
     * A double in plain decimal notation that reads back to the same double: the shortest round-trip digits of
     * {@link Double#toString(double)} without its exponent form, which {@code xs:decimal} does not allow.
     */
    public static String decimal(double x) {
        if (!Double.isFinite(x)) {
            throw new CotException(CotError.BAD_NUMBER, "number", "value", x);
        }
        return BigDecimal.valueOf(x + 0.0).toPlainString();
    }
}
