package io.steeldome.stream.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.stream.scenario.SyntheticSectors;
import io.steeldome.stream.schema.Json;
import io.steeldome.stream.schema.Plot;
import io.steeldome.stream.schema.PlotScan;
import io.steeldome.stream.schema.SectorTracks;
import io.steeldome.stream.schema.TrackState;
import io.steeldome.stream.topic.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.Test;

/**
 * Three tracker instances share twelve sectors; one, in its own JVM, is killed (SIGKILL) mid-stream while it holds
 * output and offsets in an open transaction: nothing of it survives, not even its consumer's heartbeat thread, so the
 * group learns of the death only through the session timeout, and the broker aborts its transaction only when the
 * transaction times out. The committed output must be exactly that of one uninterrupted single-process run over the
 * same plots: every plot consumed once, no picture lost or repeated, no sector tracked by two instances at once, the
 * same track ids. Two bad records in the victim's stream are skipped identically live and on replay.
 */
class RebalanceTest {
    private static final int SECTORS = 12;
    private static final int PARTITIONS = 6;
    private static final int TARGETS = 3;
    private static final int SCANS = 60;
    private static final long SEED = 20261126L;
    private static final String VICTIM = "C";

    @Test
    void killedInstanceLosesNoPlotAndDuplicatesNoTrack() throws Exception {
        SyntheticSectors feed = new SyntheticSectors(SEED, SECTORS, TARGETS, 1.0, 0.9, 1.0);
        List<PlotScan> scans = feed.allScans(SCANS);
        Map<String, List<SectorTracks>> reference = referenceRun(scans);

        try (KafkaClusterTestKit cluster = KafkaTestCluster.start()) {
            String bootstrap = cluster.bootstrapServers();
            Topics topics = new Topics("rb.");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                topics.create(admin, PARTITIONS, (short) 1);
            }
            TrackerNodeConfig base = TrackerNodeConfig.of(bootstrap, "rb-trackers", "unused")
                    .withTopics(topics)
                    .withConsumerOverrides(Map.of(
                            "session.timeout.ms", "6000",
                            "heartbeat.interval.ms", "1000",
                            "max.poll.interval.ms", "6000",
                            "max.poll.records", "8"))
                    .withProducerOverrides(Map.of("transaction.timeout.ms", "5000"));
            Map<String, TrackerNode> nodes = new LinkedHashMap<>();
            Map<String, Thread> threads = new HashMap<>();
            for (String id : List.of("A", "B")) {
                start(base.withInstanceId(id), nodes, threads);
            }
            Process victim = startChild(base.withInstanceId(VICTIM));
            try {
                BufferedReader victimOut =
                        new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8));
                await(
                        () -> nodes.values().stream().allMatch(n -> n.progress().assignedPartitions() == 2),
                        "every instance owns two partitions");

