package io.steeldome.defence.doctrine;

import static io.steeldome.defence.doctrine.TwoLayers.INNER;
import static io.steeldome.defence.doctrine.TwoLayers.OUTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.time.SimTime;
import io.steeldome.defence.threat.ThreatClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Hand-computed two-layer cases; the geometry and its answers are in {@link TwoLayers}. */
class EngagementControllerTest {
    private static final double TIME_TOL_S = 1e-3;

    /**
     * The layering rule: INNER has the higher Pk (0.9 against 0.6), so maximum marginal return alone spends the
     * inner round first, at 220 s, leaving no time for anything after it. With the rule, OUTER fires first (56 s),
     * because its intercept leaves time to look and engage again.
     */
    @Test
    void outerLayerFiresFirstWhenItLeavesASecondChance() {
        EngagementDecision d = TwoLayers.free(true)
                .decide(SimTime.ZERO, List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, 0, 0)), TwoLayers.full());

        assertThat(d.approved()).singleElement().satisfies(a -> {
            assertThat(a.recommendation().effectorId()).isEqualTo("outer");
            assertThat(a.recommendation().solution().interceptTime().seconds()).isCloseTo(56, within(TIME_TOL_S));
            assertThat(a.recommendation().solution().rangeM()).isCloseTo(56_000, within(1.0));
            assertThat(a.recommendation().reason()).contains("leaves time to look at 58.0 s and re-engage");
        });
    }

    @Test
    void withoutTheLayeringRuleTheHigherPkInnerRoundGoesFirst() {
        EngagementDecision d = TwoLayers.free(false)
                .decide(SimTime.ZERO, List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, 0, 0)), TwoLayers.full());

        assertThat(d.approved()).singleElement().satisfies(a -> {
            assertThat(a.recommendation().effectorId()).isEqualTo("inner");
            assertThat(a.recommendation().solution().interceptTime().seconds()).isCloseTo(220, within(TIME_TOL_S));
            assertThat(a.recommendation().solution().launchTime().seconds()).isCloseTo(205, within(TIME_TOL_S));
        });
    }

    /**
     * Shoot-look-shoot over time, decisions every 2 s (a 2 s radar), kill draws from SplittableRandom(6): 0.7398
     * then 0.4463. OUTER fires at 0 and meets the threat at 56 s: 0.7398 >= 0.6, a miss. At the scan right after it
     * (the solver puts the intercept within 0.1 ms before 56 s, so the 56 s scan is the look) the track is still there; the second and last round (at most 2) needs no second chance, so the higher-Pk
     * INNER takes it, meeting the threat at 220 s: 0.4463 < 0.9, a kill.
     */
    @Test
    void outerShootsFirstAndInnerReEngagesAfterAMiss() {
        EngagementController c = TwoLayers.free(true);
        SplittableRandom draws = new SplittableRandom(6);
        List<EngagementRecommendation> fired = new ArrayList<>();
        List<String> log = new ArrayList<>();
        boolean alive = true;
        double inFlightUntil = Double.NaN;
        double pkInFlight = 0;
        for (int t = 0; t <= 280 && alive; t += 2) {
            if (!Double.isNaN(inFlightUntil) && inFlightUntil <= t) {
                boolean kill = draws.nextDouble() < pkInFlight;
                log.add((kill ? "kill" : "miss") + " at " + Math.round(inFlightUntil));
                alive = !kill;
                inFlightUntil = Double.NaN;
                if (!alive) {
                    break;
                }
            }
            int inFlight = Double.isNaN(inFlightUntil) ? 0 : 1;
            EngagementDecision d = c.decide(
                    SimTime.ofSeconds(t),
                    List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, inFlight, fired.size())),
                    TwoLayers.full());
            for (ApprovedEngagement a : d.approved()) {
                fired.add(a.recommendation());
                inFlightUntil = a.recommendation().solution().interceptTime().seconds();
                pkInFlight = a.recommendation().pk();
            }
            if (inFlight == 1) {
                assertThat(d.notEngaged())
                        .singleElement()
                        .extracting(NotEngaged::reason)
                        .isEqualTo(NotEngagedReason.AWAITING_KILL_ASSESSMENT);
            }
        }
        assertThat(fired).extracting(EngagementRecommendation::effectorId).containsExactly("outer", "inner");
        assertThat(fired).extracting(r -> r.madeAt().seconds()).containsExactly(0.0, 56.0);
        assertThat(fired).extracting(EngagementRecommendation::round).containsExactly(1, 2);
        assertThat(fired.get(1).solution().interceptTime().seconds()).isCloseTo(220, within(TIME_TOL_S));
        assertThat(log).containsExactly("miss at 56", "kill at 220");
    }

    @Test
    void doctrineStopsAtTheMaximumRoundsPerThreat() {
        EngagementDecision d = TwoLayers.free(true)
                .decide(
                        SimTime.ofSeconds(60),
                        List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, 0, 2)),
                        TwoLayers.full());
        assertThat(d.approved()).isEmpty();
        assertThat(d.notEngaged()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotEngagedReason.MAX_ROUNDS_SPENT);
            assertThat(n.detail()).contains("2 round(s) spent");
        });
    }

    /**
     * A salvo of 2 puts both rounds up at once. Maximum marginal return, value 100: first round INNER (gain 100 x 0.9
     * = 90 against OUTER's 60); then the survival is 0.1 and INNER again gains 100 x 0.1 x 0.9 = 9 against OUTER's
     * 6, so both rounds come from INNER (no layering under a salvo).
     */
    @Test
    void salvoFiresTwoRoundsAtOnce() {
        EngagementController c = new EngagementController(
                TwoLayers.FRAME,
                io.steeldome.defence.engagement.InterceptSolver.withDefaults(),
                DoctrineTable.uniform(FireDoctrine.salvo(2, 2)),
                WcsSchedule.ALL_FREE,
                Identifier.kinematicOnly(),
                new SimulationAuthority(),
                new EngagementController.Settings(10_000, 2, true));
        EngagementDecision d =
                c.decide(SimTime.ZERO, List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, 0, 0)), TwoLayers.full());
        assertThat(d.approved())
                .extracting(a -> a.recommendation().effectorId())
                .containsExactly("inner", "inner");
        assertThat(d.approved()).extracting(a -> a.recommendation().round()).containsExactly(1, 2);
    }

    @Test
    void aTrackPredictedToMissIsNotEngagedAndSaysWhy() {
        EngagementDecision d = TwoLayers.free(true)
                .decide(
                        SimTime.ZERO,
                        List.of(new TrackPicture(
                                TwoLayers.assessment(ThreatClass.CRUISE_MISSILE, false),
                                TwoLayers.FIRST_SEEN,
                                true,
                                0,
                                0)),
                        TwoLayers.full());
        assertThat(d.approved()).isEmpty();
        assertThat(d.notEngaged()).extracting(NotEngaged::reason).containsExactly(NotEngagedReason.NOT_THREATENING);
    }

    @Test
    void noRoundsAndOutOfEnvelopeAreTold() {
        EngagementController c = TwoLayers.free(true);
        EngagementDecision empty = c.decide(
                SimTime.ZERO,
                List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, 0, 0)),
                List.of(new EffectorStatus(OUTER, 0, 4), new EffectorStatus(INNER, 0, 4)));
        assertThat(empty.notEngaged()).extracting(NotEngaged::reason).containsExactly(NotEngagedReason.NO_ROUNDS);
        // At 230 s the threat is at 12.5 km: OUTER (min 20 km) cannot, INNER would meet it at 10 km (< 12 km).
        EngagementDecision late = c.decide(
                SimTime.ofSeconds(230), List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, 0, 0)), TwoLayers.full());
        assertThat(late.notEngaged())
                .extracting(NotEngaged::reason)
                .containsExactly(NotEngagedReason.OUTSIDE_EVERY_ENVELOPE);
        // No Pk against aircraft in either layer.
        EngagementDecision aircraft =
                c.decide(SimTime.ZERO, List.of(TwoLayers.picture(ThreatClass.AIRCRAFT, 0, 0)), TwoLayers.full());
        assertThat(aircraft.notEngaged())
                .extracting(NotEngaged::reason)
                .containsExactly(NotEngagedReason.NO_EFFECTOR_FOR_CLASS);
    }

    @Test
    void weaponsHoldFiresNothingAndSaysSo() {
        EngagementController c = TwoLayers.controller(
                WcsSchedule.constant(WeaponsControlStatus.HOLD),
                Identifier.kinematicOnly(),
                new SimulationAuthority(),
                true,
                2);
        EngagementDecision d =
                c.decide(SimTime.ZERO, List.of(TwoLayers.picture(ThreatClass.ROCKET, 0, 0)), TwoLayers.full());
        assertThat(d.approved()).isEmpty();
        assertThat(d.recommendations()).isEmpty();
        assertThat(d.notEngaged()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotEngagedReason.WEAPONS_HOLD);
            assertThat(n.detail()).contains("weapons hold");
        });
    }

    /** Weapons tight: a rocket (ballistic kinematics) is HOSTILE and engaged; a cruise missile only with hostile origin. */
    @Test
    void weaponsTightEngagesOnlyHostileTracks() {
        WcsSchedule tight = WcsSchedule.constant(WeaponsControlStatus.TIGHT);
        EngagementController noArea =
                TwoLayers.controller(tight, Identifier.kinematicOnly(), new SimulationAuthority(), true, 2);
        assertThat(noArea.decide(SimTime.ZERO, List.of(TwoLayers.picture(ThreatClass.ROCKET, 0, 0)), TwoLayers.full())
                        .approved())
                .hasSize(1);
        EngagementDecision cm = noArea.decide(
                SimTime.ZERO, List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, 0, 0)), TwoLayers.full());
        assertThat(cm.approved()).isEmpty();
        assertThat(cm.identities().get(TwoLayers.TRACK).identity()).isEqualTo(Identification.SUSPECT);
        assertThat(cm.notEngaged())
                .extracting(NotEngaged::reason)
                .containsExactly(NotEngagedReason.NOT_HOSTILE_UNDER_TIGHT);

        // a square 60-80 km east, +-10 km north, declared hostile: the track was first seen at 70 km east
        HostileArea square = new HostileArea.Polygon(
                "east",
                List.of(
                        new io.steeldome.core.geo.EnuVector(60_000, -10_000, 0),
                        new io.steeldome.core.geo.EnuVector(80_000, -10_000, 0),
                        new io.steeldome.core.geo.EnuVector(80_000, 10_000, 0),
                        new io.steeldome.core.geo.EnuVector(60_000, 10_000, 0)));
        EngagementController withArea =
                TwoLayers.controller(tight, new Identifier(List.of(square)), new SimulationAuthority(), true, 2);
        EngagementDecision hostile = withArea.decide(
                SimTime.ZERO, List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, 0, 0)), TwoLayers.full());
        assertThat(hostile.identities().get(TwoLayers.TRACK).identity()).isEqualTo(Identification.HOSTILE);
        assertThat(hostile.approved()).hasSize(1);
    }

    /** Per layer and over time: OUTER on hold from the start, and every layer on hold until 30 s. */
    @Test
    void weaponsControlIsPerLayerAndScheduled() {
        WcsSchedule outerHeld = new WcsSchedule(
                WeaponsControlStatus.FREE,
                List.of(new WcsSchedule.Change(0, WeaponsControlStatus.HOLD, Set.of("OUTER"))));
        EngagementDecision d = TwoLayers.controller(
                        outerHeld, Identifier.kinematicOnly(), new SimulationAuthority(), true, 2)
                .decide(SimTime.ZERO, List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, 0, 0)), TwoLayers.full());
        assertThat(d.approved())
                .extracting(a -> a.recommendation().effectorId())
                .containsExactly("inner");

        WcsSchedule holdThenFree = new WcsSchedule(
                WeaponsControlStatus.HOLD, List.of(new WcsSchedule.Change(30, WeaponsControlStatus.FREE, Set.of())));
        EngagementController c =
                TwoLayers.controller(holdThenFree, Identifier.kinematicOnly(), new SimulationAuthority(), true, 2);
        assertThat(c.decide(
                                SimTime.ofSeconds(28),
                                List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, 0, 0)),
                                TwoLayers.full())
                        .approved())
                .isEmpty();
        assertThat(c.decide(
                                SimTime.ofSeconds(30),
                                List.of(TwoLayers.picture(ThreatClass.CRUISE_MISSILE, 0, 0)),
                                TwoLayers.full())
                        .approved())
                .hasSize(1);
        assertThat(holdThenFree.describe("OUTER")).isEqualTo("HOLD, FREE from 30 s");
    }
}
