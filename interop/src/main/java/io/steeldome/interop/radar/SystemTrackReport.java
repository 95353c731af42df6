package io.steeldome.interop.radar;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.units.Units;
import io.steeldome.interop.asterix.AsterixRecord;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The content of one CAT062 system track that another tracker or a picture needs, in SI units. CAT062 gives the
 * position in WGS-84 (I062/105) and the velocity in the system's Cartesian plane (I062/185, x east, y north), which
 * is the local ENU at the system reference point to within the map projection's convergence.
 *
 * @param sac data source SAC
 * @param sic data source SIC
 * @param trackNumber I062/040
 * @param timeOfTrackS I062/070, seconds since UTC midnight
 * @param position I062/105 with height from I062/130 (geometric) else I062/136 (flight level), else 0
 * @param heightKnown whether either height item was present
 * @param velocityEnu I062/185 (vertical from I062/220 when present), m/s
 * @param callsign I062/245 or I062/380 ID, trimmed
 * @param mode3A I062/060
 */
public record SystemTrackReport(
        int sac,
        int sic,
        long trackNumber,
        double timeOfTrackS,
        GeodeticPoint position,
        boolean heightKnown,
        Optional<EnuVector> velocityEnu,
        Optional<String> callsign,
        Optional<String> mode3A) {

    /** The track in a CAT062 record; empty for other categories or without number, time or WGS-84 position. */
    public static Optional<SystemTrackReport> from(AsterixRecord r) {
        if (r.category() != 62) {
            return Optional.empty();
        }
        var sac = r.raw("I062/010", "SAC");
        var sic = r.raw("I062/010", "SIC");
        var number = r.raw("I062/040");
        OptionalDouble tot = r.number("I062/070");
        OptionalDouble lat = r.number("I062/105", "LAT");
        OptionalDouble lon = r.number("I062/105", "LON");
        if (sac.isEmpty() || sic.isEmpty() || number.isEmpty() || tot.isEmpty() || lat.isEmpty() || lon.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble geometricFt = r.number("I062/130");
        OptionalDouble flightLevelFt = r.number("I062/136");
        double hM = geometricFt.isPresent()
                ? Units.ftToM(geometricFt.getAsDouble())
                : flightLevelFt.isPresent() ? Units.ftToM(flightLevelFt.getAsDouble()) : 0;
        OptionalDouble vx = r.number("I062/185", "VX");
        OptionalDouble vy = r.number("I062/185", "VY");
        // I062/220 rate of climb is in ft/min.
        double vUp = r.number("I062/220").orElse(0) * Units.M_PER_FT / 60;
        Optional<EnuVector> v = vx.isPresent() && vy.isPresent()
                ? Optional.of(new EnuVector(vx.getAsDouble(), vy.getAsDouble(), vUp))
                : Optional.empty();
        Optional<String> callsign = r.text("I062/245", "CHR")
                .or(() -> r.text("I062/380", "ID"))
                .map(String::strip)
                .filter(s -> !s.isEmpty());
        return Optional.of(new SystemTrackReport(
                (int) sac.getAsLong(),
                (int) sic.getAsLong(),
                number.getAsLong(),
                tot.getAsDouble(),
                GeodeticPoint.ofDegrees(lat.getAsDouble(), lon.getAsDouble(), hM),
                geometricFt.isPresent() || flightLevelFt.isPresent(),
                v,
                callsign,
                r.text("I062/060", "MODE3A")));
    }
}
