package io.steeldome.server.share;

import io.steeldome.border.alert.AlertClass;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.border.share.StandardIdentity;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.List;

/** JSON shapes of released alerts and tracks (degrees and metres at this edge). */
public final class PictureDto {
    private PictureDto() {}

    /** An alert as sent to a client. */
    public record Alert(
            String id,
            double timeS,
            double latDeg,
            double lonDeg,
            double heightM,
            Ellipse uncertainty,
            String classification,
            double confidence,
            String sectorId,
            String agency,
            String releasability) {}

    /**
     * A track as sent to a client; {@code alertIds} name only alerts the same client may see, {@code identity} is the
     * {@link StandardIdentity} name (rows stored before it existed read as UNKNOWN).
     */
    public record Track(
            String id,
            double timeS,
            double latDeg,
            double lonDeg,
            double heightM,
            Ellipse uncertainty,
            String agency,
            String releasability,
            List<String> alertIds,
            String identity) {}

    /** A 1-sigma error ellipse; orientation clockwise from north. */
    public record Ellipse(double semiMajorM, double semiMinorM, double orientationDeg) {
        static Ellipse of(PositionUncertainty u) {
            return new Ellipse(u.semiMajorM(), u.semiMinorM(), Math.toDegrees(u.orientationRad()));
        }

        PositionUncertainty toUncertainty() {
            return new PositionUncertainty(semiMajorM, semiMinorM, Math.toRadians(orientationDeg));
        }
    }

    public static Alert alert(BorderAlert a) {
        return new Alert(
                a.id(),
                a.time().seconds(),
                a.position().latDeg(),
                a.position().lonDeg(),
                a.position().hM(),
                Ellipse.of(a.uncertainty()),
                a.classification().name(),
                a.confidence(),
                a.sectorId(),
                a.agencyId(),
                marking(a.releasability()));
    }

    public static Track track(SharedTrack t) {
        return new Track(
                t.id(),
                t.time().seconds(),
                t.position().latDeg(),
                t.position().lonDeg(),
                t.position().hM(),
                Ellipse.of(t.uncertainty()),
                t.agencyId(),
                marking(t.releasability()),
                t.alertIds(),
                t.identity().name());
    }

    /** The alert back from its stored form (what {@link #alert} wrote). */
    public static BorderAlert toAlert(Alert a) {
        return new BorderAlert(
                a.id(),
                SimTime.ofSeconds(a.timeS()),
                GeodeticPoint.ofDegrees(a.latDeg(), a.lonDeg(), a.heightM()),
                a.uncertainty().toUncertainty(),
                AlertClass.valueOf(a.classification()),
                a.confidence(),
                a.sectorId(),
                a.agency(),
                parseMarking(a.releasability()));
    }

    /** The track back from its stored form (what {@link #track} wrote). */
    public static SharedTrack toTrack(Track t) {
        return new SharedTrack(
                t.id(),
                SimTime.ofSeconds(t.timeS()),
                GeodeticPoint.ofDegrees(t.latDeg(), t.lonDeg(), t.heightM()),
                t.uncertainty().toUncertainty(),
                t.agency(),
                parseMarking(t.releasability()),
                t.alertIds(),
                t.identity() == null ? StandardIdentity.UNKNOWN : StandardIdentity.valueOf(t.identity()));
    }

    static Releasability parseMarking(String s) {
        if (s.equals("OWN_ONLY")) {
            return Releasability.OWN_ONLY;
        }
        if (s.equals("ALL_PARTNERS")) {
            return Releasability.ALL_PARTNERS;
        }
        if (s.startsWith("REL_TO ")) {
            return new Releasability.To(java.util.Set.of(s.substring(7).split(",")));
        }
        throw new IllegalArgumentException("unknown releasability marking " + s);
    }

    /** The marking in the usual words: OWN_ONLY, REL_TO A,B, or ALL_PARTNERS. */
    static String marking(Releasability r) {
        return switch (r) {
            case Releasability.OwnOnly o -> "OWN_ONLY";
            case Releasability.To t -> "REL_TO " + String.join(",", t.agencyIds());
            case Releasability.AllPartners a -> "ALL_PARTNERS";
        };
    }
}
