package io.steeldome.interop.cot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An XML element of a CoT {@code detail}: name (with its prefix, if any, as written), attributes in document order and
 * children in document order. Indentation-only text between child elements is not kept; any other text is.
 */
public record XmlElement(String name, List<XmlAttribute> attributes, List<XmlNode> children) implements XmlNode {
    public XmlElement {
        XmlChars.requireName(name);
        attributes = List.copyOf(attributes);
        children = List.copyOf(children);
        for (int i = 0; i < attributes.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (attributes.get(i).name().equals(attributes.get(j).name())) {
                    throw new CotException(
                            CotError.DUPLICATE_ELEMENT,
                            name,
                            "@" + attributes.get(i).name());
                }
            }
        }
    }

    /** An empty element with the given attributes as alternating name, value pairs. */
    public static XmlElement of(String name, String... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        List<XmlAttribute> attrs = new ArrayList<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            attrs.add(new XmlAttribute(nameValuePairs[i], nameValuePairs[i + 1]));
        }
        return new XmlElement(name, attrs, List.of());
    }

    public Optional<String> attribute(String attributeName) {
        for (XmlAttribute a : attributes) {
            if (a.name().equals(attributeName)) {
                return Optional.of(a.value());
            }
        }
        return Optional.empty();
    }

    /** This element with the attribute replaced in place, or appended when it was absent. */
    public XmlElement withAttribute(String attributeName, String value) {
        List<XmlAttribute> attrs = new ArrayList<>(attributes);
        XmlAttribute a = new XmlAttribute(attributeName, value);
        boolean replaced = false;
        for (int i = 0; i < attrs.size(); i++) {
            if (attrs.get(i).name().equals(attributeName)) {
                attrs.set(i, a);
                replaced = true;
            }
        }
        if (!replaced) {
            attrs.add(a);
        }
        return new XmlElement(name, attrs, children);
    }

    /** This element with one more child at the end. */
    public XmlElement withChild(XmlNode child) {
        List<XmlNode> c = new ArrayList<>(children);
        c.add(Objects.requireNonNull(child, "child"));
        return new XmlElement(name, attributes, c);
    }

    /** The first child element with this name. */
    public Optional<XmlElement> child(String childName) {
        return elements().stream().filter(e -> e.name().equals(childName)).findFirst();
    }

    /** The child elements, in order. */
    public List<XmlElement> elements() {
        List<XmlElement> out = new ArrayList<>();
        for (XmlNode n : children) {
            if (n instanceof XmlElement e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The concatenated direct text children ("" when none). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (XmlNode n : children) {
            if (n instanceof XmlText t) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }
}
