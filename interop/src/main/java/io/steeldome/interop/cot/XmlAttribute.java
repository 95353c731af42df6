package io.steeldome.interop.cot;

import java.util.Objects;

/** One attribute, kept with its position among its siblings so output order equals input order. */
public record XmlAttribute(String name, String value) {
    public XmlAttribute {
        XmlChars.requireName(name);
        Objects.requireNonNull(value, "value");
        XmlChars.requireLegal("attribute " + name, value);
    }
}
