package io.steeldome.defence.doctrine;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.effector.EffectorSpec;
import io.steeldome.defence.effector.Flyout;
import io.steeldome.defence.engagement.InterceptSolver;
import io.steeldome.defence.evaluate.ThreatAssessment;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.tracking.tracker.TrackId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Two layers at the frame origin and one threat flying straight at them, with answers by hand.
 *
 * <p>The threat starts 70 km east on the site's tangent plane (up = 0, so slant range = distance east) at t = 0 and
 * flies west at v = 250 m/s, reaching the site at 280 s. Both interceptors fly at u = 1000 m/s with no launch delay.
 * Ordered at t0 with the threat at D = 70000 - 250 t0, an interceptor meets it after tau = D / (u + v) at range
 * u tau, if that range lies in the envelope; otherwise at the envelope's edge.
 *
 * <ul>
 *   <li>OUTER, range [20, 60] km, Pk 0.6: ordered at 0, tau = 70000 / 1250 = 56 s, at 56 km: intercept at 56 s.
 *       After a look (2 s) at 58 s, D = 55.5 km: again tau = 44.4 s at 44.4 km, so OUTER leaves a second chance.
 *   <li>INNER, range [12, 15] km, Pk 0.9: the threat enters 15 km at t = 55000 / 250 = 220 s; the interceptor
 *       leaves at 205 s to meet it there: intercept at 220 s. After a look at 222 s (D = 14.5 km) neither layer can
 *       meet it: INNER would meet it at 11.6 km, inside its 12 km minimum, and OUTER's minimum is 20 km. INNER is the
 *       last chance.
 * </ul>
 */
final class TwoLayers {
    static final GeodeticPoint SITE = GeodeticPoint.ofDegrees(39.55, 44.08, 1_600);
    static final LocalFrame FRAME = LocalFrame.at(SITE);
    static final TrackId TRACK = new TrackId(7);
    static final EnuVector FIRST_SEEN = new EnuVector(70_000, 0, 0);

    static final Effector OUTER = new Effector("outer", SITE, spec("OUTER", 20_000, 60_000, 0.6, 1.0e6));
    static final Effector INNER = new Effector("inner", SITE, spec("INNER", 12_000, 15_000, 0.9, 3.0e6));

    private TwoLayers() {}

    static EffectorSpec spec(String layer, double minRangeM, double maxRangeM, double pk, double costUsd) {
        return EffectorSpec.builder(layer)
                .envelope(minRangeM, maxRangeM, -1_000, 30_000)
                .flyout(Flyout.constantSpeed(1_000))
                .launchDelayS(0)
                .pk(ThreatClass.CRUISE_MISSILE, pk)
                .pk(ThreatClass.ROCKET, pk)
                .pk(ThreatClass.ONE_WAY_ATTACK_DRONE, pk)
                .magazine(4)
                .fireChannels(4)
                .reloadS(600)
                .costPerShotUsd(costUsd)
                .build();
    }

    static LinearPath path() {
        return new LinearPath(SimTime.ZERO, SimTime.ofSeconds(280), FIRST_SEEN, new EnuVector(-250, 0, 0));
    }

    static ThreatAssessment assessment(ThreatClass c, boolean engage) {
        return new ThreatAssessment(
                TRACK,
                c,
                Optional.empty(),
                List.of(),
                100,
                OptionalDouble.of(280),
                100.0 / 280,
                engage,
                path(),
                "test threat");
    }

    static TrackPicture picture(ThreatClass c, int inFlight, int spent) {
        return new TrackPicture(assessment(c, true), FIRST_SEEN, true, inFlight, spent);
    }

    static List<EffectorStatus> full() {
        return List.of(new EffectorStatus(OUTER, 4, 4), new EffectorStatus(INNER, 4, 4));
    }

    /** Every feasible round is committed (the commit horizon is longer than the flight). */
    static EngagementController controller(
            WcsSchedule wcs, Identifier id, EngagementAuthority authority, boolean layering, int maxRounds) {
        return new EngagementController(
                FRAME,
                InterceptSolver.withDefaults(),
                DoctrineTable.uniform(FireDoctrine.shootLookShoot(maxRounds)),
                wcs,
                id,
                authority,
                new EngagementController.Settings(10_000, 2, layering));
    }

    static EngagementController free(boolean layering) {
        return controller(WcsSchedule.ALL_FREE, Identifier.kinematicOnly(), new SimulationAuthority(), layering, 2);
    }
}
