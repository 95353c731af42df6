package io.steeldome.interop.cot;

import java.util.Objects;

/** Character data inside a detail element (entities already resolved; the writer escapes again). */
public record XmlText(String text) implements XmlNode {
    public XmlText {
        Objects.requireNonNull(text, "text");
        XmlChars.requireLegal("text", text);
    }
}
