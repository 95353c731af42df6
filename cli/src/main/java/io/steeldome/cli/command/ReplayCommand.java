package io.steeldome.cli.command;

import io.steeldome.server.audit.AuditVerification;
import io.steeldome.server.replay.Recording;
import io.steeldome.server.replay.Replay;
import io.steeldome.server.replay.ReplayPlayer;
import io.steeldome.server.replay.SessionExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Replays a session recorded by 'steeldome serve' from its H2 database file: the",
            "web UI, REST API and WebSocket serve the recorded picture again, in recorded time",
            "order at --speed; tracks move, and alerts, recommendations and operator decisions",
            "(with their original operator, time and reason) appear at their recorded times.",
            "A replay is history: approve, reject and weapons control orders answer 409.",
            "Log in with the recorded users' own passwords.",
            "",
            "The recording is evidence and is never opened in place: it is copied to a temp",
            "directory (SHA-256 checked) and only the copy is read. Its audit chain is verified",
            "first; a broken chain is reported and the replay refused (--allow-broken-chain).",
            "With --export the session is written as files and nothing is served.",
            ""
        },
        footer = {"", "Exit codes: 0 ok, 2 no such or unreadable recording or bad option, 3 audit chain broken."})
public final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--db",
            required = true,
            paramLabel = "FILE",
            description = "The recorded H2 database file, with or without .mv.db.")
    Path db;

    @Option(
            names = "--speed",
            defaultValue = "1",
            description = "Times real time; 0 = as fast as possible (default ${DEFAULT-VALUE}).")
    double speed;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "HTTP port, 0 = any free (default ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--from",
            paramLabel = "ISO",
            description = "Start at this recorded UTC time, e.g. 2026-11-26T02:01:00Z (what came before is"
                    + " shown at once).")
    Optional<String> from = Optional.empty();

    @Option(names = "--to", paramLabel = "ISO", description = "Stop at this recorded UTC time.")
    Optional<String> to = Optional.empty();

    @Option(
            names = "--export",
            paramLabel = "DIR",
            description = "Write session.geojson, session.czml, decisions.csv, alerts.csv and audit.csv to DIR,"
                    + " and exit.")
    Optional<Path> export = Optional.empty();

    @Option(names = "--exit-when-done", description = "Stop serving when the replay has reached its end.")
    boolean exitWhenDone;

    @Option(
            names = "--allow-broken-chain",
            description = "Replay even when the recording's audit chain does not verify.")
    boolean allowBrokenChain;

    @Option(
            names = "--progress-s",
            defaultValue = "5",
            paramLabel = "S",
            description = "Print progress every S seconds (default ${DEFAULT-VALUE}).")
    double progressS;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(speed >= 0) || !Double.isFinite(speed)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--speed must be >= 0, got " + speed);
        }
        if (!(progressS > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--progress-s must be > 0");
        }
        Optional<Instant> fromT = from.map(s -> instant("--from", s));
        Optional<Instant> toT = to.map(s -> instant("--to", s));
        if (fromT.isPresent() && toT.isPresent() && toT.get().isBefore(fromT.get())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to is before --from");
        }
        Recording rec = Recording.open(db);
        out.printf(
                Locale.ROOT,
                "recording %s (sha256 %s): read from a verified copy; the file itself is not opened%n",
                rec.source(),
                rec.sourceSha256());
        out.printf(
                Locale.ROOT,
                "%d recorded events from %s to %s%n",
                rec.events().size(),
                rec.start().map(Instant::toString).orElse("-"),
                rec.end().map(Instant::toString).orElse("-"));
        AuditVerification v = rec.verification();
        if (v.ok()) {
            out.printf(Locale.ROOT, "audit chain OK: %d entries%n", v.entries());
        } else {
            String msg = String.format(
                    Locale.ROOT,
                    "audit chain BROKEN at entry %d (of %d read): %s",
                    v.firstBrokenSeq().getAsLong(),
                    v.entries(),
                    v.problem());
            out.println(msg);
            err.println("warning: " + msg + "; this recording has been altered since it was written");
            err.flush();
        }
        out.flush();
        if (export.isPresent()) {
            SessionExport.Summary s = SessionExport.write(rec, fromT, toT, export.get());
            out.printf(
                    Locale.ROOT,
                    "exported %d track(s) (%d positions), %d alert(s), %d decision(s), %d audit entries to %s%n",
                    s.tracks(),
                    s.vertices(),
                    s.alerts(),
                    s.decisions(),
                    s.auditEntries(),
                    export.get());
            s.files().forEach(f -> out.println("  " + f.getFileName()));
            out.flush();
            return v.ok() ? 0 : 3;
        }
        if (!v.ok() && !allowBrokenChain) {
            err.println("error: refusing to replay a recording whose audit chain is broken"
                    + " (--allow-broken-chain to replay it anyway, --export to inspect it)");
            err.flush();
            return 3;
        }
        Replay.Options options =
                Replay.Options.defaults(port).withRange(fromT, toT).withAllowBrokenChain(allowBrokenChain);
        try (Replay replay = Replay.start(rec, options)) {
            Thread hook = new Thread(replay::close, "steeldome-replay-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.printf(
                    Locale.ROOT,
                    "steeldome replay on http://127.0.0.1:%d/ : %s to %s at %s real time%n",
                    replay.port(),
                    replay.player().start(),
                    replay.player().end(),
                    speed == 0 ? "max" : String.format(Locale.ROOT, "%.3gx", speed));
            out.flush();
            ReplayPlayer.Progress done = replay.player()
                    .run(speed, System::nanoTime, Thread::sleep, Duration.ofMillis(Math.round(progressS * 1000)), p -> {
                        out.printf(Locale.ROOT, "replay at %s: %d of %d events%n", p.reached(), p.applied(), p.total());
                        out.flush();
                    });
            out.printf(Locale.ROOT, "replay reached %s: %d events replayed%n", done.reached(), done.applied());
            out.flush();
            if (!exitWhenDone) {
                out.println("serving the final picture until interrupted");
                out.flush();
                while (true) {
                    Thread.sleep(1000);
                }
            }
            Runtime.getRuntime().removeShutdownHook(hook);
            return 0;
        }
    }

    private Instant instant(String option, String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    option + " must be an ISO-8601 UTC time such as 2026-11-26T02:01:00Z, got " + s);
        }
    }
}
