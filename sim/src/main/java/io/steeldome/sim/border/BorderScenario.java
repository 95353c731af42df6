package io.steeldome.sim.border;

import io.steeldome.border.dispatch.Mobility;
import io.steeldome.border.geometry.ProtectedSide;
import io.steeldome.border.share.ReleaseRule;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.geo.GeodeticPoint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A border surveillance scenario as read from its file ({@link BorderScenarioReader}). Distances along the border
 * ({@code fromM}, {@code toM} of the stretch and of each sector) are metres from the first vertex of the named line.
 *
 * @param source the file name, for messages
 * @param seed seeds crossings, detections and synthetic terrain (unless the terrain has its own)
 * @param stations fixed stations; empty when {@code planStations} is given (or when there are none at all)
 * @param planStations site this many stations with the border planner instead of listing them
 * @param perDay crossings per day
 * @param nightWeight how much likelier an hour of night is than an hour of day for a departure
 * @param days default length of the run, days
 * @param falseAlarmsPerHour false plots per hour per station, by station type ({@code falseAlarms:}); types not
 *     listed, and every type by default, report none
 */
public record BorderScenario(
        String source,
        String name,
        long seed,
        BorderRef border,
        ProtectedSide side,
        Terrain terrain,
        List<SectorDef> sectors,
        List<AgencyDef> agencies,
        List<ReleaseRule> releaseRules,
        List<StationDef> stations,
        OptionalInt planStations,
        List<TeamDef> teams,
        int perDay,
        double nightWeight,
        int days,
        Map<StationType, Double> falseAlarmsPerHour) {
    public BorderScenario {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(border, "border");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(terrain, "terrain");
        sectors = List.copyOf(sectors);
        agencies = List.copyOf(agencies);
        releaseRules = List.copyOf(releaseRules);
        stations = List.copyOf(stations);
        Objects.requireNonNull(planStations, "planStations");
        teams = List.copyOf(teams);
        falseAlarmsPerHour = Map.copyOf(falseAlarmsPerHour);
    }

    /**
     * The stretch of a border line used.
     *
     * @param file a GeoJSON line (its first line is used), or empty for {@code builtin}
     * @param builtin {@code turkey-iran} or {@code iraq-turkey} when no file is given
     */
    public record BorderRef(Optional<Path> file, String builtin, double fromM, double toM) {
        public BorderRef {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(builtin, "builtin");
        }
    }

    /** Where the heights come from. */
    public sealed interface Terrain {}

    /** SYNTHETIC terrain ({@code core.terrain.SyntheticTerrain}) over the stretch, cells of {@code cellArcSec}. */
    public record SyntheticTerrain(long seed, double cellArcSec) implements Terrain {}

    /** Real DEM tiles (SRTM .hgt or GeoTIFF). */
    public record DemTerrain(List<Path> files) implements Terrain {
        public DemTerrain {
            files = List.copyOf(files);
        }
    }

    /** A sector held by one agency, between two distances along the named line. */
    public record SectorDef(String id, String agencyId, double fromM, double toM) {}

    /** An agency taking part in the shared picture. */
    public record AgencyDef(String id, String name) {}

    /** A fixed station. */
    public record StationDef(String id, StationType type, GeodeticPoint position) {}

    /** A patrol team waiting at {@code outpost}. */
    public record TeamDef(String id, GeodeticPoint outpost, String agencyId, Mobility mobility) {}
}
