package io.steeldome.interop.cot;

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
}
