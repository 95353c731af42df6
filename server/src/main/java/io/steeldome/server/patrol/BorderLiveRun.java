package io.steeldome.server.patrol;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.dispatch.Dispatch;
import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.border.share.ReleaseRule;
import io.steeldome.core.time.SimTime;
import io.steeldome.server.live.LiveTimeBase;
import io.steeldome.server.share.LivePicture;
import io.steeldome.sim.border.BorderRunResult;
import io.steeldome.sim.border.BorderScenario;
import io.steeldome.sim.border.BorderSimulation;
import io.steeldome.sim.run.ProgressListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a border scenario live: the whole {@link BorderSimulation} runs first in batch (it is fast), then each alert
 * is posted to the {@link LivePicture} and each patrol dispatch to the {@link PatrolBoard} once the wall clock reaches
 * its time at the run's speed. An alert's time is moved onto the live time base; a dispatch is posted with its alert
 * (while the alert waits for a free team it shows as {@link PatrolStatus#QUEUED}). At speed 0 everything is posted at
 * once on a 1:1 time base. Detection, alerting and patrol dispatch only: nothing models force against people.
 *
 * <p>{@link #publishDue} posts what is due on the clock and can be driven by hand (tests move a clock); {@link
 * #start} runs it on a daemon thread until everything is posted or {@link #stop} is called.
 */
public final class BorderLiveRun implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BorderLiveRun.class);
    private static final long MAX_SLICE_MS = 50;

    private record Event(Instant due, BorderAlert alert, List<LiveDispatch> dispatches) {}

    private final BorderRunResult result;
    private final LivePicture picture;
    private final PatrolBoard patrols;
    private final Clock clock;
    private final LiveTimeBase base;
    private final boolean immediate;
    private final List<Event> events;
    private final int dispatchCount;
    private int next; // guarded by this
    private int postedAlerts; // guarded by this
    private int postedDispatches; // guarded by this
    private volatile boolean stopRequested;
    private final CountDownLatch finished = new CountDownLatch(1);
    private Thread thread;

    private BorderLiveRun(BorderRunResult result, LivePicture picture, PatrolBoard patrols, Clock clock, double speed) {
        this.result = result;
        this.picture = Objects.requireNonNull(picture, "picture");
        this.patrols = Objects.requireNonNull(patrols, "patrols");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!(speed >= 0 && Double.isFinite(speed))) {
            throw new IllegalArgumentException("speed must be finite and >= 0, got " + speed);
        }
        this.immediate = speed == 0;
        this.base = new LiveTimeBase(clock.instant(), immediate ? 1 : speed);
        List<Dispatch> dispatches = result.dispatch().dispatches();
        List<Event> ev = new ArrayList<>();
        for (BorderAlert a : result.alerts()) {
            List<LiveDispatch> ds = dispatches.stream()
                    .filter(d -> d.alertId().equals(a.id()))
                    .map(d -> LiveDispatch.of(d, base))
                    .toList();
            BorderAlert live = new BorderAlert(
                    a.id(),
                    base.toLive(a.time()),
                    a.position(),
                    a.uncertainty(),
                    a.classification(),
                    a.confidence(),
                    a.sectorId(),
                    a.agencyId(),
                    a.releasability());
            ev.add(new Event(base.instantOf(a.time()), live, ds));
        }
        ev.sort(Comparator.comparing(Event::due)); // stable: the batch's order (time, then id) within an instant
        this.events = List.copyOf(ev);
        this.dispatchCount = ev.stream().mapToInt(e -> e.dispatches().size()).sum();
    }

    /**
     * Runs {@code scenario} for {@code days} in batch and prepares its live playback from now on {@code clock}; nothing
     * is posted until {@link #publishDue} or {@link #start}.
     *
     * @param speed scenario seconds per wall-clock second; 0 = everything at once
     */
    public static BorderLiveRun prepare(
            BorderScenario scenario, int days, LivePicture picture, PatrolBoard patrols, Clock clock, double speed) {
        return new BorderLiveRun(
                BorderSimulation.run(scenario, days, ProgressListener.NONE), picture, patrols, clock, speed);
    }

    /** As {@link #prepare} for the scenario's own number of days, started on its own thread. */
    public static BorderLiveRun start(
            BorderScenario scenario, LivePicture picture, PatrolBoard patrols, Clock clock, double speed) {
        return prepare(scenario, scenario.days(), picture, patrols, clock, speed)
                .start();
    }

    /**
     * The release policy a live border picture needs on the server: the scenario's own rules, plus full release of
     * every scenario agency's items to {@code coalitionAgency} (the C2 operators' agency, who watch the whole line).
     * Releasability markings still apply.
     */
    public static ReleasePolicy releasePolicy(BorderScenario scenario, String coalitionAgency) {
        List<ReleaseRule> rules = new ArrayList<>(scenario.releaseRules());
        Set<String> covered = new HashSet<>();
        scenario.releaseRules().forEach(r -> covered.add(r.ownerId() + "\n" + r.viewerId()));
        for (BorderScenario.AgencyDef a : scenario.agencies()) {
            if (!a.id().equals(coalitionAgency) && covered.add(a.id() + "\n" + coalitionAgency)) {
                rules.add(ReleaseRule.full(a.id(), coalitionAgency));
            }
        }
        return new ReleasePolicy(rules);
    }

    /** The batch run being played. */
    public BorderRunResult result() {
        return result;
    }

    /** The time base: scenario second {@code t} is due at {@code base().instantOf(t)}. */
    public LiveTimeBase base() {
        return base;
    }

    /** Alerts the run will post in all. */
    public int alertCount() {
        return events.size();
    }

    /** Dispatches the run will post in all. */
    public int dispatchCount() {
        return dispatchCount;
    }

    public synchronized int postedAlerts() {
        return postedAlerts;
    }

    public synchronized int postedDispatches() {
        return postedDispatches;
    }

    /** Whether every alert and dispatch has been posted. */
    public synchronized boolean done() {
        return next >= events.size();
    }

    /**
     * Posts every alert (with its dispatches) whose time has come on the clock and not yet posted.
     *
     * @return how many alerts were posted
     */
    public synchronized int publishDue() {
        Instant now = clock.instant();
        int n = 0;
        while (next < events.size() && (immediate || !events.get(next).due().isAfter(now))) {
            Event e = events.get(next++);
            picture.post(e.alert());
            e.dispatches().forEach(patrols::post);
            postedAlerts++;
            postedDispatches += e.dispatches().size();
            n++;
        }
        return n;
    }

    /** Plays the run on a daemon thread. */
    public synchronized BorderLiveRun start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = new Thread(this::loop, "steeldome-border-live");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void loop() {
        try {
            while (!stopRequested) {
                publishDue();
                Instant due;
                synchronized (this) {
                    if (next >= events.size()) {
                        return;
                    }
                    due = events.get(next).due();
                }
                long waitMs = Duration.between(clock.instant(), due).toMillis();
                Thread.sleep(Math.max(1, Math.min(waitMs, MAX_SLICE_MS)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("border live run failed", e);
        } finally {
            finished.countDown();
        }
    }

    /** Waits up to {@code timeout} for the run to post everything (or stop); true if it has. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Stops posting (what was posted stays) and waits for the thread. */
    public void stop() {
        stopRequested = true;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The live instant of scenario time {@code t} (for tests and tooling). */
    public Instant instantOf(SimTime t) {
        return base.instantOf(t);
    }
}
