package io.steeldome.sim.scenario;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.CoreError;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.defence.threat.ThreatClass;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Engagement doctrine.
 *
 * @param policy the fire doctrine of every threat class without its own entry in {@code doctrine}
 * @param engageThreshold engage a threat only if its probability of hitting a defended asset is at least this
 * @param maxShotsPerTarget interceptors that may be spent on one threat (track) in total
 * @param salvoSize rounds fired together under {@code shoot-shoot}
 * @param weaponsControl weapons control status of every layer from the start, then its changes in time order
 * @param doctrine per threat class (as inferred from the track), overrides of policy, salvo size and rounds
 * @param hostileArea declared hostile territory for identification; empty: none
 * @param approval who approves engagements; a simulation can only auto-approve
 */
public record EngagementConfig(
        EngagementPolicy policy,
        double engageThreshold,
        int maxShotsPerTarget,
        int salvoSize,
        List<WcsChange> weaponsControl,
        Map<DoctrineClass, ClassDoctrine> doctrine,
        Optional<HostileAreaConfig> hostileArea,
        Approval approval) {
    /** Rounds of a shoot-shoot engagement when {@code salvoSize} is not given. */
    public static final int DEFAULT_SALVO_SIZE = 2;

    /** What a scenario without an {@code engagement} section gets. */
    public static final EngagementConfig DEFAULTS = new EngagementConfig(EngagementPolicy.SHOOT_LOOK_SHOOT, 0.05, 2);

    public EngagementConfig {
        Objects.requireNonNull(policy, "policy");
        Checks.inRange("engageThreshold", engageThreshold, 0, 1, "");
        Checks.inRange("maxShotsPerTarget", maxShotsPerTarget, 1, Integer.MAX_VALUE, "");
        Checks.inRange("salvoSize", salvoSize, 1, 1000, "");
        weaponsControl = List.copyOf(weaponsControl);
        for (int i = 1; i < weaponsControl.size(); i++) {
            if (weaponsControl.get(i).timeS() < weaponsControl.get(i - 1).timeS()) {
                // changes must come in time order: each no earlier than the one before
                throw new SteeldomeException(
                        CoreError.OUT_OF_RANGE,
                        "weaponsControl[" + i + "].timeS",
                        weaponsControl.get(i).timeS(),
                        weaponsControl.get(i - 1).timeS(),
                        Double.POSITIVE_INFINITY,
                        "s");
            }
        }
        doctrine = doctrine.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(doctrine));
        Objects.requireNonNull(hostileArea, "hostileArea");
        Objects.requireNonNull(approval, "approval");
    }

    /** The doctrine of older files: weapons free everywhere, one doctrine for all classes, auto approval. */
    public EngagementConfig(EngagementPolicy policy, double engageThreshold, int maxShotsPerTarget) {
        this(
                policy,
                engageThreshold,
                maxShotsPerTarget,
                DEFAULT_SALVO_SIZE,
                List.of(),
                Map.of(),
                Optional.empty(),
                Approval.AUTO);
    }

    /**
     * A change of weapons control status. A scalar {@code weaponsControl: tight} in a file is one change at t = 0
     * for every layer.
     *
     * @param layers the layers it applies to; empty: every layer
     */
    public record WcsChange(double timeS, WeaponsControl status, List<EffectorLayer> layers) {
        public WcsChange {
            Checks.finite("timeS", timeS);
            Objects.requireNonNull(status, "status");
            layers = List.copyOf(layers);
        }
    }

    /** Per-class overrides; what is left out comes from the section's {@code policy}, {@code salvoSize}, ... */
    public record ClassDoctrine(
            Optional<EngagementPolicy> policy, OptionalInt salvoSize, OptionalInt maxShotsPerTarget) {
        public ClassDoctrine {
            Objects.requireNonNull(policy, "policy");
            salvoSize.ifPresent(v -> Checks.inRange("salvoSize", v, 1, 1000, ""));
            maxShotsPerTarget.ifPresent(v -> Checks.inRange("maxShotsPerTarget", v, 1, 1000, ""));
        }
    }

    /** Declared hostile territory: a polygon, or the far side of a border segment from the scenario origin. */
    public sealed interface HostileAreaConfig {
        record Polygon(List<LatLon> vertices) implements HostileAreaConfig {
            public Polygon {
                vertices = List.copyOf(vertices);
            }
        }

        record BeyondBorder(String segmentId) implements HostileAreaConfig {
            public BeyondBorder {
                Fields.notBlank("beyondBorder", segmentId);
            }
        }
    }

    /** Weapons control status as a scenario file spells it. */
    public enum WeaponsControl implements YamlEnum {
        HOLD("hold", WeaponsControlStatus.HOLD),
        TIGHT("tight", WeaponsControlStatus.TIGHT),
        FREE("free", WeaponsControlStatus.FREE);

        private final String yamlName;
        private final WeaponsControlStatus status;

        WeaponsControl(String yamlName, WeaponsControlStatus status) {
            this.yamlName = yamlName;
            this.status = status;
        }

        @Override
        public String yamlName() {
            return yamlName;
        }

        public WeaponsControlStatus status() {
            return status;
        }
    }

    /** A threat class as inferred from a track, as a scenario file spells it (keys of {@code doctrine}). */
    public enum DoctrineClass implements YamlEnum {
        ROCKET("rocket", ThreatClass.ROCKET),
        BALLISTIC_MISSILE("ballistic-missile", ThreatClass.BALLISTIC_MISSILE),
        CRUISE_MISSILE("cruise-missile", ThreatClass.CRUISE_MISSILE),
        ONE_WAY_ATTACK_DRONE("one-way-attack-drone", ThreatClass.ONE_WAY_ATTACK_DRONE),
        AIRCRAFT("aircraft", ThreatClass.AIRCRAFT),
        UNKNOWN("unknown", ThreatClass.UNKNOWN);

        private final String yamlName;
        private final ThreatClass threatClass;

        DoctrineClass(String yamlName, ThreatClass threatClass) {
            this.yamlName = yamlName;
            this.threatClass = threatClass;
        }

        @Override
        public String yamlName() {
            return yamlName;
        }

        public ThreatClass threatClass() {
            return threatClass;
        }
    }

    /**
     * Who approves engagements. Only {@code auto} exists in simulation: every engagement is approved by the
     * simulation at once and every output says so. Operator approval belongs to the live C2 server.
     */
    public enum Approval implements YamlEnum {
        AUTO("auto");

        private final String yamlName;

        Approval(String yamlName) {
            this.yamlName = yamlName;
        }

        @Override
        public String yamlName() {
            return yamlName;
        }
    }
}
