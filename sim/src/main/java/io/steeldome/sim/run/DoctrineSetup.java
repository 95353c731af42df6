package io.steeldome.sim.run;

import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.DoctrineTable;
import io.steeldome.defence.doctrine.EngagementAuthority;
import io.steeldome.defence.doctrine.EngagementController;
import io.steeldome.defence.doctrine.FeasibilityCheck;
import io.steeldome.defence.doctrine.FeasibilityWarning;
import io.steeldome.defence.doctrine.FireDoctrine;
import io.steeldome.defence.doctrine.HostileArea;
import io.steeldome.defence.doctrine.Identifier;
import io.steeldome.defence.doctrine.InterceptOracle;
import io.steeldome.defence.doctrine.PlannedThreat;
import io.steeldome.defence.doctrine.SimulationAuthority;
import io.steeldome.defence.doctrine.WcsSchedule;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.defence.effector.EffectorPresets;
import io.steeldome.defence.impact.PredictedPath;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.defence.threat.Trajectory;
import io.steeldome.sensors.radar.Radar;
import io.steeldome.sim.scenario.BorderSegmentConfig;
import io.steeldome.sim.scenario.EffectorLayer;
import io.steeldome.sim.scenario.EngagementConfig;
import io.steeldome.sim.scenario.EngagementPolicy;
import io.steeldome.sim.scenario.Scenario;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scenario's {@code engagement} section turned into the doctrine module's objects: one mapping for the full run
 * and the engagement-level Monte Carlo, so that both decide under the same doctrine.
 */
public final class DoctrineSetup {
    /** A round is committed only if its interceptor must leave within this time; later ones are re-planned. */
    public static final double COMMIT_AHEAD_S = 10.0;

    private DoctrineSetup() {}

    /**
     * The controller's settings for a run with {@code radars}: the commit horizon above, the layering rule on, and as
     * the look of shoot-look-shoot the slowest radar's revisit, the longest a kill assessment can wait for a fresh
     * plot.
     */
    public static EngagementController.Settings controllerSettings(List<Radar> radars) {
        double lookDelayS =
                radars.stream().mapToDouble(r -> r.spec().scanPeriodS()).max().orElse(0);
        return new EngagementController.Settings(COMMIT_AHEAD_S, lookDelayS, true);
    }

    /**
     * The scenario's engagement controller, taking its intercepts from {@code intercepts}, with automatic approval
     * (the only approval a simulation has).
     */
    public static EngagementController controller(
            Scenario s, LocalFrame frame, List<Radar> radars, InterceptOracle intercepts) {
        return controller(s, frame, radars, intercepts, new SimulationAuthority());
    }

    /**
     * The same controller with {@code authority} deciding every recommendation (a live run's operators); when the
     * authority gives weapons control orders live, they replace the scenario's schedule.
     */
    public static EngagementController controller(
            Scenario s,
            LocalFrame frame,
            List<Radar> radars,
            InterceptOracle intercepts,
            EngagementAuthority authority) {
        return new EngagementController(
                intercepts,
                doctrine(s.engagement()),
                authority.weaponsControl().orElseGet(() -> weaponsControl(s.engagement())),
                identifier(s, frame),
                authority,
                controllerSettings(radars));
    }

    /** The layer name effectors of a scenario layer carry ({@code EffectorSpec.layerName()}). */
    static String layerName(EffectorLayer layer) {
        return switch (layer) {
            case SHORT_RANGE -> EffectorPresets.SHORT_RANGE.layerName();
            case MEDIUM_RANGE -> EffectorPresets.MEDIUM_RANGE.layerName();
            case UPPER_TIER -> EffectorPresets.UPPER_TIER.layerName();
            case IRON_DOME_CLASS -> EffectorPresets.IRON_DOME_CLASS.layerName();
            case C_UAS_GUN -> EffectorPresets.C_UAS_GUN.layerName();
        };
    }

    public static WcsSchedule weaponsControl(EngagementConfig e) {
        List<WcsSchedule.Change> changes = new ArrayList<>();
        for (EngagementConfig.WcsChange c : e.weaponsControl()) {
            Set<String> layers =
                    c.layers().stream().map(DoctrineSetup::layerName).collect(Collectors.toSet());
            changes.add(new WcsSchedule.Change(c.timeS(), c.status().status(), layers));
        }
        return new WcsSchedule(WeaponsControlStatus.FREE, changes);
    }

    public static DoctrineTable doctrine(EngagementConfig e) {
        FireDoctrine defaults = fire(e.policy(), e.salvoSize(), e.maxShotsPerTarget());
        Map<ThreatClass, FireDoctrine> byClass = new EnumMap<>(ThreatClass.class);
        e.doctrine()
                .forEach((c, d) -> byClass.put(
                        c.threatClass(),
                        fire(
                                d.policy().orElse(e.policy()),
                                d.salvoSize().orElse(e.salvoSize()),
                                d.maxShotsPerTarget().orElse(e.maxShotsPerTarget()))));
        return new DoctrineTable(defaults, byClass);
    }

    private static FireDoctrine fire(EngagementPolicy policy, int salvoSize, int maxRounds) {
        return policy == EngagementPolicy.SHOOT_SHOOT
                ? FireDoctrine.salvo(salvoSize, maxRounds)
                : FireDoctrine.shootLookShoot(maxRounds);
    }

    /** Declared hostile territory; the far side of a border segment is the side away from the scenario origin. */
    public static Identifier identifier(Scenario s, LocalFrame frame) {
        List<HostileArea> areas = new ArrayList<>();
        s.engagement().hostileArea().ifPresent(h -> {
            switch (h) {
                case EngagementConfig.HostileAreaConfig.Polygon p ->
                    areas.add(HostileArea.polygon(
                            "declared polygon",
                            p.vertices().stream()
                                    .map(v -> v.toGeodetic(s.groundHeightM()))
                                    .toList(),
                            frame));
                case EngagementConfig.HostileAreaConfig.BeyondBorder b -> {
                    BorderSegmentConfig seg = s.border().orElseThrow().segments().stream()
                            .filter(x -> x.id().equals(b.segmentId()))
                            .findFirst()
                            .orElseThrow();
                    areas.add(HostileArea.beyondLine(
                            "beyond " + seg.name(),
                            seg.line().stream()
                                    .map(p -> p.toGeodetic(s.groundHeightM()))
                                    .toList(),
                            s.origin().toGeodetic(),
                            frame));
                }
            }
        });
        return new Identifier(areas);
    }

    /** Warnings about effectors that can reach no threat and threats no effector can reach, from the true paths. */
    static List<FeasibilityWarning> feasibility(World world) {
        List<PlannedThreat> planned = new ArrayList<>();
        for (World.ThreatTruth t : world.threats()) {
            planned.add(new PlannedThreat(t.config().id(), t.type().threatClass(), path(t.trajectory())));
        }
        return new FeasibilityCheck().check(world.frame(), world.effectors(), planned);
    }

    static PredictedPath path(Trajectory t) {
        return new PredictedPath() {
            @Override
            public SimTime startTime() {
                return t.launchTime();
            }

            @Override
            public SimTime endTime() {
                return t.endTime();
            }

            @Override
            public io.steeldome.core.geo.EnuVector positionAt(SimTime time) {
                return t.positionAt(time);
            }
        };
    }
}
