package io.steeldome.interop.cot;

import java.util.Arrays;
import java.util.Optional;

/** Standard identity (affiliation) of an atom, with its CoT letter (second field of an {@code a-} type). */
public enum CotIdentity {
    PENDING('p'),
    UNKNOWN('u'),
    ASSUMED_FRIEND('a'),
    FRIEND('f'),
    NEUTRAL('n'),
    SUSPECT('s'),
    HOSTILE('h');

    private final char letter;

    CotIdentity(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /**
     * The identity an atom's type states ({@code a-h-A-M-F} is hostile): its second field. The exercise identities
     * read as APP-6 shows them: joker ({@code j}) as suspect, faker ({@code k}) as hostile. Empty for a type that is
     * not an atom or has no known letter there.
     */
    public static Optional<CotIdentity> ofType(String type) {
        if (type.length() < 3 || !type.startsWith("a-") || (type.length() > 3 && type.charAt(3) != '-')) {
            return Optional.empty();
        }
        char c = type.charAt(2);
        return switch (c) {
            case 'j' -> Optional.of(SUSPECT);
            case 'k' -> Optional.of(HOSTILE);
            default -> Arrays.stream(values()).filter(i -> i.letter == c).findFirst();
        };
    }
}