                Map<String, List<ConsumerRecord<String, byte[]>>> seen = new TreeMap<>();
                try (KafkaProducer<String, byte[]> producer = plotProducer(bootstrap);
                        KafkaConsumer<String, byte[]> reader =
                                KafkaTestCluster.reader(bootstrap, topics.tracks(), "read_committed")) {
                    send(producer, topics, scans, 0, 30);
                    await(() -> collect(reader, seen) && allSectorsReach(seen, 30), "first half tracked");
                    // Two bad records in a sector of the victim, which the survivors must skip the same way on replay:
                    // not JSON, and a valid scan of another sector under this sector's key.
                    String victimSector = seen.entrySet().stream()
                            .filter(e -> instanceOf(e.getValue().getLast()).equals(VICTIM))
                            .map(Map.Entry::getKey)
                            .findFirst()
                            .orElseThrow();
                    PlotScan other = scans.stream()
                            .filter(x -> !x.sectorId().equals(victimSector) && x.scanNumber() == 10)
                            .findFirst()
                            .orElseThrow();
                    producer.send(new ProducerRecord<>(
                            topics.plots(), victimSector, "{not json".getBytes(StandardCharsets.UTF_8)));
                    producer.send(new ProducerRecord<>(topics.plots(), victimSector, Json.encode(other)));
                    producer.flush();

                    // Arm the victim, feed it, and once it sits on an open transaction kill its JVM outright.
                    victim.getOutputStream().write("ARM\n".getBytes(StandardCharsets.UTF_8));
                    victim.getOutputStream().flush();
                    send(producer, topics, scans, 30, 45);
                    awaitLine(victimOut, "CRASHED");
                    victim.destroyForcibly().waitFor();
                    send(producer, topics, scans, 45, SCANS);
                    await(() -> collect(reader, seen) && allSectorsReach(seen, SCANS), "every scan tracked");

                    for (Map.Entry<String, TrackerNode> e : nodes.entrySet()) {
                        e.getValue().stop();
                        threads.get(e.getKey()).join(Duration.ofSeconds(30));
                    }
                    for (ConsumerRecord<String, byte[]> r : KafkaTestCluster.drain(reader)) {
                        seen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
                    }

                    // 1. Exactly the reference pictures, in order, per sector: nothing lost, nothing repeated.
                    Map<String, List<SectorTracks>> committed = new TreeMap<>();
                    seen.forEach((sector, records) -> committed.put(
                            sector,
                            records.stream()
                                    .map(r -> Json.decode(r.value(), SectorTracks.class, "tracks"))
                                    .toList()));
                    assertThat(committed).isEqualTo(reference);

                    // 2. Every plot consumed exactly once.
                    List<String> consumed = committed.values().stream()
                            .flatMap(List::stream)
                            .flatMap(p -> p.plotIds().stream())
                            .toList();
                    Set<String> produced = new HashSet<>();
                    scans.forEach(s -> s.plots().stream().map(Plot::plotId).forEach(produced::add));
                    assertThat(consumed).doesNotHaveDuplicates();
                    assertThat(new HashSet<>(consumed)).isEqualTo(produced);

                    // 3. One owner at a time per sector: once another instance publishes, the earlier one never
                    // returns,
                    //    and the victim's sectors were taken over mid-stream by survivors.
                    boolean takeover = false;
                    for (List<ConsumerRecord<String, byte[]>> records : seen.values()) {
                        List<String> owners = new ArrayList<>();
                        for (ConsumerRecord<String, byte[]> r : records) {
                            String owner = instanceOf(r);
                            if (owners.isEmpty() || !owners.getLast().equals(owner)) {
                                assertThat(owners).as("owners of " + r.key()).doesNotContain(owner);
                                owners.add(owner);
                            }
                        }
                        takeover |= owners.getFirst().equals(VICTIM) && owners.size() == 2;
                    }
                    assertThat(takeover)
                            .as("a sector of the victim moved to a survivor")
                            .isTrue();

                    // 4. The victim's aborted output is really in the log: a read_uncommitted reader sees more records.
                    try (KafkaConsumer<String, byte[]> raw =
                            KafkaTestCluster.reader(bootstrap, topics.tracks(), "read_uncommitted")) {
                        assertThat(KafkaTestCluster.drain(raw).size()).isGreaterThan(SECTORS * SCANS);
                    }
                    // 5. The survivors rebuilt the victim's trackers by replay.
                    assertThat(nodes.values().stream()
                                    .mapToLong(n -> n.progress().scansReplayed())
                                    .sum())
                            .isPositive();
                }
            } finally {
                victim.destroyForcibly(); // never leave the child behind, whatever failed
            }
        }
    }

    /**
     * Scale-out without failure: one instance tracks the first 20 scans, a second joins, and cooperative rebalancing
     * moves three partitions to it; it rebuilds their trackers by replay and carries on. The committed output is again
     * exactly the uninterrupted run's, and some sector changed hands mid-stream.
     */
    @Test
    void joiningInstanceTakesOverSectorsSeamlessly() throws Exception {
        SyntheticSectors feed = new SyntheticSectors(SEED, SECTORS, TARGETS, 1.0, 0.9, 1.0);
        int scansHere = 40;
        List<PlotScan> scans = feed.allScans(scansHere);
        Map<String, List<SectorTracks>> reference = referenceRun(scans);
        try (KafkaClusterTestKit cluster = KafkaTestCluster.start()) {
            String bootstrap = cluster.bootstrapServers();
            Topics topics = new Topics("so.");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                topics.create(admin, PARTITIONS, (short) 1);
            }
            TrackerNodeConfig base = TrackerNodeConfig.of(bootstrap, "so-trackers", "A")
                    .withTopics(topics)
                    .withConsumerOverrides(Map.of("max.poll.records", "8"));
            Map<String, TrackerNode> nodes = new LinkedHashMap<>();
            Map<String, Thread> threads = new HashMap<>();
            start(base, nodes, threads);
            await(() -> nodes.get("A").progress().assignedPartitions() == PARTITIONS, "A owns every partition");
            Map<String, List<ConsumerRecord<String, byte[]>>> seen = new TreeMap<>();
            try (KafkaProducer<String, byte[]> producer = plotProducer(bootstrap);
                    KafkaConsumer<String, byte[]> reader =
                            KafkaTestCluster.reader(bootstrap, topics.tracks(), "read_committed")) {
                send(producer, topics, scans, 0, 20);
                await(() -> collect(reader, seen) && allSectorsReach(seen, 20), "first half tracked by A");
                start(base.withInstanceId("B"), nodes, threads);
                await(
                        () -> nodes.values().stream()
                                .allMatch(n -> n.progress().assignedPartitions() == PARTITIONS / 2),
                        "A and B own three partitions each");
                send(producer, topics, scans, 20, scansHere);
                await(() -> collect(reader, seen) && allSectorsReach(seen, scansHere), "every scan tracked");
                for (Map.Entry<String, TrackerNode> e : nodes.entrySet()) {
                    e.getValue().stop();
                    threads.get(e.getKey()).join(Duration.ofSeconds(30));
                }
                for (ConsumerRecord<String, byte[]> r : KafkaTestCluster.drain(reader)) {
                    seen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
                }
            }
            Map<String, List<SectorTracks>> committed = new TreeMap<>();
            seen.forEach((sector, records) -> committed.put(
                    sector,
                    records.stream()
                            .map(r -> Json.decode(r.value(), SectorTracks.class, "tracks"))
                            .toList()));
            assertThat(committed).isEqualTo(reference);
            boolean moved = seen.values().stream()
                    .anyMatch(records -> instanceOf(records.getFirst()).equals("A")
                            && instanceOf(records.getLast()).equals("B"));
            assertThat(moved).as("a sector moved from A to B mid-stream").isTrue();
            assertThat(nodes.get("B").progress().scansReplayed()).isPositive();
        }
    }

    /** Starts {@link CrashingNodeMain} in a child JVM on this test's class path. */
    private static Process startChild(TrackerNodeConfig config) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashingNodeMain.class.getName(),
                config.bootstrapServers(),
                config.groupId(),
                config.instanceId(),
                config.topics().prefix()));
        config.consumerOverrides().forEach((k, v) -> cmd.add("c:" + k + "=" + v));
        config.producerOverrides().forEach((k, v) -> cmd.add("p:" + k + "=" + v));
        return new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** Waits up to 60 s for the child to print {@code expected} on a line of its own. */
    private static void awaitLine(BufferedReader in, String expected) throws Exception {
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals(expected)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(seen.get(60, TimeUnit.SECONDS))
                .as("child printed " + expected)
                .isTrue();
    }

    private static void start(TrackerNodeConfig config, Map<String, TrackerNode> nodes, Map<String, Thread> threads) {
        TrackerNode node = new TrackerNode(config, ProgressListener.none());
        Thread t = new Thread(node, "tracker-" + config.instanceId());
        t.start();
        nodes.put(config.instanceId(), node);
        threads.put(config.instanceId(), t);
    }

    /**
     * The reference run, checked against the scenario's truth: at the last scan each target has a confirmed track
     * within 150 m of it (6 sigma of the 25 m ENU plots; the polar plots are about as good at 10-40 km), and there are
     * no other confirmed tracks.
     */
    @Test
    void referenceRunTracksEveryTarget() {
        SyntheticSectors feed = new SyntheticSectors(SEED, SECTORS, TARGETS, 1.0, 0.9, 1.0);
        Map<String, List<SectorTracks>> reference = referenceRun(feed.allScans(SCANS));
        double t = (SCANS - 1) * feed.scanPeriodS();
        for (int i = 0; i < SECTORS; i++) {
            SectorTracks last = reference.get(SyntheticSectors.sectorId(i)).getLast();
            List<TrackState> confirmed =
                    last.tracks().stream().filter(TrackState::isConfirmed).toList();
            for (SyntheticSectors.Target target : feed.targets(i)) {
                double[] p = target.positionAt(t);
                assertThat(confirmed)
                        .as("sector %d target at %s", i, java.util.Arrays.toString(p))
                        .anySatisfy(tr -> assertThat(Math.sqrt(Math.pow(tr.eastM() - p[0], 2)
                                        + Math.pow(tr.northM() - p[1], 2)
                                        + Math.pow(tr.upM() - p[2], 2)))
                                .isLessThan(150));
            }
            assertThat(confirmed).hasSize(TARGETS);
        }
    }

    private static Map<String, List<SectorTracks>> referenceRun(List<PlotScan> scans) {
        EmbeddedPipeline pipeline = new EmbeddedPipeline(SectorTrackers.defaultConfig());
        Map<String, List<SectorTracks>> out = new TreeMap<>();
        for (PlotScan s : scans) {
            out.computeIfAbsent(s.sectorId(), k -> new ArrayList<>())
                    .add(pipeline.process(s).orElseThrow());
        }
        return out;
    }

    private static KafkaProducer<String, byte[]> plotProducer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p);
    }

    /** Sends scans [from, to) of every sector (they are interleaved by scan number). */
    private static void send(
            KafkaProducer<String, byte[]> producer, Topics topics, List<PlotScan> scans, int from, int to) {
        for (PlotScan s : scans) {
            if (s.scanNumber() >= from && s.scanNumber() < to) {
                producer.send(new ProducerRecord<>(topics.plots(), s.sectorId(), Json.encode(s)));
            }
        }
        producer.flush();
    }

    private static boolean collect(
            KafkaConsumer<String, byte[]> reader, Map<String, List<ConsumerRecord<String, byte[]>>> seen) {
        reader.poll(Duration.ofMillis(100))
                .forEach(r ->
                        seen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        return true;
    }

    private static boolean allSectorsReach(Map<String, List<ConsumerRecord<String, byte[]>>> seen, int count) {
        return seen.size() == SECTORS && seen.values().stream().allMatch(l -> l.size() >= count);
    }

    private static String instanceOf(ConsumerRecord<String, byte[]> r) {
        return new String(r.headers().lastHeader(TrackerNode.HEADER_INSTANCE).value(), StandardCharsets.UTF_8);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }
}
