package io.steeldome.cli.command;

import io.steeldome.border.alert.Releasability;
import io.steeldome.server.ServerConfig;
import io.steeldome.server.SteeldomeServer;
import io.steeldome.server.feed.FeedConfig;
import io.steeldome.server.feed.Feeds;
import io.steeldome.server.feed.KafkaTrackFeed;
import io.steeldome.server.feed.PeerFilter;
import io.steeldome.server.live.LiveRun;
import io.steeldome.server.patrol.BorderLiveRun;
import io.steeldome.sim.border.BorderScenario;
import io.steeldome.sim.border.BorderScenarioReader;
import io.steeldome.sim.scenario.ScenarioLoader;
import io.steeldome.stream.topic.Topics;
import io.steeldome.stream.tracker.NodeRunner;
import io.steeldome.stream.tracker.TrackerNodeConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Starts the live C2 server (REST API, audit log, operator approval; H2 database",
            "file) and drives it from a scenario in real time or faster: tracks, threats and",
            "recommendations appear live, and nothing is fired unless an operator approves",
            "it (every layer starts under weapons HOLD; a commander sets TIGHT or FREE).",
            "With --kafka a tracker instance also joins that cluster (see steeldome stream)",
            "and the cluster's committed tracks are shown in the server's picture.",
            ""
        },
        footer = {
            "",
            "The first run creates user 'admin' (agency NATO) and prints its password once,",
            "or takes it from STEELDOME_ADMIN_PASSWORD. Decision support only: no interface",
            "to any weapon."
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "HTTP port, 0 = any free (default ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--db",
            paramLabel = "FILE",
            defaultValue = "out/serve/steeldome",
            description = "H2 database file, without .mv.db (default ${DEFAULT-VALUE}).")
    Path db;

    @Option(
            names = "--scenario",
            paramLabel = "FILE",
            description = "Scenario to run live (default: the built-in demo raid).")
    Optional<Path> scenario = Optional.empty();

    @Option(
            names = "--speed",
            defaultValue = "1",
            description = "Times real time; 0 = as fast as possible, where every recommendation is already stale"
                    + " and so nothing can be approved (default ${DEFAULT-VALUE}).")
    double speed;

    @Option(
            names = "--border-scenario",
            paramLabel = "FILE",
            description = "Border scenario to play live as well: its alerts and patrol dispatches appear on the map at"
                    + " their times at --speed (the whole run is computed first; detection, alerting and dispatch"
                    + " only). Its agencies' items are released in full to NATO, the operators' agency.")
    Optional<Path> borderScenario = Optional.empty();

    @Option(
            names = "--border-days",
            paramLabel = "N",
            description = "With --border-scenario: days to run (default: the scenario's own).")
    Optional<Integer> borderDays = Optional.empty();

    @Option(names = "--no-scenario", description = "Serve only; feeds come from the API or Kafka.")
    boolean noScenario;

    @Option(
            names = "--duration-s",
            defaultValue = "0",
            paramLabel = "S",
            description = "Stop after S seconds (default 0: until interrupted).")
    long durationS;

    @Option(names = "--exit-when-done", description = "Stop when the scenario has finished.")
    boolean exitWhenDone;

    @Option(
            names = "--cot-port",
            paramLabel = "PORT",
            description = "Accept Cursor-on-Target over TCP on this port (atoms become tracks).")
    Optional<Integer> cotPort = Optional.empty();

    @Option(
            names = "--asterix-port",
            paramLabel = "PORT",
            description = "Accept ASTERIX over UDP on this port (CAT062 and CAT021 become tracks).")
    Optional<Integer> asterixPort = Optional.empty();

    @Option(
            names = "--feed-allow",
            paramLabel = "CIDR",
            description = "Accept the CoT and ASTERIX feeds only from these addresses or blocks (repeatable;"
                    + " default: this host only, 127.0.0.0/8 and ::1). Refusals are counted as UNTRUSTED_PEER.")
    List<String> feedAllow = new ArrayList<>();

    @Option(
            names = "--trusted-proxy",
            paramLabel = "CIDR",
            description = "A reverse proxy whose X-Forwarded-For names the client for the login rate limits"
                    + " (repeatable; default none: the header is ignored).")
    List<String> trustedProxies = new ArrayList<>();

    @Option(
            names = "--audit-anchor",
            paramLabel = "FILE",
            description = "Keep the audit log's head (seq:hash) in this file, outside the database, for"
                    + " 'steeldome audit verify --anchor'.")
    Optional<Path> auditAnchor = Optional.empty();

    @Option(
            names = "--kafka",
            paramLabel = "BOOTSTRAP",
            description = "Join this cluster: run a tracker instance and show the cluster's tracks.")
    Optional<String> kafka = Optional.empty();

    @Option(
            names = "--group",
            defaultValue = "steeldome-trackers",
            description = "With --kafka: consumer group (default ${DEFAULT-VALUE}).")
    String group;

    @Option(
            names = "--topic-prefix",
            defaultValue = "steeldome.",
            description = "With --kafka: topic prefix (default ${DEFAULT-VALUE}).")
    String topicPrefix;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path parent = db.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FeedConfig feeds = FeedConfig.OFF;
        if (cotPort.isPresent()) {
            feeds = feeds.withCotTcpPort(cotPort.get());
        }
        if (asterixPort.isPresent()) {
            feeds = feeds.withAsterixUdpPort(asterixPort.get());
        }
        if (!feedAllow.isEmpty()) {
            feeds = feeds.withAllowedPeers(PeerFilter.of(feedAllow));
        }
        ServerConfig config = ServerConfig.defaults(db, port).withFeeds(feeds);
        ServerConfig.Security security = config.security().withTrustedProxies(trustedProxies);
        if (auditAnchor.isPresent()) {
            security = security.withAuditAnchor(auditAnchor.get(), 1);
        }
        config = config.withSecurity(security);
        Optional<BorderScenario> border = borderScenario.map(BorderScenarioReader::load);
        if (border.isPresent()) {
            config = config.withReleasePolicy(BorderLiveRun.releasePolicy(border.get(), "NATO"));
        }
        try (SteeldomeServer server = new SteeldomeServer(config).start()) {
            out.printf(Locale.ROOT, "steeldome C2 server on http://127.0.0.1:%d/ (database %s)%n", server.port(), db);
            for (Feeds.FeedStatus f : server.feeds().status()) {
                if (f.enabled()) {
                    out.printf(Locale.ROOT, "feed %s on port %d%n", f.name(), f.port());
                }
            }
            out.flush();
            Optional<NodeRunner> node = Optional.empty();
            Optional<KafkaTrackFeed> kafkaTracks = Optional.empty();
            if (kafka.isPresent()) {
                String id = "serve-" + ProcessHandle.current().pid();
                Topics topics = new Topics(topicPrefix);
                node = Optional.of(NodeRunner.start(
                        TrackerNodeConfig.of(kafka.get(), group, id).withTopics(topics), p -> {}));
                // The cluster's committed track pictures (from every tracker instance) go into this server's picture.
                kafkaTracks = Optional.of(KafkaTrackFeed.start(
                        kafka.get(),
                        topics.tracks(),
                        false,
                        server.picture(),
                        Clock.systemUTC(),
                        "NATO",
                        Releasability.OWN_ONLY));
                out.printf(
                        Locale.ROOT,
                        "tracker instance %s of group %s on %s: %s -> %s, shown on the map%n",
                        id,
                        group,
                        kafka.get(),
                        topics.plots(),
                        topics.tracks());
            }
            Optional<LiveRun> run = Optional.empty();
            if (!noScenario) {
                run = Optional.of(LiveRun.start(
                        server, scenario.map(ScenarioLoader::load).orElseGet(ScenarioLoader::demo), speed));
                out.printf(
                        Locale.ROOT,
                        "live run %s: %s at %sx real time%n",
                        run.get().status().runId(),
                        scenario.map(Path::toString).orElse("built-in demo raid"),
                        speed == 0 ? "max" : String.format(Locale.ROOT, "%.3g", speed));
            }
            Optional<BorderLiveRun> borderRun = Optional.empty();
            if (border.isPresent()) {
                borderRun = Optional.of(BorderLiveRun.prepare(
                                border.get(),
                                borderDays.orElse(border.get().days()),
                                server.picture(),
                                server.patrols(),
                                Clock.systemUTC(),
                                speed)
                        .start());
                out.printf(
                        Locale.ROOT,
                        "border run: %d alerts, %d dispatches at %sx real time%n",
                        borderRun.get().alertCount(),
                        borderRun.get().dispatchCount(),
                        speed == 0 ? "max" : String.format(Locale.ROOT, "%.3g", speed));
            }
            out.flush();
            long deadlineNanos = durationS > 0 ? System.nanoTime() + durationS * 1_000_000_000L : Long.MAX_VALUE;
            while (System.nanoTime() < deadlineNanos) {
                if (exitWhenDone && run.isPresent() && run.get().awaitFinished(Duration.ofMillis(200))) {
                    break;
                }
                if (exitWhenDone
                        && run.isEmpty()
                        && borderRun.isPresent()
                        && borderRun.get().done()) {
                    break;
                }
                if (!exitWhenDone || run.isEmpty()) {
                    Thread.sleep(200);
                }
            }
            if (run.isPresent()) {
                run.get().stop();
                LiveRun.Status st = run.get().status();
                out.printf(
                        Locale.ROOT,
                        "live run %s %s at t = %.1f of %.1f s after %d scans; %d operator decision(s), %d"
                                + " engagement(s) approved%n",
                        st.runId(),
                        st.state(),
                        st.simTimeS(),
                        st.durationS(),
                        st.scans(),
                        server.approvals().decisions().size(),
                        server.approvals().decisions().stream()
                                .filter(d -> d.record().approves())
                                .count());
                st.failure().ifPresent(f -> out.println("run failed: " + f));
            }
            if (borderRun.isPresent()) {
                borderRun.get().stop();
                out.printf(
                        Locale.ROOT,
                        "border run: posted %d of %d alerts, %d of %d dispatches%n",
                        borderRun.get().postedAlerts(),
                        borderRun.get().alertCount(),
                        borderRun.get().postedDispatches(),
                        borderRun.get().dispatchCount());
            }
            if (kafkaTracks.isPresent()) {
                kafkaTracks.get().close();
                long shown = server.picture().viewFor("NATO").tracks().stream()
                        .filter(t -> t.id().startsWith("kafka:"))
                        .count();
                out.printf(
                        Locale.ROOT,
                        "kafka tracks feed: %d record(s) read, %d accepted; %d cluster track(s) in the picture%n",
                        kafkaTracks.get().counters().receivedCount(),
                        kafkaTracks.get().counters().acceptedCount(),
                        shown);
            }
            if (node.isPresent()) {
                node.get().close();
                out.println("tracker instance stopped: " + node.get().progress().summary());
            }
            out.flush();
            return 0;
        }
    }
}
