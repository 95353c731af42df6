package io.steeldome.sim.run;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.evaluate.DefendedAsset;
import io.steeldome.defence.evaluate.ThreatEvaluator;
import io.steeldome.defence.threat.ThreatType;
import io.steeldome.defence.threat.Trajectory;
import io.steeldome.sensors.radar.Radar;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ThreatConfig;
import io.steeldome.tracking.tracker.TrackerConfig;
import java.util.List;
import java.util.Optional;

/**
 * The domain objects a run builds from a scenario (radars with their terrain masks, effectors, defended assets, true
 * trajectories, the tracker's configuration and the threat evaluator), for engines other than the event-driven run,
 * such as the engagement-level Monte Carlo model. It is the run's own mapping, so both engines see the same world.
 * Immutable.
 */
public final class ScenarioModel {
    private final World world;
    private final List<Threat> threats;

    /** One threat's truth: its scenario entry, its type and where it really flies. */
    public record Threat(ThreatConfig config, ThreatType type, Trajectory trajectory) {}

    private ScenarioModel(World world) {
        this.world = world;
        this.threats = world.threats().stream()
                .map(t -> new Threat(t.config(), t.type(), t.trajectory()))
                .toList();
    }

    /** Builds what a run of {@code scenario} would build (terrain masks included, so this may take a while). */
    public static ScenarioModel build(Scenario scenario) {
        return new ScenarioModel(World.build(scenario));
    }

    public LocalFrame frame() {
        return world.frame();
    }

    public List<Radar> radars() {
        return world.radars();
    }

    public List<Effector> effectors() {
        return world.effectors();
    }

    public List<DefendedAsset> assets() {
        return world.assets();
    }

    /** Threats in scenario order (salvos expanded). */
    public List<Threat> threats() {
        return threats;
    }

    public TrackerConfig trackerConfig() {
        return world.trackerConfig();
    }

    public ThreatEvaluator evaluator() {
        return world.evaluator();
    }

    /**
     * The static picture for maps: defended areas, sites with their nominal ranges, border lines and stations, and
     * the radars' terrain-masked coverage (what {@code ScenarioExport} writes to the GeoJSON exports).
     */
    public SceneLayout layout() {
        return world.layout();
    }

    /** The terrain the radars are masked with; empty for a smooth earth. */
    public Optional<TerrainNote> terrain() {
        return world.terrain();
    }

    /** The defended asset whose footprint contains the ground point, if any. */
    public Optional<DefendedAsset> assetContaining(GeodeticPoint p) {
        return world.assetContaining(p);
    }
}
