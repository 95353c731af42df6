package io.steeldome.interop.asterix;

import io.steeldome.interop.asterix.AsterixValue.Field;
import io.steeldome.interop.asterix.AsterixValue.Fields;
import io.steeldome.interop.asterix.AsterixValue.Num;
import io.steeldome.interop.asterix.AsterixValue.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes the 56-bit Mode S Comm-B registers that surveillance radars report in I048/250 (and CAT021/062 BDS
 * fields): BDS 4,0 (selected vertical intention), 4,4 (meteorological routine report), 4,5 (meteorological hazards),
 * 5,0 (track and turn) and 6,0 (heading and speed). Bit positions and resolutions follow ICAO Doc 9871 (Technical
 * Provisions for Mode S Services), tables A-2-64, A-2-68, A-2-69, A-2-80 and A-2-96; field names follow the reference
 * decoder (CroatiaControl asterix, asterix_bds.xml), whose scales agree. Units: ft, mb/hPa, deg, kt, deg/s, Mach,
 * ft/min, degC, %. BP is the encoded "setting minus 800 mb" as the reference prints it; BP_MB adds the 800 mb back.
 * Signed angles are two's complement (a negative track angle means 360 deg + value). 5,0 TAS is unsigned as in Doc
 * 9871 (the reference reads it as signed, which differs only above 1022 kt).
 */
final class ModeSRegisters {
    private ModeSRegisters() {}

    /**
     * The decoded register: fields of BDS 4,0, 4,4, 4,5, 5,0 and 6,0, and for every register its address as the
     * derived field {@code BDS} ("40").
     */
    static Optional<Fields> decode(long mb, int bds) {
        List<Field> f = new ArrayList<>();
        switch (bds) {
            case 0x40 -> {
                put(f, "MCP_ALT_STATUS", bits(mb, 1, 1));
                put(f, "MCP_ALT", bits(mb, 2, 12), bits(mb, 2, 12) * 16.0, "ft");
                put(f, "FMS_ALT_STATUS", bits(mb, 14, 1));
                put(f, "FMS_ALT", bits(mb, 15, 12), bits(mb, 15, 12) * 16.0, "ft");
                put(f, "BP_STATUS", bits(mb, 27, 1));
                put(f, "BP", bits(mb, 28, 12), bits(mb, 28, 12) * 0.1, "mb");
                put(f, "BP_MB", bits(mb, 28, 12), bits(mb, 28, 12) * 0.1 + 800.0, "mb");
                put(f, "res1", bits(mb, 40, 8));
                put(f, "MODE_STATUS", bits(mb, 48, 1));
                put(f, "VNAV", bits(mb, 49, 1));
                put(f, "ALT_HOLD", bits(mb, 50, 1));
                put(f, "APP", bits(mb, 51, 1));
                put(f, "res2", bits(mb, 52, 2));
                put(f, "TARGET_ALT_STATUS", bits(mb, 54, 1));
                put(f, "TARGET_ALT_SOURCE", bits(mb, 55, 2));
            }
            case 0x50 -> {
                put(f, "RA_STATUS", bits(mb, 1, 1));
                put(f, "RA", signed(mb, 2, 10), signed(mb, 2, 10) * 45.0 / 256, "deg");
                put(f, "TTA_STATUS", bits(mb, 12, 1));
                put(f, "TTA", signed(mb, 13, 11), signed(mb, 13, 11) * 90.0 / 512, "deg");
                put(f, "GS_STATUS", bits(mb, 24, 1));
                put(f, "GS", bits(mb, 25, 10), bits(mb, 25, 10) * 2.0, "kt");
                put(f, "TAR_STATUS", bits(mb, 35, 1));
                put(f, "TAR", signed(mb, 36, 10), signed(mb, 36, 10) * 8.0 / 256, "deg/s");
                put(f, "TAS_STATUS", bits(mb, 46, 1));
                put(f, "TAS", bits(mb, 47, 10), bits(mb, 47, 10) * 2.0, "kt");
            }
            case 0x60 -> {
                put(f, "HDG_STATUS", bits(mb, 1, 1));
                put(f, "HDG", signed(mb, 2, 11), signed(mb, 2, 11) * 90.0 / 512, "deg");
                put(f, "IAS_STAT", bits(mb, 13, 1));
                put(f, "IAS", bits(mb, 14, 10), bits(mb, 14, 10) * 1.0, "kt");
                put(f, "MACH_STATUS", bits(mb, 24, 1));
                put(f, "MACH", bits(mb, 25, 10), bits(mb, 25, 10) * 2.048 / 512, "Mach");
                put(f, "BAR_STATUS", bits(mb, 35, 1));
                put(f, "BAR", signed(mb, 36, 10), signed(mb, 36, 10) * 32.0, "ft/min");
                put(f, "IVV_STATUS", bits(mb, 46, 1));
                put(f, "IVV", signed(mb, 47, 10), signed(mb, 47, 10) * 32.0, "ft/min");
            }
            case 0x44 -> {
                put(f, "FOM_SOURCE", bits(mb, 1, 4));
                put(f, "STATUS_WIND", bits(mb, 5, 1));
                put(f, "WIND_SPEED", bits(mb, 6, 9), bits(mb, 6, 9) * 1.0, "kt");
                put(f, "WIND_DIRECTION", bits(mb, 15, 9), bits(mb, 15, 9) * 180.0 / 256, "deg");
                put(f, "STATUS_STATIC_AIR_TEMPERATURE", bits(mb, 24, 1));
                put(f, "STATIC_AIR_TEMPERATURE", signed(mb, 25, 10), signed(mb, 25, 10) * 0.25, "degC");
                put(f, "STATUS_AVERAGE_STATIC_PRESSURE", bits(mb, 35, 1));
                put(f, "AVERAGE_STATIC_PRESSURE", bits(mb, 36, 11), bits(mb, 36, 11) * 1.0, "hPa");
                put(f, "STATUS_TURBULENCE", bits(mb, 47, 1));
                put(f, "TURBULENCE", bits(mb, 48, 2));
                put(f, "STATUS_HUMIDITY", bits(mb, 50, 1));
                put(f, "HUMIDITY", bits(mb, 51, 6), bits(mb, 51, 6) * 100.0 / 64, "%");
            }
            case 0x45 -> {
                put(f, "STATUS_TURBULENCE", bits(mb, 1, 1));
                put(f, "TURBULENCE", bits(mb, 2, 2));
                put(f, "STATUS_WIND_SHEAR", bits(mb, 4, 1));
                put(f, "WIND_SHEAR", bits(mb, 5, 2));
                put(f, "STATUS_MICROBURST", bits(mb, 7, 1));
                put(f, "MICROBURST", bits(mb, 8, 2));
                put(f, "STATUS_ICING", bits(mb, 10, 1));
                put(f, "ICING", bits(mb, 11, 2));
                put(f, "STATUS_WAKE_VORTEX", bits(mb, 13, 1));
                put(f, "WAKE_VORTEX", bits(mb, 14, 2));
                put(f, "STATUS_STATIC_AIR_TEMPERATURE", bits(mb, 16, 1));
                put(f, "STATIC_AIR_TEMPERATURE", signed(mb, 17, 10), signed(mb, 17, 10) * 0.25, "degC");
                put(f, "STATUS_AVERAGE_STATIC_PRESSURE", bits(mb, 27, 1));
                put(f, "AVERAGE_STATIC_PRESSURE", bits(mb, 28, 11), bits(mb, 28, 11) * 1.0, "hPa");
                put(f, "STATUS_RADIO_HEIGHT", bits(mb, 39, 1));
                put(f, "RADIO_HEIGHT", bits(mb, 40, 12), bits(mb, 40, 12) * 16.0, "ft");
                put(f, "RESERVED", bits(mb, 52, 5));
            }
            default -> {
                // Other registers: only their address, as a two-digit hex string (the reference prints it so).
            }
        }
        f.add(new Field("BDS", new Text(String.format("%02X", bds)), true));
        return Optional.of(new Fields(f));
    }

