package io.steeldome.border.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.alert.AlertClass;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agencies TR (Turkish units), IQF (Iraqi federal border forces), PESH (Peshmerga), NATO; four markings. Every owner x
 * marking has one alert and one track; each track references every alert of its owner. Expected access is written
 * out by hand below (the pair table and the marking semantics), not computed by the policy.
 */
class SharedPictureTest {
    static final List<String> AGENCIES = List.of("TR", "IQF", "PESH", "NATO");
    static final double GRID_DEG = 0.05;

    /** Marking name -> marking. */
    static final Map<String, Releasability> MARKINGS = Map.of(
            "OWN",
            Releasability.OWN_ONLY,
            "REL_IQF",
            Releasability.to("IQF"),
            "REL_PESH_NATO",
            Releasability.to("PESH", "NATO"),
            "ALL",
            Releasability.ALL_PARTNERS);

    /** The agreed pair rules (owner -> viewer); absent pairs get nothing. */
    static final List<ReleaseRule> RULES = List.of(
            ReleaseRule.full("TR", "NATO"),
            ReleaseRule.downgraded("TR", "IQF", GRID_DEG),
            ReleaseRule.downgraded("TR", "PESH", GRID_DEG),
            ReleaseRule.full("IQF", "TR"),
            ReleaseRule.full("IQF", "NATO"),
            ReleaseRule.none("IQF", "PESH"),
            ReleaseRule.downgraded("PESH", "TR", GRID_DEG),
            ReleaseRule.full("PESH", "IQF"),
            ReleaseRule.full("PESH", "NATO"),
            ReleaseRule.full("NATO", "TR"));
    // NATO -> IQF and NATO -> PESH: no rule, so nothing.

    /** The pair table above, as the expected outcome when the marking allows the viewer. */
    static Access pairTable(String owner, String viewer) {
        return switch (owner + ">" + viewer) {
            case "TR>NATO", "IQF>TR", "IQF>NATO", "PESH>IQF", "PESH>NATO", "NATO>TR" -> Access.FULL;
            case "TR>IQF", "TR>PESH", "PESH>TR" -> Access.DOWNGRADED;
            default -> Access.NONE;
        };
    }

    /** The marking semantics, written out per marking name. */
    static boolean markingAllows(String marking, String owner, String viewer) {
        if (owner.equals(viewer)) {
            return true;
        }
        return switch (marking) {
            case "OWN" -> false;
            case "REL_IQF" -> viewer.equals("IQF");
            case "REL_PESH_NATO" -> viewer.equals("PESH") || viewer.equals("NATO");
            case "ALL" -> true;
            default -> throw new IllegalArgumentException(marking);
        };
    }

    static Access expected(String owner, String marking, String viewer) {
        if (owner.equals(viewer)) {
            return Access.FULL;
        }
        return markingAllows(marking, owner, viewer) ? pairTable(owner, viewer) : Access.NONE;
    }

    static String alertId(String owner, String marking) {
        return "ALRT-" + owner + "-" + marking + "-x7";
    }

    static String trackId(String owner, String marking) {
        return "TRK-" + owner + "-" + marking + "-q3";
    }

    /** A precise position with many significant digits, distinct per item. */
    static GeodeticPoint precise(int i) {
        return GeodeticPoint.ofDegrees(37.0123456789 + 0.0371 * i, 44.0234567891 + 0.0293 * i, 1234.5 + i);
    }

    static final List<BorderAlert> ALERTS = new ArrayList<>();
    static final List<SharedTrack> TRACKS = new ArrayList<>();

    static {
        int i = 0;
        for (String owner : AGENCIES) {
            List<String> ownAlerts = new ArrayList<>();
            for (String m : MARKINGS.keySet().stream().sorted().toList()) {
                ownAlerts.add(alertId(owner, m));
            }
            for (String m : MARKINGS.keySet().stream().sorted().toList()) {
                ALERTS.add(new BorderAlert(
                        alertId(owner, m),
                        SimTime.ofSeconds(100 + i),
                        precise(i),
                        new PositionUncertainty(30, 10, 0.4),
                        AlertClass.VEHICLE,
                        0.7,
                        "S-" + owner,
                        owner,
                        MARKINGS.get(m)));
                TRACKS.add(new SharedTrack(
                        trackId(owner, m),
                        SimTime.ofSeconds(200 + i),
                        precise(i + 100),
                        new PositionUncertainty(50, 20, 1.0),
                        owner,
                        MARKINGS.get(m),
                        ownAlerts,
                        StandardIdentity.values()[i % StandardIdentity.values().length]));
                i++;
            }
        }
    }

