package io.steeldome.defence.doctrine;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.defence.threat.ThreatClass;
import java.util.List;
import java.util.Locale;

/**
 * Identifies a track from what it shows; no IFF is modelled. Rules, first match wins:
 *
 * <ol>
 *   <li>ballistic kinematics (classified ROCKET or BALLISTIC_MISSILE): HOSTILE. No friendly or civil traffic flies
 *       a ballistic arc into a defended area; own artillery and test launches are not modelled;
 *   <li>first seen over declared hostile territory (a {@link HostileArea}): HOSTILE;
 *   <li>on course for a defended asset (the threat evaluator's engage flag): SUSPECT;
 *   <li>otherwise UNKNOWN.
 * </ol>
 *
 * FRIEND is never inferred. Stateless and thread-safe.
 */
public final class Identifier {
    private final List<HostileArea> hostileAreas;
    // The verdicts that do not depend on the position, made once: identify runs per track and decision instant.
    private final IdentityAssessment rocket;
    private final IdentityAssessment ballisticMissile;
    private final IdentityAssessment suspect;
    private final IdentityAssessment unknown;

    public Identifier(List<HostileArea> hostileAreas) {
        this.hostileAreas = List.copyOf(hostileAreas);
        this.rocket = ballistic(ThreatClass.ROCKET);
        this.ballisticMissile = ballistic(ThreatClass.BALLISTIC_MISSILE);
        this.suspect = new IdentityAssessment(
                Identification.SUSPECT, "SUSPECT: on course for a defended asset, but " + noEvidence());
        this.unknown = new IdentityAssessment(Identification.UNKNOWN, "UNKNOWN: " + noEvidence());
    }

    private static IdentityAssessment ballistic(ThreatClass threatClass) {
        return new IdentityAssessment(
                Identification.HOSTILE,
                "HOSTILE: ballistic kinematics (" + threatClass + "); nothing friendly or civil flies a ballistic"
                        + " arc here");
    }

    /** Without declared hostile territory: only kinematics and behaviour count. */
    public static Identifier kinematicOnly() {
        return new Identifier(List.of());
    }

    public List<HostileArea> hostileAreas() {
        return hostileAreas;
    }

    /**
     * @param threatClass the class the threat evaluator inferred from the track
     * @param firstSeenEnu where the track was first seen, scenario ENU frame
     * @param threatensAsset whether the evaluator predicts it to hit a defended asset
     */
    public IdentityAssessment identify(ThreatClass threatClass, EnuVector firstSeenEnu, boolean threatensAsset) {
        if (threatClass == ThreatClass.ROCKET) {
            return rocket;
        }
        if (threatClass == ThreatClass.BALLISTIC_MISSILE) {
            return ballisticMissile;
        }
        for (HostileArea area : hostileAreas) {
            if (area.contains(firstSeenEnu.eastM(), firstSeenEnu.northM())) {
                return new IdentityAssessment(
                        Identification.HOSTILE,
                        String.format(
                                Locale.ROOT,
                                "HOSTILE: first seen over declared hostile territory (%s) at %.1f km E, %.1f km N",
                                area.name(),
                                firstSeenEnu.eastM() / 1000,
                                firstSeenEnu.northM() / 1000));
            }
        }
        return threatensAsset ? suspect : unknown;
    }

    private String noEvidence() {
        return hostileAreas.isEmpty()
                ? "not ballistic and no hostile territory declared"
                : "not ballistic and first seen outside declared hostile territory";
    }
}
