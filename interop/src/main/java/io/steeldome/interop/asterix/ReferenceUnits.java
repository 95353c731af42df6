package io.steeldome.interop.asterix;

import java.util.Map;

/**
 * Where the established reference decoder (CroatiaControl asterix, configs asterix_cat048_1_21.xml,
 * asterix_cat062_1_18.xml, asterix_cat021_2_6.xml, asterix_cat034_1_27.xml, asterix_cat065_1_3.xml at commit 790bca7)
 * prints a field in another unit (or signedness) than the asterix-specs definition. Found by aligning every scaled element of those
 * configs with the bundled editions: speeds in kt instead of NM/s (CAT048), altitudes in ft instead of FL (CAT062
 * I135/I136/I500), high-precision times in ns (CAT021), and unscaled airspeeds where the unit depends on a flag. Applied
 * at load so that JSON values match what users of that decoder expect; encoding applies the same scale backwards.
 */
final class ReferenceUnits {
    private ReferenceUnits() {}

    /**
     * Multiply the LSB by {@code factor} and report {@code unit} (empty: keep the unit); or, if {@code integer},
     * report the raw bits; {@code signed} forces two's complement.
     */
    record Override(double factor, String unit, boolean integer, boolean signed) {
        boolean acas() {
            return unit.equals(ACAS_UNIT);
        }
    }

    private static final String ACAS_UNIT = "ACAS-RA";

    private static final Override KT = new Override(3600, "kt", false, false);
    private static final Override FT = new Override(100, "ft", false, false);
    private static final Override NS = new Override(1e9, "ns", false, false);
    private static final Override RAW = new Override(1, "", true, false);
    /**
     * CAT048 1.27 in asterix-specs has I090 FL unsigned; the standard (and 1.32, and the reference) say signed. The
     * reference also reads the I062/380 TCP number as signed.
     */
    private static final Override SIGNED = new Override(1, "", false, true);
    /** I048/260: the 56-bit ACAS resolution advisory (BDS 3,0), which the reference decoder splits into its fields. */
    private static final Override ACAS = new Override(1, ACAS_UNIT, false, false);

    /** Per category: element path (item, then sub-item names) to its override. */
    static final Map<Integer, Map<String, Override>> OVERRIDES = Map.of(
            48, Map.of("200/GSP", KT, "210/SIGV", KT, "090/FL", SIGNED, "260", ACAS),
            62, Map.of("135/CTB", FT, "136", FT, "500/ABA", FT, "380/IAS/IAS", RAW, "380/TID/TCPN", SIGNED),
            21, Map.of("074/TOMRP", NS, "076/TOMRP", NS, "150/AS", RAW, "260/TID", RAW));

    static Map<String, Override> of(int category) {
        return OVERRIDES.getOrDefault(category, Map.of());
    }
}
