package io.steeldome.server.live;

import io.steeldome.border.alert.Releasability;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.server.ServerError;
import io.steeldome.server.SteeldomeServer;
import io.steeldome.server.deploy.Deployment;
import io.steeldome.server.deploy.LiveDeployment;
import io.steeldome.sim.live.LiveHooks;
import io.steeldome.sim.live.Pacer;
import io.steeldome.sim.live.ScanListener;
import io.steeldome.sim.run.RunResult;
import io.steeldome.sim.run.ScenarioRunner;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scenario run live against a server, on its own thread: paced at {@code speed} x real time, every engagement put
 * to the server's operators ({@link SteeldomeServer#approvals()}), each scan's confirmed tracks posted to
 * {@link SteeldomeServer#picture()} and its ranked threats and inventory to {@link SteeldomeServer#board()}.
 *
 * <p>Decision support only: the engine fires a simulated interceptor only for a recommendation whose operator
 * approval the server has committed (with its audit entry); a pending, rejected, expired or superseded recommendation
 * is never fired, and weapons HOLD on a layer refuses every approval there. A pending recommendation is simply not
 * fired, and the controller recommends again at later scans.
 *
 * <pre>{@code
 * LiveRun run = LiveRun.start(server, ScenarioLoader.demo(), 1.0);   // real time
 * run.status();  run.stop();  run.awaitFinished(Duration.ofMinutes(5));
 * }</pre>
 */
public final class LiveRun {
    private static final Logger LOG = LoggerFactory.getLogger(LiveRun.class);
    private static final DateTimeFormatter RUN_ID =
            DateTimeFormatter.ofPattern("'L'yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Thrown inside the engine's thread to end a stopped run (never escapes {@link LiveRun}). */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super("live run stopped", null, false, false);
        }
    }

    /** Where a run is. */
    public enum State {
        RUNNING,
        FINISHED,
        STOPPED,
        FAILED
    }

    /**
     * A run's state.
     *
     * @param simTimeS scenario seconds reached (from 0)
     * @param failure the error that ended a FAILED run
     */
    public record Status(
            String runId,
            State state,
            double simTimeS,
            double durationS,
            double speed,
            int scans,
            Optional<String> failure) {
        public Status {
            Objects.requireNonNull(runId, "runId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(failure, "failure");
        }
    }

    /**
     * How to run.
     *
     * @param speed scenario seconds per wall-clock second; 0 or infinity = as fast as possible
     * @param clock the wall clock (the server's, so recommendations are dated on its time base)
     * @param agency owner of the published tracks
     * @param releasability the tracks' marking (default own agency only: partners see them only if released)
     * @param pacer replaces the wall-clock pacer when present (tests drive a hand-moved clock)
     * @param observer told each scan after it is published (tests act as the operator there)
     */
    public record Settings(
            double speed,
            Clock clock,
            String agency,
            Releasability releasability,
            Optional<Pacer> pacer,
            ScanListener observer) {
        public Settings {
            if (!(speed >= 0) || Double.isNaN(speed)) {
                throw new SteeldomeException(ServerError.BAD_CONFIG, "live run speed", speed);
            }
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(releasability, "releasability");
            Objects.requireNonNull(pacer, "pacer");
            Objects.requireNonNull(observer, "observer");
        }

        /** {@code speed} x real time on the system clock, tracks owned by NATO and releasable to it only. */
        public static Settings of(double speed) {
            return new Settings(
                    speed, Clock.systemUTC(), "NATO", Releasability.OWN_ONLY, Optional.empty(), ScanListener.NONE);
        }

        public Settings withClock(Clock c) {
            return new Settings(speed, c, agency, releasability, pacer, observer);
        }

        public Settings withAgency(String a, Releasability r) {
            return new Settings(speed, clock, a, r, pacer, observer);
        }

        public Settings withPacer(Pacer p) {
            return new Settings(speed, clock, agency, releasability, Optional.of(p), observer);
        }

        public Settings withObserver(ScanListener o) {
            return new Settings(speed, clock, agency, releasability, pacer, o);
        }

        boolean asFastAsPossible() {
            return speed == 0 || Double.isInfinite(speed);
        }
    }

    private final String runId;
    private final Scenario scenario;
    private final Settings settings;
    private final LiveTimeBase base;
    private final LiveDeployment deployment;
    private final Thread thread;
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private final AtomicLong simNanos = new AtomicLong();
    private final AtomicLong scans = new AtomicLong();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final AtomicReference<RunResult> result = new AtomicReference<>();
    private volatile boolean stopRequested;

    private LiveRun(SteeldomeServer server, Scenario scenario, Settings settings) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.deployment = server.deployment();
        Instant start = settings.clock().instant();
        this.runId = RUN_ID.format(start);
        this.base = new LiveTimeBase(start, settings.asFastAsPossible() ? 1.0 : settings.speed());
        Pacer pacing = settings.pacer()
                .orElseGet(() -> settings.asFastAsPossible()
                        ? Pacer.NONE
                        : new WallClockPacer(settings.clock(), base, () -> stopRequested));
        Pacer pacer = t -> {
            if (stopRequested) {
                throw new Stopped();
            }
            pacing.awaitSimTime(t);
            simNanos.set(t.nanos());
        };
        LivePublisher publisher = new LivePublisher(
                server.picture(), server.board(), base, runId, settings.agency(), settings.releasability());
        ScanListener listener = s -> {
            scans.incrementAndGet();
            publisher.onScan(s);
            settings.observer().onScan(s);
        };
        LiveHooks hooks =
                LiveHooks.live(new LiveAuthority(server.approvals(), base, runId, server.board()), pacer, listener);
        this.thread = new Thread(() -> runEngine(hooks), "steeldome-live-" + runId);
        thread.setDaemon(true);
    }

    /** Starts {@code scenario} at {@code speed} x real time (0 or infinity: as fast as possible) on the system clock. */
    public static LiveRun start(SteeldomeServer server, Scenario scenario, double speed) {
        return start(server, scenario, Settings.of(speed));
    }

    /** Starts the built-in demo scenario (the one {@code steeldome demo} runs). */
    public static LiveRun startDemo(SteeldomeServer server, double speed) {
        return start(server, ScenarioLoader.demo(), speed);
    }

    public static LiveRun start(SteeldomeServer server, Scenario scenario, Settings settings) {
        LiveRun run = new LiveRun(server, scenario, settings);
        run.thread.start();
        return run;
    }

    private void runEngine(LiveHooks hooks) {
        try {
            // What is deployed, owned and marked like the run's tracks; built here as the run builds its world
            // (terrain masks may take a while), so start() returns at once.
            deployment.set(Deployment.of(scenario, settings.agency(), settings.releasability()));
            result.set(ScenarioRunner.run(scenario, (t, d) -> {}, hooks));
            simNanos.set(SimTime.ofSeconds(scenario.durationS()).nanos());
            state.set(State.FINISHED);
        } catch (Stopped e) {
            state.set(State.STOPPED);
        } catch (RuntimeException e) { // thread boundary: record why the run ended, never lose it silently
            LOG.error("live run {} failed", runId, e);
            failure.set(String.valueOf(e.getMessage()));
            state.set(State.FAILED);
        }
    }

    /** The prefix of this run's recommendation and track ids in the server (e.g. "L20261126T020000Z"). */
    public String runId() {
        return runId;
    }

    /** The map between this run's scenario time and the live time base. */
    public LiveTimeBase timeBase() {
        return base;
    }

    public Status status() {
        return new Status(
                runId,
                state.get(),
                simNanos.get() * 1e-9,
                scenario.durationS(),
                settings.speed(),
                (int) scans.get(),
                Optional.ofNullable(failure.get()));
    }

    /** Asks the engine to stop at its next event (or within 50 ms of pacing); returns at once. */
    public void stop() {
        stopRequested = true;
    }

    /** Waits up to {@code timeout} for the run to end; true if it has. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(timeout.toNanos())));
        return !thread.isAlive();
    }

    /** The whole run's result, once FINISHED (its engagements name the approving operator of each shot). */
    public Optional<RunResult> result() {
        return Optional.ofNullable(result.get());
    }
}
