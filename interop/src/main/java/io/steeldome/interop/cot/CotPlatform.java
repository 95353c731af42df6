package io.steeldome.interop.cot;

/**
 * What kind of object an atom is: its MIL-STD-2525B battle dimension and, when known, the function-ID characters
 * that CoT appends to it (MITRE CoT base schema: "battle dimension-func id char1-...").
 * The codes are 2525B's: air {@code MF} fixed wing, {@code MH} rotary wing, {@code MFQ} drone (RPV/UAV),
 * {@code WM} missile in flight; ground {@code EV} equipment, vehicle.
 */
public enum CotPlatform {
    AIR("A", ""),
    AIR_FIXED_WING("A", "M-F"),
    AIR_ROTARY_WING("A", "M-H"),
    AIR_DRONE("A", "M-F-Q"),
    AIR_MISSILE("A", "W-M"),
    GROUND("G", ""),
    GROUND_VEHICLE("G", "E-V");

    private final String dimension;
    private final String function;

    CotPlatform(String dimension, String function) {
        this.dimension = dimension;
        this.function = function;
    }

    /** The CoT atom type, e.g. {@code a-h-A-W-M} for a hostile missile. */
    public String atomType(CotIdentity identity) {
        return "a-" + identity.letter() + "-" + dimension + (function.isEmpty() ? "" : "-" + function);
    }

    public boolean isAir() {
        return dimension.equals("A");
    }
}
