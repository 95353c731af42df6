package io.steeldome.interop.cot;

/** XML 1.0 name and character rules, and escaping for the writer. */
final class XmlChars {
    private XmlChars() {}

    static String requireName(String name) {
        if (name == null || name.isEmpty() || !isNameStart(name.codePointAt(0))) {
            throw new CotException(CotError.BAD_XML_NAME, String.valueOf(name));
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!isNameChar(c)) {
                throw new CotException(CotError.BAD_XML_NAME, name);
            }
            i += Character.charCount(c);
        }
        return name;
    }

    static String requireLegal(String what, String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!isLegal(c)) {
                throw new CotException(CotError.BAD_XML_CHAR, what, String.format("%04X", c));
            }
            i += Character.charCount(c);
        }
        return s;
    }

    /** XML 1.0 Char production; a lone surrogate is not a character. */
    static boolean isLegal(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static boolean isNameStart(int c) {
        return c == ':' || c == '_' || Character.isLetter(c);
    }

    private static boolean isNameChar(int c) {
        return isNameStart(c) || c == '-' || c == '.' || Character.isDigit(c) || c == 0xB7;
    }

    /** Attribute values are written in double quotes; tabs and newlines become references so they survive. */
    static void appendAttribute(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }

    /** Text content; a carriage return is written as a reference because parsers normalise a literal one away. */
    static void appendText(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }
}
