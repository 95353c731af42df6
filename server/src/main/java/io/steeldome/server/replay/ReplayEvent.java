package io.steeldome.server.replay;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.server.approval.Decision;
import io.steeldome.server.approval.PostedRecommendation;
import io.steeldome.server.approval.RecommendationStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded change of the picture, at the time the recording server stamped it. Events at the same instant apply
 * in the order orders, alerts, tracks, recommendations, status changes, decisions, then by their row order.
 */
public sealed interface ReplayEvent {
    /** When it was recorded (the recording server's clock). */
    Instant at();

    /** Row order within its table (or audit seq), to keep equal-time events in recorded order. */
    long seq();

    /** Replay order: time, then kind, then row order. */
    Comparator<ReplayEvent> ORDER = Comparator.comparing(ReplayEvent::at)
            .thenComparingInt(ReplayEvent::rank)
            .thenComparingLong(ReplayEvent::seq);

    private static int rank(ReplayEvent e) {
        return switch (e) {
            case WeaponsControlSet w -> 0;
            case AlertRaised a -> 1;
            case TrackUpdated t -> 2;
            case TrackDropped d -> 3;
            case RecommendationPosted r -> 4;
            case StatusChanged s -> 5;
            case DecisionMade d -> 6;
        };
    }

    /** A track_history row: the track's state as received. */
    record TrackUpdated(Instant at, long seq, SharedTrack track) implements ReplayEvent {
        public TrackUpdated {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(track, "track");
        }
    }

    /** A track removed from the picture at {@code at} (recorded deletion). */
    record TrackDropped(Instant at, long seq, String trackId) implements ReplayEvent {
        public TrackDropped {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(trackId, "trackId");
        }
    }

    /** An alerts row (the alert's last recorded state; alerts are upserted by id). */
    record AlertRaised(Instant at, long seq, BorderAlert alert) implements ReplayEvent {
        public AlertRaised {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(alert, "alert");
        }
    }

    /**
     * A recommendation as posted: pending, until a later status change or decision.
     *
     * @param pictureTrackId the recorded picture track it is about, when the recording names one (a live run's
     *     tracks are "run-T42" for the engine's track 42 and its recommendations "run-..."): it is then released only
     *     with that track, as it was live
     */
    record RecommendationPosted(Instant at, long seq, PostedRecommendation posted, Optional<String> pictureTrackId)
            implements ReplayEvent {
        public RecommendationPosted {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(posted, "posted");
            Objects.requireNonNull(pictureTrackId, "pictureTrackId");
        }
    }

    /** A recorded supersede or expiry (from the audit log), or a final status with no audited change. */
    record StatusChanged(Instant at, long seq, String recommendationId, RecommendationStatus status)
            implements ReplayEvent {
        public StatusChanged {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(recommendationId, "recommendationId");
            Objects.requireNonNull(status, "status");
        }
    }

    /** A decisions row: the operator's recorded verdict, who, when and why. */
    record DecisionMade(Instant at, long seq, Decision decision) implements ReplayEvent {
        public DecisionMade {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(decision, "decision");
        }
    }

    /** A weapons control order (from the audit log). */
    record WeaponsControlSet(Instant at, long seq, String layer, WeaponsControlStatus status, String setBy)
            implements ReplayEvent {
        public WeaponsControlSet {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(setBy, "setBy");
        }
    }
}