    static final SharedPicture PICTURE = new SharedPicture(ALERTS, TRACKS, new ReleasePolicy(RULES));

    static Stream<Arguments> viewerOwnerMarking() {
        List<Arguments> out = new ArrayList<>();
        for (String viewer : AGENCIES) {
            for (String owner : AGENCIES) {
                for (String m : MARKINGS.keySet().stream().sorted().toList()) {
                    out.add(Arguments.of(viewer, owner, m));
                }
            }
        }
        return out.stream();
    }

    private static String fmt(double deg) {
        return String.format(Locale.ROOT, "%.6f", deg);
    }

    @ParameterizedTest(name = "{1} item marked {2} seen by {0}")
    @MethodSource("viewerOwnerMarking")
    void nothingCrossesABoundaryItShouldNot(String viewer, String owner, String marking) {
        PictureView view = PICTURE.viewFor(viewer);
        Access want = expected(owner, marking, viewer);
        BorderAlert original = ALERTS.stream()
                .filter(a -> a.id().equals(alertId(owner, marking)))
                .findFirst()
                .orElseThrow();
        SharedTrack originalTrack = TRACKS.stream()
                .filter(t -> t.id().equals(trackId(owner, marking)))
                .findFirst()
                .orElseThrow();
        Optional<BorderAlert> seen =
                view.alerts().stream().filter(a -> a.id().equals(original.id())).findFirst();
        Optional<SharedTrack> seenTrack = view.tracks().stream()
                .filter(t -> t.id().equals(originalTrack.id()))
                .findFirst();
        String everything = view.toString();
        switch (want) {
            case NONE -> {
                assertThat(seen).isEmpty();
                assertThat(seenTrack).isEmpty();
                // Not even the ids survive, anywhere in the view (as items or as track references).
                assertThat(everything).doesNotContain(original.id()).doesNotContain(originalTrack.id());
                assertThat(everything)
                        .doesNotContain(fmt(original.position().latDeg()))
                        .doesNotContain(fmt(originalTrack.position().latDeg()));
            }
            case FULL -> {
                assertThat(seen).contains(original);
                assertThat(seenTrack.orElseThrow().position()).isEqualTo(originalTrack.position());
                assertThat(seenTrack.orElseThrow().uncertainty()).isEqualTo(originalTrack.uncertainty());
                assertThat(seenTrack.orElseThrow().identity()).isEqualTo(originalTrack.identity());
            }
            case DOWNGRADED -> {
                BorderAlert a = seen.orElseThrow();
                SharedTrack t = seenTrack.orElseThrow();
                assertThat(a).isNotEqualTo(original);
                assertDowngraded(original.position(), a.position());
                assertDowngraded(originalTrack.position(), t.position());
                assertThat(t.identity()).isEqualTo(originalTrack.identity()); // only the position is coarsened
                // The precise coordinates (to 1e-6 deg) and height appear nowhere in the view.
                for (GeodeticPoint p : List.of(original.position(), originalTrack.position())) {
                    assertThat(everything)
                            .doesNotContain(fmt(p.latDeg()))
                            .doesNotContain(fmt(p.lonDeg()))
                            .doesNotContain(Double.toString(p.latRad()))
                            .doesNotContain(Double.toString(p.lonRad()))
                            .doesNotContain(Double.toString(p.hM()));
                }
                assertThat(a.uncertainty().semiMajorM())
                        .isGreaterThanOrEqualTo(GRID_DEG * 111_320 / Math.sqrt(12) - 1e-9);
                assertThat(a.classification()).isEqualTo(original.classification());
            }
        }
    }

