package io.steeldome.sim.scenario;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.LocalFrame;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A complete, validated scenario. Build one with {@link ScenarioLoader}; the constructor re-checks the invariants
 * for scenarios built in code.
 *
 * @param description free text, empty when the file has none
 * @param seed master seed of every random stream of a run
 * @param durationS simulated time span, s (> 0)
 * @param timeStepS sampling interval of true paths in the outputs, s; empty for the default (the engine is
 *     event-driven and has no fixed step)
 * @param origin origin of the local ENU frame
 * @param groundHeightM ground height above the ellipsoid for impact prediction, default launch heights and drone
 *     cruise heights, m ({@code terrain} masks the radars only)
 * @param threats one record per threat, salvos already expanded, in file order
 * @param border border segments and stations, empty when the file has no {@code border} section
 * @param engagement engagement doctrine ({@link EngagementConfig#DEFAULTS} when the file has none)
 * @param tracker tracker overrides ({@link TrackingConfig#DEFAULTS} when the file has none)
 * @param terrain terrain that masks the radars (and the EO/IR cameras' lines of sight); empty for a smooth earth
 * @param cameras EO/IR sensors ({@code sensors[]} entries of {@code type: eo-ir}), in file order
 * @param groundSensors unattended ground sensors ({@code type: ugs}), in file order
 */
public record Scenario(
        String name,
        String description,
        long seed,
        double durationS,
        OptionalDouble timeStepS,
        GeoPosition origin,
        double groundHeightM,
        List<AssetConfig> assets,
        List<SensorConfig> sensors,
        List<EffectorConfig> effectors,
        List<ThreatConfig> threats,
        Optional<BorderConfig> border,
        EngagementConfig engagement,
        TrackingConfig tracker,
        Optional<TerrainConfig> terrain,
        List<EoirConfig> cameras,
        List<UgsConfig> groundSensors) {
    public Scenario {
        Fields.notBlank("scenario name", name);
        Checks.positive("durationS", durationS, "s");
        Fields.positive("timeStepS", timeStepS, "s");
        Checks.finite("groundHeightM", groundHeightM);
        assets = List.copyOf(assets);
        sensors = List.copyOf(sensors);
        effectors = List.copyOf(effectors);
        threats = List.copyOf(threats);
        cameras = List.copyOf(cameras);
        groundSensors = List.copyOf(groundSensors);
        // synthetic terrain must cover every sensor and stay within its size limit (throws otherwise)
        if (terrain.isPresent() && terrain.get() instanceof TerrainConfig.Synthetic synthetic) {
            synthetic.grid(sensors);
        }
        Set<String> ids = new HashSet<>();
        Stream.of(
                        assets.stream().map(AssetConfig::id),
                        sensors.stream().map(SensorConfig::id),
                        cameras.stream().map(EoirConfig::id),
                        groundSensors.stream().map(UgsConfig::id),
                        effectors.stream().map(EffectorConfig::id),
                        threats.stream().map(ThreatConfig::id),
                        border.stream().flatMap(b -> b.segments().stream()).map(BorderSegmentConfig::id),
                        border.stream().flatMap(b -> b.stations().stream()).map(StationConfig::id))
                .flatMap(s -> s)
                .forEach(id -> {
                    if (!ids.add(id)) {
                        throw new SteeldomeException(ScenarioError.DUPLICATE_ID, id);
                    }
                });
    }

    /** A scenario with radars only (no EO/IR cameras or ground sensors). */
    public Scenario(
            String name,
            String description,
            long seed,
            double durationS,
            OptionalDouble timeStepS,
            GeoPosition origin,
            double groundHeightM,
            List<AssetConfig> assets,
            List<SensorConfig> sensors,
            List<EffectorConfig> effectors,
            List<ThreatConfig> threats,
            Optional<BorderConfig> border,
            EngagementConfig engagement,
            TrackingConfig tracker,
            Optional<TerrainConfig> terrain) {
        this(
                name,
                description,
                seed,
                durationS,
                timeStepS,
                origin,
                groundHeightM,
                assets,
                sensors,
                effectors,
                threats,
                border,
                engagement,
                tracker,
                terrain,
                List.of(),
                List.of());
    }

    /** The local East-North-Up frame at {@link #origin()}. */
    public LocalFrame frame() {
        return LocalFrame.at(origin.toGeodetic());
    }

    /** The same scenario with another random seed (for repeated runs and the CLI's --seed). */
    public Scenario withSeed(long newSeed) {
        return new Scenario(
                name,
                description,
                newSeed,
                durationS,
                timeStepS,
                origin,
                groundHeightM,
                assets,
                sensors,
                effectors,
                threats,
                border,
                engagement,
                tracker,
                terrain,
                cameras,
                groundSensors);
    }
}
