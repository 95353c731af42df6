package io.steeldome.defence.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.impact.BallisticPath;
import io.steeldome.defence.impact.ImpactPredictor;
import io.steeldome.defence.impact.StraightLinePath;
import io.steeldome.defence.threat.BallisticTrajectory;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.defence.threat.ThreatType;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.tracker.Track;
import io.steeldome.tracking.tracker.TrackId;
import io.steeldome.tracking.tracker.TrackStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreatEvaluatorTest {
    private static final double GROUND_M = 1600;
    private static final GeodeticPoint TOWN_CENTRE = GeodeticPoint.ofDegrees(39.5467, 44.0847, GROUND_M);
    private static final LocalFrame FRAME = LocalFrame.at(TOWN_CENTRE);
    private static final SimTime T0 = SimTime.ZERO;
    private static final DefendedAsset TOWN =
            new DefendedAsset("town", "Dogubayazit", 100, new AssetArea.Circle(TOWN_CENTRE, 2_000));
    private static final GeodeticPoint BASE_CENTRE = Geodesy.direct(TOWN_CENTRE, Math.toRadians(250), 8_000);
    private static final DefendedAsset BASE = new DefendedAsset(
            "base",
            "border post",
            30,
            new AssetArea.Polygon(List.of(
                    Geodesy.direct(BASE_CENTRE, 0, 500),
                    Geodesy.direct(BASE_CENTRE, Math.PI / 2, 500),
                    Geodesy.direct(BASE_CENTRE, Math.PI, 500),
                    Geodesy.direct(BASE_CENTRE, -Math.PI / 2, 500))));
    private static final List<DefendedAsset> ASSETS = List.of(TOWN, BASE);
    private static final ImpactPredictor PREDICTOR = new ImpactPredictor(FRAME, GROUND_M);
    private static final ThreatEvaluator EVALUATOR = new ThreatEvaluator(PREDICTOR);

    /** A confirmed track whose mean is the truth state at {@code fraction} of the flight, with tracking-like noise. */
    private static Track rocketTrack(long id, GeodeticPoint aim, double fraction, SimTime launchTime) {
        GeodeticPoint launch = Geodesy.direct(aim, Math.toRadians(110), 20_000);
        BallisticTrajectory traj = BallisticTrajectory.solve(
                FRAME, launch, aim, launchTime, ThreatType.GRAD_122MM.nominalFlightTimeS(20_000));
        SimTime t = launchTime.shiftedBy(fraction * traj.endTime().secondsSince(launchTime));
        return track(id, t, traj.positionAt(t), traj.velocityAt(t), 30, 3);
    }

    private static Track track(long id, SimTime t, EnuVector p, EnuVector v, double posSigmaM, double velSigmaMps) {
        double[][] cov = new double[6][6];
        for (int i = 0; i < 3; i++) {
            cov[i][i] = posSigmaM * posSigmaM;
            cov[i + 3][i + 3] = velSigmaMps * velSigmaMps;
        }
        double[] mean = {p.eastM(), p.northM(), p.upM(), v.eastM(), v.northM(), v.upM()};
        return new Track(new TrackId(id), GaussianState.of(t, mean, cov), TrackStatus.CONFIRMED, t, 10, 0);
    }

    @Test
    void rocketForAnEmptyFieldIsNotEngagedButOneForTheTownIs() {
        GeodeticPoint field = Geodesy.direct(TOWN_CENTRE, Math.toRadians(20), 5_000);
        Track toTown = rocketTrack(1, TOWN_CENTRE, 0.75, T0);
        Track toField = rocketTrack(2, field, 0.75, T0);
        SimTime now = toTown.state().time();

        List<ThreatAssessment> out = EVALUATOR.evaluate(List.of(toField, toTown), ASSETS, now);

        ThreatAssessment town = byId(out, 1);
        ThreatAssessment empty = byId(out, 2);
        assertThat(town.threatClass()).isEqualTo(ThreatClass.ROCKET);
        assertThat(town.engage()).isTrue();
        assertThat(town.hitProbability("town")).isGreaterThan(0.9);
        assertThat(town.impact()).isPresent();
        assertThat(town.path()).isInstanceOf(BallisticPath.class);
        assertThat(town.timeToImpactS().getAsDouble()).isCloseTo(0.25 * 63.9, within(0.5));
        assertThat(town.valueAtRisk()).isCloseTo(100 * town.hitProbability("town"), within(1e-9));
        assertThat(town.explanation()).contains("ENGAGE").contains("town");

        assertThat(empty.engage()).isFalse();
        assertThat(empty.maxHitProbability()).isLessThan(1e-6);
        assertThat(empty.priority()).isLessThan(1e-6);
        assertThat(empty.explanation()).contains("do not engage").contains("km from Dogubayazit");
        assertThat(out.get(0).trackId()).isEqualTo(new TrackId(1));
    }

    /**
     * Constructed ranking: the same rocket threat sooner beats later; a rocket on the lower-value base ranks below
     * rockets on the town at similar urgency; a drone an hour out on the town ranks low; a drone flying away is last.
     */
    @Test
    void ranksByValueAtRiskAndUrgency() {
        SimTime now = SimTime.ofSeconds(100);
        // the same geometry launched at different times: 80 % vs 40 % of the flight done at `now`
        Track soon = rocketTrack(11, TOWN_CENTRE, 0.8, now.shiftedBy(-0.8 * 63.9));
        Track later = rocketTrack(12, TOWN_CENTRE, 0.4, now.shiftedBy(-0.4 * 63.9));
        Track base = rocketTrack(13, BASE_CENTRE, 0.8, now.shiftedBy(-0.8 * 63.9));
        EnuVector townEnu = FRAME.toEnu(TOWN_CENTRE);
        Track droneIn = track(14, now, townEnu.plus(new EnuVector(-150_000, 0, 1_000)), new EnuVector(51, 0, 0), 50, 1);
        Track droneOut =
                track(15, now, townEnu.plus(new EnuVector(-20_000, 0, 1_000)), new EnuVector(-51, 0, 0), 50, 1);
        List<Track> tracks = List.of(droneOut, base, later, droneIn, soon).stream()
                .map(t -> new Track(t.id(), restamp(t.state(), now), t.status(), now, t.hits(), 0))
                .toList();

        List<ThreatAssessment> out = EVALUATOR.evaluate(tracks, ASSETS, now);

        assertThat(out).extracting(a -> a.trackId().value()).containsExactly(11L, 12L, 13L, 14L, 15L);
        assertThat(out.get(3).threatClass()).isEqualTo(ThreatClass.ONE_WAY_ATTACK_DRONE);
        assertThat(out.get(3).path()).isInstanceOf(StraightLinePath.class);
        assertThat(out.get(3).hitProbability("town")).isGreaterThan(0.5);
        assertThat(out.get(3).timeToImpactS().getAsDouble()).isCloseTo(150_000 / 51.0, within(1.0));
        assertThat(out.get(3).engage()).isTrue();
        assertThat(out.get(4).engage()).isFalse();
        assertThat(out.get(4).timeToImpactS()).isEmpty();
        assertThat(out.get(2).hitProbability("base")).isGreaterThan(0.5);
    }

    /** Near apogee a CV track is level; the ballistic hypothesis decides if it puts the town at risk. */
    @Test
    void aRocketNearApogeeIsJudgedByItsBallisticHypothesis() {
        Track apogee = rocketTrack(21, TOWN_CENTRE, 0.5, T0);
        Track fieldApogee = rocketTrack(22, Geodesy.direct(TOWN_CENTRE, Math.toRadians(20), 5_000), 0.5, T0);
        SimTime now = apogee.state().time();
        List<ThreatAssessment> out = EVALUATOR.evaluate(List.of(apogee, fieldApogee), ASSETS, now);

        ThreatAssessment town = byId(out, 21);
        assertThat(town.threatClass()).isEqualTo(ThreatClass.ROCKET);
        assertThat(town.path()).isInstanceOf(BallisticPath.class);
        assertThat(town.engage()).isTrue();
        assertThat(town.explanation()).contains("rocket envelope");
        ThreatAssessment field = byId(out, 22);
        assertThat(field.engage()).isFalse();

        ThreatAssessment withHistory = EVALUATOR
                .evaluate(List.of(fieldApogee), ASSETS, now, Map.of(new TrackId(22), ThreatClass.ROCKET))
                .get(0);
        assertThat(withHistory.threatClass()).isEqualTo(ThreatClass.ROCKET);
        assertThat(withHistory.impact()).isPresent();
        assertThat(withHistory.engage()).isFalse();
        assertThat(withHistory.explanation()).contains("kept from earlier scans");
    }

    @Test
    void aLevelAircraftPassingByIsNotEngaged() {
        EnuVector townEnu = FRAME.toEnu(TOWN_CENTRE);
        Track jet = track(41, T0, townEnu.plus(new EnuVector(-30_000, 10_000, 3_000)), new EnuVector(250, 0, 0), 50, 2);
        ThreatAssessment a = EVALUATOR.evaluate(List.of(jet), ASSETS, T0).get(0);
        assertThat(a.threatClass()).isEqualTo(ThreatClass.AIRCRAFT);
        assertThat(a.engage()).isFalse();
        assertThat(a.impact()).isEmpty();
        assertThat(a.path()).isInstanceOf(StraightLinePath.class);
    }

    @Test
    void skipsTentativeTracksAndRejectsDuplicateAssets() {
        Track t = rocketTrack(31, TOWN_CENTRE, 0.5, T0);
        Track tentative = new Track(t.id(), t.state(), TrackStatus.TENTATIVE, t.lastUpdate(), 1, 0);
        assertThat(EVALUATOR.evaluate(List.of(tentative), ASSETS, t.lastUpdate()))
                .isEmpty();
        assertThatThrownBy(() -> EVALUATOR.evaluate(List.of(t), List.of(TOWN, TOWN), t.lastUpdate()))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("town");
    }

    private static GaussianState restamp(GaussianState s, SimTime t) {
        return GaussianState.of(t, s.mean(), s.covariance());
    }

    private static ThreatAssessment byId(List<ThreatAssessment> out, long id) {
        return out.stream().filter(a -> a.trackId().value() == id).findFirst().orElseThrow();
    }
}
