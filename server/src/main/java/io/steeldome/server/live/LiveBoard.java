package io.steeldome.server.live;

import io.steeldome.defence.doctrine.EngagementRecommendation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The air picture's engine-side state that is not a track, alert or recommendation: the ranked threat list with its
 * explanations and the interceptor inventory. The live engine replaces it wholesale after each scan; the API and the
 * WebSocket read the latest board and are told when it changes. Tracks, alerts and recommendations live in
 * {@code LivePicture} and {@code ApprovalService}, which apply releasability and approval rules.
 */
public final class LiveBoard {
    /**
     * One threat as ranked by threat evaluation.
     *
     * @param trackId the track it is
     * @param rank 1 = most urgent
     * @param threatClass the classifier's class (e.g. SRBM, ROCKET, DRONE)
     * @param timeToImpactS predicted seconds to impact (NaN if not ballistic/unknown)
     * @param impactLatDeg predicted impact latitude (NaN if none)
     * @param impactLonDeg predicted impact longitude (NaN if none)
     * @param impactSemiMajorM 1-sigma impact ellipse semi-major axis, m (NaN if none)
     * @param impactSemiMinorM 1-sigma impact ellipse semi-minor axis, m (NaN if none)
     * @param impactOrientationDeg ellipse orientation clockwise from north, deg
     * @param threatenedAsset the defended asset most at risk, or empty
     * @param hitProbability probability the threat hits that asset
     * @param explanation why it ranks where it does, in words
     */
    public record ThreatRow(
            String trackId,
            int rank,
            String threatClass,
            double timeToImpactS,
            double impactLatDeg,
            double impactLonDeg,
            double impactSemiMajorM,
            double impactSemiMinorM,
            double impactOrientationDeg,
            String threatenedAsset,
            double hitProbability,
            String explanation) {
        public ThreatRow {
            Objects.requireNonNull(trackId, "trackId");
            Objects.requireNonNull(threatClass, "threatClass");
            Objects.requireNonNull(threatenedAsset, "threatenedAsset");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** Rounds an effector (fire unit) has left, by layer. */
    public record InventoryRow(String effectorId, String layer, int roundsLeft, int roundsTotal) {
        public InventoryRow {
            Objects.requireNonNull(effectorId, "effectorId");
            Objects.requireNonNull(layer, "layer");
        }
    }

    /** The board at one simulation time (seconds on the live time base). */
    public record Board(double timeS, List<ThreatRow> threats, List<InventoryRow> inventory) {
        public Board {
            threats = List.copyOf(threats);
            inventory = List.copyOf(inventory);
        }

        public static Board empty() {
            return new Board(0, List.of(), List.of());
        }
    }

    private volatile Board latest = Board.empty();
    /** Recommendation id to the id its track has in the shared picture (live runs prefix both with the run id). */
    private final Map<String, String> recommendationTracks = new ConcurrentHashMap<>();

    private final List<Consumer<Board>> listeners = new CopyOnWriteArrayList<>();

    public Board latest() {
        return latest;
    }

    /** Replaces the board and tells the listeners (on the caller's thread; listeners must not block). */
    public void publish(Board board) {
        latest = Objects.requireNonNull(board, "board");
        for (Consumer<Board> l : listeners) {
            l.accept(board);
        }
    }

    /** Records which picture track a posted recommendation is about, so releasability can follow it. */
    public void linkRecommendation(String recommendationId, String pictureTrackId) {
        recommendationTracks.put(
                Objects.requireNonNull(recommendationId, "recommendationId"),
                Objects.requireNonNull(pictureTrackId, "pictureTrackId"));
    }

    /**
     * The id in the shared picture of the track {@code r} is about: the linked one, else the engine's number (what a
     * feed without a live run posts). A recommendation must be shown only to whoever may see that track.
     */
    public String pictureTrackId(EngagementRecommendation r) {
        return recommendationTracks.getOrDefault(
                r.id(), Long.toString(r.trackId().value()));
    }

    /** Whether {@code r} came from a live run, which always links its track (see {@link #linkRecommendation}). */
    public boolean isLinked(EngagementRecommendation r) {
        return recommendationTracks.containsKey(r.id());
    }

    public void subscribe(Consumer<Board> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
