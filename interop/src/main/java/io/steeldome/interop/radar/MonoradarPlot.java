package io.steeldome.interop.radar;

import io.steeldome.core.units.Units;
import io.steeldome.interop.asterix.AsterixRecord;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The tracking-relevant content of one CAT048 target report, in SI units.
 *
 * @param sac data source SAC
 * @param sic data source SIC
 * @param timeOfDayS I048/140, seconds since UTC midnight
 * @param rangeM I048/040 RHO, slant range, m
 * @param azimuthRad I048/040 THETA, clockwise from the antenna's north, rad
 * @param heightM I048/090 flight level as height, m (empty when absent or flagged invalid)
 * @param mode3A I048/070 as 4 octal digits
 * @param icaoAddress I048/220 as 6 hex digits
 * @param callsign I048/240, trimmed
 * @param radarTrackNumber I048/161
 * @param reportType I048/020 TYP (1 PSR, 2 SSR, 3 SSR+PSR, 4-7 Mode S variants)
 */
public record MonoradarPlot(
        int sac,
        int sic,
        double timeOfDayS,
        double rangeM,
        double azimuthRad,
        OptionalDouble heightM,
        Optional<String> mode3A,
        Optional<String> icaoAddress,
        Optional<String> callsign,
        OptionalLong radarTrackNumber,
        OptionalLong reportType) {

    /**
     * The plot in a CAT048 record; empty when the record is of another category or lacks the source, time or
     * polar position, without which it cannot be placed.
     */
    public static Optional<MonoradarPlot> from(AsterixRecord r) {
        if (r.category() != 48) {
            return Optional.empty();
        }
        OptionalLong sac = r.raw("I048/010", "SAC");
        OptionalLong sic = r.raw("I048/010", "SIC");
        OptionalDouble tod = r.number("I048/140");
        OptionalDouble rho = r.number("I048/040", "RHO");
        OptionalDouble theta = r.number("I048/040", "THETA");
        if (sac.isEmpty() || sic.isEmpty() || tod.isEmpty() || rho.isEmpty() || theta.isEmpty()) {
            return Optional.empty();
        }
        // V = 1 "code not validated", G = 1 "garbled": a doubtful Mode C height is worse than none.
        boolean heightValid =
                r.raw("I048/090", "V").orElse(0) == 0 && r.raw("I048/090", "G").orElse(0) == 0;
        OptionalDouble fl = heightValid ? r.number("I048/090", "FL") : OptionalDouble.empty();
        return Optional.of(new MonoradarPlot(
                (int) sac.getAsLong(),
                (int) sic.getAsLong(),
                tod.getAsDouble(),
                Units.nmToM(rho.getAsDouble()),
                Math.toRadians(theta.getAsDouble()),
                fl.isPresent() ? OptionalDouble.of(Units.flightLevelToM(fl.getAsDouble())) : OptionalDouble.empty(),
                r.text("I048/070", "MODE3A"),
                r.text("I048/220"),
                r.text("I048/240").map(String::strip).filter(s -> !s.isEmpty()),
                r.raw("I048/161", "TRN"),
                r.raw("I048/020", "TYP")));
    }

    /** SAC and SIC packed as in {@link RadarSite#dataSourceId()}. */
    public int dataSourceId() {
        return sac << 8 | sic;
    }
}
