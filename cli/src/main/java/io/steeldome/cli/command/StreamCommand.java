package io.steeldome.cli.command;

import io.steeldome.stream.scenario.SyntheticSectors;
import io.steeldome.stream.schema.SectorTracks;
import io.steeldome.stream.schema.TrackState;
import io.steeldome.stream.topic.Topics;
import io.steeldome.stream.tracker.EmbeddedPipeline;
import io.steeldome.stream.tracker.NodeProgress;
import io.steeldome.stream.tracker.NodeRunner;
import io.steeldome.stream.tracker.SectorTrackers;
import io.steeldome.stream.tracker.TrackerNodeConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "stream",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs the tracker service alone (steeldome serve runs it next to the C2",
            "server). With --kafka it joins a Kafka cluster as one",
            "tracker instance: it consumes plot scans from <prefix>plots, tracks each",
            "sector and publishes the sector's track picture to <prefix>tracks, exactly",
            "once; start more instances with the same --group to share the sectors.",
            "Without --kafka it runs embedded: a seeded synthetic feed goes through the",
            "same sector trackers in-process, no broker. Schema: stream/README.md.",
            ""
        })
public final class StreamCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP", description = "Kafka bootstrap servers, host:port[,...].")
    Optional<String> kafka;

    @Option(
            names = "--group",
            defaultValue = "steeldome-trackers",
            description = "Consumer group of the tracker instances (default ${DEFAULT-VALUE}).")
    String group;

    @Option(
            names = "--instance",
            paramLabel = "ID",
            description = "This instance's id, unique in the group and stable across restarts (it names the"
                    + " transactional id); default node-<pid>.")
    Optional<String> instance;

    @Option(
            names = "--topic-prefix",
            defaultValue = "steeldome.",
            description = "Prefix of the topic names (default ${DEFAULT-VALUE}).")
    String topicPrefix;

    @Option(
            names = "--create-topics",
            paramLabel = "PARTITIONS",
            description = "Create missing topics with this many partitions (replication 1) before starting.")
    Optional<Integer> createTopics;

    @Option(
            names = "--duration-s",
            defaultValue = "0",
            paramLabel = "S",
            description = "With --kafka: stop after this many seconds (default 0: run until interrupted).")
    long durationS;

    @Option(names = "--sectors", defaultValue = "6", description = "Embedded: sectors (default ${DEFAULT-VALUE}).")
    int sectors;

    @Option(
            names = "--targets",
            defaultValue = "4",
            description = "Embedded: targets per sector (default ${DEFAULT-VALUE}).")
    int targets;

    @Option(
            names = "--scans",
            defaultValue = "120",
            description = "Embedded: scans per sector (default ${DEFAULT-VALUE}).")
    int scans;

    @Option(names = "--seed", defaultValue = "1", description = "Embedded: feed seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (kafka.isEmpty()) {
            return embedded(out);
        }
        Topics topics = new Topics(topicPrefix);
        if (createTopics.isPresent()) {
            NodeRunner.createTopics(kafka.get(), topics, createTopics.get(), (short) 1);
        }
        String id = instance.orElse("node-" + ProcessHandle.current().pid());
        TrackerNodeConfig config = TrackerNodeConfig.of(kafka.get(), group, id).withTopics(topics);
        out.printf(
                Locale.ROOT,
                "tracker instance %s of group %s on %s: %s -> %s%n",
                id,
                group,
                kafka.get(),
                topics.plots(),
                topics.tracks());
        out.flush();
        NodeRunner runner = NodeRunner.start(config, p -> {
            out.println(p.summary());
            out.flush();
        });
        // Ctrl-C: the hook stops the node, which commits its transaction and leaves the group before the JVM exits.
        Thread hook = new Thread(() -> {
            try {
                runner.close();
                out.println("stopped: " + runner.progress().summary());
                out.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        runner.await(durationS > 0 ? Duration.ofSeconds(durationS) : Duration.ofDays(3650));
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            hook.join();
            return 0;
        }
        runner.close();
        out.println("stopped: " + runner.progress().summary());
        return 0;
    }

    private int embedded(PrintWriter out) {
        SyntheticSectors feed = new SyntheticSectors(seed, sectors, targets, 1.0, 0.9, 1.0);
        out.printf(
                Locale.ROOT,
                "embedded tracker service (no broker): %d sectors x %d targets, %d scans, seed %d%n",
                sectors,
                targets,
                scans,
                seed);
        EmbeddedPipeline pipeline = new EmbeddedPipeline(SectorTrackers.defaultConfig());
        NodeProgress end =
                pipeline.run(feed.allScans(scans), p -> out.println(p.summary()), Math.max(1, sectors * scans / 4));
        for (Map.Entry<String, SectorTracks> e : pipeline.latest().entrySet()) {
            long confirmed = e.getValue().tracks().stream()
                    .filter(TrackState::isConfirmed)
                    .count();
            out.printf(
                    Locale.ROOT,
                    "  sector %s at t=%.1f s: %d confirmed tracks%n",
                    e.getKey(),
                    e.getValue().timeS(),
                    confirmed);
        }
        out.flush();
        return end.scansRejected() == 0 ? 0 : 1;
    }
}