    /** BDS 3,0: ACAS active resolution advisory. */
    static final int ACAS_RA = 0x30;

    /**
     * The fields of a 56-bit ACAS resolution advisory (BDS 3,0; I048/260, I062/380 ACS) in the layout of the reference
     * decoder's configs: BDS30 (register code, hex), ARA41..ARA47, ACAS3 (ARA bits 48-54), RAC55..RAC58, RAT, MTE, TTI
     * and TID (Doc 9871 table A-2-48). Name, width and whether the field is hex.
     */
    static final List<Object[]> ACAS_LAYOUT = List.of(
            new Object[] {"BDS30", 8, true},
            new Object[] {"ARA41", 1, false},
            new Object[] {"ARA42", 1, false},
            new Object[] {"ARA43", 1, false},
            new Object[] {"ARA44", 1, false},
            new Object[] {"ARA45", 1, false},
            new Object[] {"ARA46", 1, false},
            new Object[] {"ARA47", 1, false},
            new Object[] {"ACAS3", 7, false},
            new Object[] {"RAC55", 1, false},
            new Object[] {"RAC56", 1, false},
            new Object[] {"RAC57", 1, false},
            new Object[] {"RAC58", 1, false},
            new Object[] {"RAT", 1, false},
            new Object[] {"MTE", 1, false},
            new Object[] {"TTI", 2, false},
            new Object[] {"TID", 26, false});

    static Fields acas(long mb) {
        List<Field> f = new ArrayList<>();
        int first = 1;
        for (Object[] l : ACAS_LAYOUT) {
            int len = (Integer) l[1];
            long v = bits(mb, first, len);
            f.add(new Field(
                    (String) l[0], (Boolean) l[2] ? new Text(ItemCodec.hexOf(v, len)) : Num.integral(v), false));
            first += len;
        }
        return new Fields(f);
    }

    /** {@code len} bits starting at Doc 9871 bit {@code first} (1 = most significant of the 56). */
    private static long bits(long mb, int first, int len) {
        return (mb >>> (56 - first - len + 1)) & ((1L << len) - 1);
    }

    private static long signed(long mb, int first, int len) {
        return Bits.signExtend(bits(mb, first, len), len);
    }

    private static void put(List<Field> f, String name, long v) {
        f.add(new Field(name, Num.integral(v), true));
    }

    private static void put(List<Field> f, String name, long raw, double v, String unit) {
        f.add(new Field(name, new Num(raw, v, true, unit), true));
    }
}
