package io.steeldome.interop.asterix;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded ASTERIX item or sub-item. Numbers are already scaled to the unit of the asterix-specs definition (NM,
 * degrees, FL, s, kt, m, m/s, ...); enumerations and plain integers are integral numbers; ICAO 6-bit and ASCII
 * characters, Mode 3/A octal codes and raw fields of 24 bits or more (addresses, Mode S data) are text.
 */
public sealed interface AsterixValue {

    /** A number. {@code raw} is the field's bits (sign-extended if signed), {@code value} the scaled value. */
    record Num(long raw, double value, boolean scaled, String unit) implements AsterixValue {
        public Num {
            Objects.requireNonNull(unit, "unit");
        }

        static Num integral(long raw) {
            return new Num(raw, raw, false, "");
        }
    }

    /** Characters: ICAO/ASCII strings, octal codes, hex of raw fields. */
    record Text(String text) implements AsterixValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Named sub-items in wire order (group, extended or compound item). Derived fields are marked. */
    record Fields(List<Field> fields) implements AsterixValue {
        public Fields {
            fields = List.copyOf(fields);
        }

        /** The first sub-item with this name. */
        public Optional<AsterixValue> get(String name) {
            for (Field f : fields) {
                if (f.name().equals(name)) return Optional.of(f.value());
            }
            return Optional.empty();
        }
    }

    /**
     * One named sub-item. {@code derived} marks values computed from other fields (decoded Mode S registers), which
     * the encoder ignores.
     */
    record Field(String name, AsterixValue value, boolean derived) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The elements of a repetitive item. */
    record Repeated(List<AsterixValue> elements) implements AsterixValue {
        public Repeated {
            elements = List.copyOf(elements);
        }
    }
}
