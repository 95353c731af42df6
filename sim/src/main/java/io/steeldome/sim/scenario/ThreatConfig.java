package io.steeldome.sim.scenario;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One threat (a salvo in the file is expanded into one record per round).
 *
 * @param launch launch position; height above the ellipsoid (the scenario ground height when the file omits it)
 * @param aim intended impact point, on the ground
 * @param launchTimeS scenario time of launch, s; negative when the threat is already in flight at t = 0
 * @param flightTimeS ballistic only: time from launch to impact, s
 * @param ballisticCoefficientKgM2 ballistic only: beta = m / (Cd A), kg/m^2; present = flight with drag in an
 *     exponential atmosphere, absent = vacuum
 * @param speedMps air-breathing only: cruise ground speed, m/s
 * @param cruiseHeightM air-breathing only: cruise height above the ellipsoid (like {@code hM}), m
 * @param waypoints air-breathing only: points flown through in order between launch and aim
 * @param salvoId the id written in the file when this threat is one round of a salvo ({@code id} is then
 *     {@code salvoId-k}); empty for a single threat
 */
public record ThreatConfig(
        String id,
        ThreatKind type,
        GeoPosition launch,
        LatLon aim,
        double launchTimeS,
        OptionalDouble flightTimeS,
        OptionalDouble ballisticCoefficientKgM2,
        OptionalDouble speedMps,
        OptionalDouble cruiseHeightM,
        List<LatLon> waypoints,
        Optional<String> salvoId) {
    public ThreatConfig {
        Fields.notBlank("threat id", id);
        Checks.finite("launchTimeS", launchTimeS);
        Fields.positive("flightTimeS", flightTimeS, "s");
        Fields.positive("ballisticCoefficientKgM2", ballisticCoefficientKgM2, "kg/m^2");
        Fields.positive("speedMps", speedMps, "m/s");
        cruiseHeightM.ifPresent(h -> Checks.finite("cruiseHeightM", h));
        waypoints = List.copyOf(waypoints);
        if (type.ballistic()) {
            rejectIf(speedMps.isPresent(), "speedMps", type);
            rejectIf(cruiseHeightM.isPresent(), "cruiseHeightM", type);
            rejectIf(!waypoints.isEmpty(), "waypoints", type);
        } else {
            rejectIf(flightTimeS.isPresent(), "flightTimeS", type);
            rejectIf(ballisticCoefficientKgM2.isPresent(), "ballisticCoefficientKgM2", type);
        }
    }

    private static void rejectIf(boolean present, String field, ThreatKind type) {
        if (present) {
            throw new SteeldomeException(ScenarioError.NOT_FOR_TYPE, field, type.yamlName());
        }
    }
}
