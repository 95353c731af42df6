package io.steeldome.server.replay;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.server.live.LiveBoard;
import io.steeldome.server.share.LivePicture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Plays recorded events into a server's picture and approval queue in recorded time order. {@link #advanceTo} applies
 * every event up to a recorded time (tests and fast-forward move it by hand); {@link #run} paces it against a
 * monotonic clock at a speed: recorded time {@code start + speed * elapsed}, or everything at once for speed 0.
 */
public final class ReplayPlayer {
    /** Sleeps for a while (injected so that tests can move a fake clock instead). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /**
     * How far a replay has got.
     *
     * @param reached recorded time reached
     * @param applied events applied so far
     * @param total events in the replay range
     */
    public record Progress(Instant reached, int applied, int total) {
        public boolean done() {
            return applied == total;
        }
    }

    private static final Duration MAX_NAP = Duration.ofMillis(200);

    private final List<ReplayEvent> events;
    private final LivePicture picture;
    private final ApprovalService approvals;
    private final LiveBoard board;
    private final ReplayClock clock;
    private final Instant start;
    private final Instant end;
    private int next;
    private volatile boolean stopped;

    /**
     * @param events what to play, in {@link ReplayEvent#ORDER}
     * @param start recorded time the replay starts at (events before it are applied at once)
     * @param end recorded time it ends at (no event after it is in {@code events})
     * @param approvals must be in replay mode ({@link ApprovalService#enterReplay})
     * @param board where recommendations are tied to their picture tracks (for releasability)
     */
    public ReplayPlayer(
            List<ReplayEvent> events,
            Instant start,
            Instant end,
            LivePicture picture,
            ApprovalService approvals,
            LiveBoard board,
            ReplayClock clock) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        this.events = events.stream().filter(e -> !e.at().isAfter(end)).toList();
        if (end.isBefore(start)) {
            throw new SteeldomeException(ReplayError.BAD_RANGE, "end " + end + " is before start " + start);
        }
        this.picture = picture;
        this.approvals = approvals;
        this.board = board;
        this.clock = clock;
        if (!approvals.inReplay()) {
            throw new IllegalStateException("the approval service must be in replay mode");
        }
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public synchronized Progress progress() {
        return new Progress(clock.instant(), next, events.size());
    }

    /**
     * Applies every event recorded at or before {@code t} (in order) and moves the server's clock to {@code t}.
     *
     * @return how many events were applied by this call
     */
    public synchronized int advanceTo(Instant t) {
        int before = next;
        while (next < events.size() && !events.get(next).at().isAfter(t)) {
            ReplayEvent e = events.get(next);
            clock.advanceTo(e.at()); // the picture stamps its rows with the recorded time
            apply(e);
            next++;
        }
        clock.advanceTo(t);
        return next - before;
    }

    /** Asks a running {@link #run} to return. */
    public void stop() {
        stopped = true;
    }

    /**
     * Plays from {@link #start} to {@link #end}: at {@code speed} times real time, or as fast as possible for 0.
     * {@code progress} is called every {@code every} of monotonic time and once at the end.
     *
     * @param nanoTime monotonic time (System::nanoTime)
     * @return the final progress
     */
    public Progress run(
            double speed, LongSupplier nanoTime, Sleeper sleeper, Duration every, Consumer<Progress> progress)
            throws InterruptedException {
        if (!(speed >= 0) || !Double.isFinite(speed)) {
            throw new SteeldomeException(ReplayError.BAD_RANGE, "speed must be >= 0, got " + speed);
        }
        advanceTo(start);
        long wall0 = nanoTime.getAsLong();
        long lastReport = wall0;
        if (speed == 0) {
            advanceTo(end);
        }
        while (!stopped && !progress().done()) {
            long now = nanoTime.getAsLong();
            Instant reached = simAt(start, speed, now - wall0);
            advanceTo(reached.isAfter(end) ? end : reached);
            if (now - lastReport >= every.toNanos()) {
                progress.accept(progress());
                lastReport = now;
            }
            if (progress().done()) {
                break;
            }
            // Sleep until the next event is due, but wake at least every MAX_NAP (stop requests, progress).
            Instant due = events.get(next).at();
            long toDueNanos =
                    (long) Math.ceil(Duration.between(clock.instant(), due).toNanos() / speed);
            sleeper.sleep(Duration.ofNanos(Math.max(1, Math.min(toDueNanos, MAX_NAP.toNanos()))));
        }
        if (!stopped) {
            advanceTo(end);
        }
        Progress p = progress();
        progress.accept(p);
        return p;
    }

    /** Recorded time {@code elapsedNanos} of wall time after {@code start} at {@code speed} (> 0). */
    static Instant simAt(Instant start, double speed, long elapsedNanos) {
        double nanos = elapsedNanos * speed;
        return nanos >= 9e18 ? Instant.MAX : start.plusNanos((long) nanos);
    }

    private void apply(ReplayEvent e) {
        switch (e) {
            case ReplayEvent.TrackUpdated t -> picture.post(t.track());
            case ReplayEvent.TrackDropped d -> picture.remove(d.trackId());
            case ReplayEvent.AlertRaised a -> picture.post(a.alert());
            case ReplayEvent.RecommendationPosted r -> {
                // Linked first, so that no request sees it before it is tied to its track's releasability.
                r.pictureTrackId()
                        .ifPresent(t -> board.linkRecommendation(
                                r.posted().recommendation().id(), t));
                approvals.replayPosted(r.posted());
            }
            case ReplayEvent.StatusChanged s -> approvals.replayStatus(s.recommendationId(), s.status());
            case ReplayEvent.DecisionMade d -> approvals.replayDecision(d.decision());
            case ReplayEvent.WeaponsControlSet w -> approvals.replayWeaponsControl(w.layer(), w.status());
        }
    }
}
