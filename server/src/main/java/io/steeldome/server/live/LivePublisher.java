package io.steeldome.server.live;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.border.share.StandardIdentity;
import io.steeldome.defence.doctrine.Identification;
import io.steeldome.server.share.LivePicture;
import io.steeldome.sim.live.InventoryReport;
import io.steeldome.sim.live.ScanListener;
import io.steeldome.sim.live.ScanSnapshot;
import io.steeldome.sim.live.ThreatReport;
import io.steeldome.sim.live.TrackReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Publishes each scan: confirmed tracks to the shared picture (owned by {@code agency}, marked {@code releasability};
 * the picture cuts them per viewer), the ranked threats and the inventory to the board. Times on the live base.
 */
final class LivePublisher implements ScanListener {
    private final LivePicture picture;
    private final LiveBoard board;
    private final LiveTimeBase base;
    private final String runId;
    private final String agency;
    private final Releasability releasability;

    LivePublisher(
            LivePicture picture,
            LiveBoard board,
            LiveTimeBase base,
            String runId,
            String agency,
            Releasability releasability) {
        this.picture = Objects.requireNonNull(picture, "picture");
        this.board = Objects.requireNonNull(board, "board");
        this.base = Objects.requireNonNull(base, "base");
        this.runId = Objects.requireNonNull(runId, "runId");
        this.agency = Objects.requireNonNull(agency, "agency");
        this.releasability = Objects.requireNonNull(releasability, "releasability");
    }

    /** The engine's identification as a symbol's standard identity (not yet identified: pending). */
    static StandardIdentity identity(Identification i) {
        return switch (i) {
            case HOSTILE -> StandardIdentity.HOSTILE;
            case SUSPECT -> StandardIdentity.SUSPECT;
            case UNKNOWN -> StandardIdentity.UNKNOWN;
            case FRIEND -> StandardIdentity.FRIEND;
        };
    }

    /** The shared picture's id of engine track {@code id}: unique across runs. */
    String trackId(long id) {
        return runId + "-T" + id;
    }

    @Override
    public void onScan(ScanSnapshot s) {
        // The engine's whole track list after the scan: a confirmed track missing from it was dropped (or is no
        // longer confirmed) and leaves the map; the scan's states go in as one transaction.
        List<SharedTrack> confirmed = new ArrayList<>();
        for (TrackReport t : s.tracks()) {
            if (!t.status().equals("CONFIRMED")) {
                continue; // tentative tracks are the tracker's business, not the shared picture's
            }
            confirmed.add(new SharedTrack(
                    trackId(t.id().value()),
                    base.toLive(s.time()),
                    t.position(),
                    ellipse(t.covEeM2(), t.covEnM2(), t.covNnM2()),
                    agency,
                    releasability,
                    List.of(),
                    t.identity().map(LivePublisher::identity).orElse(StandardIdentity.PENDING)));
        }
        picture.replace(runId + "-T", confirmed);
        List<LiveBoard.ThreatRow> rows = new ArrayList<>();
        for (ThreatReport r : s.threats()) {
            PositionUncertainty e =
                    r.impact().isPresent() ? ellipse(r.impactCovEeM2(), r.impactCovEnM2(), r.impactCovNnM2()) : null;
            rows.add(new LiveBoard.ThreatRow(
                    trackId(r.trackId().value()),
                    r.rank(),
                    r.threatClass().name(),
                    r.timeToImpactS(),
                    r.impact().map(p -> p.latDeg()).orElse(Double.NaN),
                    r.impact().map(p -> p.lonDeg()).orElse(Double.NaN),
                    e == null ? Double.NaN : e.semiMajorM(),
                    e == null ? Double.NaN : e.semiMinorM(),
                    e == null ? Double.NaN : Math.toDegrees(e.orientationRad()),
                    r.threatenedAsset().orElse(""),
                    r.hitProbability(),
                    r.explanation()));
        }
        List<LiveBoard.InventoryRow> inventory = new ArrayList<>();
        for (InventoryReport i : s.inventory()) {
            inventory.add(new LiveBoard.InventoryRow(i.effectorId(), i.layer(), i.roundsLeft(), i.magazine()));
        }
        board.publish(new LiveBoard.Board(base.toLive(s.time()).nanos() * 1e-9, rows, inventory));
    }

    private static PositionUncertainty ellipse(double ee, double en, double nn) {
        return PositionUncertainty.ofCovariance(Math.max(0, ee), en, Math.max(0, nn));
    }
}