    /** The copy sits at the centre of the 0.05 deg cell holding the precise position, at height 0. */
    private static void assertDowngraded(GeodeticPoint precise, GeodeticPoint copy) {
        double latCentre = (Math.floor(precise.latDeg() / GRID_DEG) + 0.5) * GRID_DEG;
        double lonCentre = (Math.floor(precise.lonDeg() / GRID_DEG) + 0.5) * GRID_DEG;
        assertThat(copy.latDeg()).isCloseTo(latCentre, within(1e-9));
        assertThat(copy.lonDeg()).isCloseTo(lonCentre, within(1e-9));
        assertThat(copy.hM()).isZero();
        assertThat(copy.latDeg()).isNotCloseTo(precise.latDeg(), within(1e-6));
        assertThat(copy.lonDeg()).isNotCloseTo(precise.lonDeg(), within(1e-6));
    }

    @ParameterizedTest(name = "view of {0}")
    @MethodSource("agencies")
    void countsAndReferencesMatchExactlyWhatTheViewerMaySee(String viewer) {
        PictureView view = PICTURE.viewFor(viewer);
        List<String> wantAlerts = new ArrayList<>();
        List<String> wantTracks = new ArrayList<>();
        for (String owner : AGENCIES) {
            for (String m : MARKINGS.keySet()) {
                if (expected(owner, m, viewer) != Access.NONE) {
                    wantAlerts.add(alertId(owner, m));
                    wantTracks.add(trackId(owner, m));
                }
            }
        }
        assertThat(view.viewerId()).isEqualTo(viewer);
        assertThat(view.alerts()).extracting(BorderAlert::id).containsExactlyInAnyOrderElementsOf(wantAlerts);
        assertThat(view.tracks()).extracting(SharedTrack::id).containsExactlyInAnyOrderElementsOf(wantTracks);
        for (SharedTrack t : view.tracks()) {
            // A track keeps exactly the references to alerts the viewer also sees, nothing else, and no gap count.
            List<String> visibleOfOwner = wantAlerts.stream()
                    .filter(id -> id.startsWith("ALRT-" + t.agencyId() + "-"))
                    .toList();
            assertThat(t.alertIds()).containsExactlyInAnyOrderElementsOf(visibleOfOwner);
        }
    }

    static Stream<String> agencies() {
        return AGENCIES.stream();
    }

    @Test
    void hardCodedSpotChecks() {
        // An own-only Turkish alert is seen by Turkey alone.
        for (String v : List.of("IQF", "PESH", "NATO")) {
            assertThat(PICTURE.viewFor(v).alerts()).extracting(BorderAlert::id).doesNotContain(alertId("TR", "OWN"));
        }
        // IQF -> PESH is denied by the pair rule even when the marking releases to all partners.
        assertThat(PICTURE.viewFor("PESH").alerts()).extracting(BorderAlert::id).doesNotContain(alertId("IQF", "ALL"));
        // NATO sees IQF's all-partners alert in full; IQF sees none of NATO's (no rule).
        assertThat(PICTURE.viewFor("NATO").alerts()).extracting(BorderAlert::id).contains(alertId("IQF", "ALL"));
        assertThat(PICTURE.viewFor("IQF").alerts())
                .extracting(BorderAlert::agencyId)
                .doesNotContain("NATO");
    }

    @Test
    void downgradedCopiesOfDifferentPositionsInOneCellAreIdentical() {
        Downgrade d = new Downgrade(0.1);
        GeodeticPoint a = d.snap(GeodeticPoint.ofDegrees(37.0123, 44.0567, 800));
        GeodeticPoint b = d.snap(GeodeticPoint.ofDegrees(37.0987, 44.0012, 1200));
        assertThat(a).isEqualTo(b);
        assertThat(a.latDeg()).isCloseTo(37.05, within(1e-9));
        assertThat(a.lonDeg()).isCloseTo(44.05, within(1e-9));
    }

    @Test
    void invalidRulesAreRejected() {
        assertThatThrownBy(() -> ReleaseRule.full("TR", "TR")).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new ReleaseRule("TR", "IQF", Access.DOWNGRADED, Optional.empty()))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(
                        () -> new ReleasePolicy(List.of(ReleaseRule.full("TR", "IQF"), ReleaseRule.none("TR", "IQF"))))
                .isInstanceOf(SteeldomeException.class);
    }
}
