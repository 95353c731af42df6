package io.steeldome.bench;

import io.steeldome.stream.scenario.SyntheticSectors;
import io.steeldome.stream.schema.Json;
import io.steeldome.stream.schema.PlotScan;
import io.steeldome.stream.topic.Topics;
import io.steeldome.stream.tracker.NodeProgress;
import io.steeldome.stream.tracker.ProgressListener;
import io.steeldome.stream.tracker.TrackerNode;
import io.steeldome.stream.tracker.TrackerNodeConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Utils;

/**
 * End-to-end plots-to-tracks throughput and latency of the tracker service through an in-process single-node KRaft
 * broker, with 1 and then 2 tracker instances (same JVM, same run, fresh topics and group for each).
 *
 * <p>Throughput: the instances are started and own their partitions, then every plot scan is produced as fast as the
 * producer goes; plots/s = plots / (first produce .. last committed track picture received). Done twice, alternating
 * 1 and 2 instances. Latency: about 30 s of scans are then produced at a fixed pace (half the slower 1-instance
 * throughput, the same pace for both instance counts); latency = receive time of the committed picture (read_committed)
 * minus the plot record's produce timestamp (wall clock, ms).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.steeldome.bench.StreamThroughputHarness [plots]
 * [sectors] [partitions]} (defaults 200000, 24, 6). Everything runs in one JVM, broker included: on a small machine the
 * instances compete with the broker and the producer for the same cores.
 */
public final class StreamThroughputHarness {
    private static final long SEED = 7;

    private StreamThroughputHarness() {}

    public static void main(String[] args) throws Exception {
        int plots = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int sectors = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        SyntheticSectors feed = new SyntheticSectors(SEED, sectors, 8, 2.0, 0.9, 1.0);
        List<PlotScan> scans = scansFor(feed, plots);
        int plotCount = scans.stream().mapToInt(s -> s.plots().size()).sum();
        List<byte[]> encoded = scans.stream().map(Json::encode).toList();
        int[] perPartition = new int[partitions];
        for (int i = 0; i < sectors; i++) {
            perPartition[
                    Utils.toPositive(Utils.murmur2(SyntheticSectors.sectorId(i).getBytes(StandardCharsets.UTF_8)))
                            % partitions]++;
        }
        System.out.printf(
                Locale.ROOT,
                "feed: %d plots in %d scans over %d sectors (%d targets each, 2 clutter/scan), %d partitions; sectors"
                        + " per partition %s; %d cores%n",
                plotCount,
                scans.size(),
                sectors,
                feed.targetsPerSector(),
                partitions,
                Arrays.toString(perPartition),
                Runtime.getRuntime().availableProcessors());

        try (KafkaClusterTestKit cluster = startCluster()) {
            String bootstrap = cluster.bootstrapServers();
            warmUp(bootstrap, scans, encoded, partitions);
            // Saturated runs twice, alternating 1 and 2 instances, so slow phases of a shared machine hit both.
            Map<String, Result> saturated = new TreeMap<>();
            for (int rep = 1; rep <= 2; rep++) {
                for (int instances : new int[] {1, 2}) {
                    saturated.put(
                            instances + "/" + rep,
                            run(
                                    bootstrap,
                                    "b" + instances + "r" + rep + ".",
                                    instances,
                                    partitions,
                                    scans,
                                    encoded,
                                    0));
                }
            }
            double pace = Math.min(saturated.get("1/1").plotsPerS, saturated.get("1/2").plotsPerS) / 2;
            int pacedScans = pacedScans(scans, pace * 30);
            Map<Integer, Result> paced = new TreeMap<>();
            for (int instances : new int[] {1, 2}) {
                paced.put(
                        instances,
                        run(
                                bootstrap,
                                "p" + instances + ".",
                                instances,
                                partitions,
                                scans.subList(0, pacedScans),
                                encoded.subList(0, pacedScans),
                                pace));
            }
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "| instances | plots/s saturated, run 1 | run 2 | paced at plots/s | latency p50 ms | p99 ms | max ms"
                            + " |%n");
            System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|%n");
            for (int instances : new int[] {1, 2}) {
                Result p = paced.get(instances);
                System.out.printf(
                        Locale.ROOT,
                        "| %d | %.0f | %.0f | %.0f | %d | %d | %d |%n",
                        instances,
                        saturated.get(instances + "/1").plotsPerS,
                        saturated.get(instances + "/2").plotsPerS,
                        p.pacedPlotsPerS,
                        p.p50Ms,
                        p.p99Ms,
                        p.maxMs);
            }
            System.out.printf(
                    Locale.ROOT,
                    "throughput ratio 2 vs 1 instance: run 1 %.2f, run 2 %.2f%n",
                    saturated.get("2/1").plotsPerS / saturated.get("1/1").plotsPerS,
                    saturated.get("2/2").plotsPerS / saturated.get("1/2").plotsPerS);
        }
    }

    /** The number of leading scans that hold about {@code plots} plots. */
    private static int pacedScans(List<PlotScan> scans, double plots) {
        int total = 0;
        for (int i = 0; i < scans.size(); i++) {
            total += scans.get(i).plots().size();
            if (total >= plots) {
                return i + 1;
            }
        }
        return scans.size();
    }

    private record Result(
            double plotsPerS, double elapsedS, long p50Ms, long p99Ms, long maxMs, double pacedPlotsPerS) {}

    /** Whole rounds of scans (every sector's scan n) until the plot count reaches {@code plots}. */
    private static List<PlotScan> scansFor(SyntheticSectors feed, int plots) {
        double meanPerRound = (feed.targetsPerSector() * feed.pd() + feed.clutterPerScan()) * feed.sectorCount();
        int rounds = Math.max(1, (int) Math.ceil(1.2 * plots / meanPerRound));
        List<PlotScan> out = new ArrayList<>();
        int total = 0;
        for (PlotScan s : feed.allScans(rounds)) {
            out.add(s);
            total += s.plots().size();
            if (total >= plots && s.sectorId().equals(SyntheticSectors.sectorId(feed.sectorCount() - 1))) {
                break;
            }
        }
        return out;
    }

    /**
     * Unmeasured runs over the whole feed with 1 and 2 instances, so the JIT has compiled the tracker, JSON and Kafka
     * paths of both set-ups before anything is measured (a shorter warm-up left the first measured run at half speed).
     */
    private static void warmUp(String bootstrap, List<PlotScan> scans, List<byte[]> encoded, int partitions)
            throws Exception {
        run(bootstrap, "w1.", 1, partitions, scans, encoded, 0);
        run(bootstrap, "w2.", 2, partitions, scans, encoded, 0);
    }

    /**
     * One measured run with {@code instances} tracker nodes on fresh topics. {@code paceplotsPerS} 0 produces as fast
     * as possible (throughput), otherwise at that pace (latency).
     */
    private static Result run(
            String bootstrap,
            String prefix,
            int instances,
            int partitions,
            List<PlotScan> scans,
            List<byte[]> encoded,
            double pacePlotsPerS)
            throws Exception {
        Topics topics = new Topics(prefix);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            topics.create(admin, partitions, (short) 1);
        }
        List<TrackerNode> nodes = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            TrackerNode node = new TrackerNode(
                    TrackerNodeConfig.of(bootstrap, prefix + "trackers", "n" + i)
                            .withTopics(topics)
                            .withProgressInterval(Duration.ofHours(1)),
                    ProgressListener.none());
            Thread t = new Thread(node, prefix + "tracker-" + i);
            t.start();
            nodes.add(node);
            threads.add(t);
        }
        long settle = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (nodes.stream().mapToInt(n -> n.progress().assignedPartitions()).sum() != partitions
                || nodes.stream().anyMatch(n -> n.progress().assignedPartitions() == 0)) {
            if (System.nanoTime() > settle) {
                throw new IllegalStateException("group did not settle");
            }
            Thread.sleep(20);
        }
        Thread.sleep(500); // let the last rebalance's callbacks finish on every node

        long[] latencies = new long[scans.size()];
        int received = 0;
        int plotCount = scans.stream().mapToInt(s -> s.plots().size()).sum();
        long start;
        long end;
        try (KafkaConsumer<String, byte[]> reader = reader(bootstrap, topics.tracks());
                KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            Thread feeder = new Thread(() -> {
                long t0 = System.nanoTime();
                long sentPlots = 0;
                for (int i = 0; i < scans.size(); i++) {
                    if (pacePlotsPerS > 0) {
                        long due = t0 + (long) (sentPlots / pacePlotsPerS * 1e9);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                    }
                    producer.send(
                            new ProducerRecord<>(topics.plots(), scans.get(i).sectorId(), encoded.get(i)));
                    sentPlots += scans.get(i).plots().size();
                }
                producer.flush();
            });
            start = System.nanoTime();
            feeder.start();
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (received < scans.size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + received + " of " + scans.size() + " pictures");
                }
                for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(100))) {
                    long now = System.currentTimeMillis();
                    long produced = Long.parseLong(new String(
                            r.headers()
                                    .lastHeader(TrackerNode.HEADER_PLOT_TIMESTAMP)
                                    .value(),
                            StandardCharsets.UTF_8));
                    latencies[received++] = now - produced;
                }
            }
            end = System.nanoTime();
            feeder.join();
        }
        for (TrackerNode n : nodes) {
            n.stop();
        }
        for (Thread t : threads) {
            t.join();
        }
        List<NodeProgress> finals = nodes.stream().map(TrackerNode::progress).toList();
        long replayed = finals.stream().mapToLong(NodeProgress::scansReplayed).sum();
        String share = instances == 1
                ? ""
                : " (scans per instance "
                        + finals.stream()
                                .map(p -> Long.toString(p.scansProcessed()))
                                .toList() + ")";
        if (replayed > 0) {
            System.out.println(prefix + ": note " + replayed + " scans were replayed after a rebalance");
        }
        Arrays.sort(latencies);
        double elapsedS = (end - start) / 1e9;
        Result r = new Result(
                plotCount / elapsedS,
                elapsedS,
                latencies[(int) Math.floor(0.50 * (latencies.length - 1))],
                latencies[(int) Math.ceil(0.99 * (latencies.length - 1))],
                latencies[latencies.length - 1],
                pacePlotsPerS);
        System.out.printf(
                Locale.ROOT,
                "%s %d instance(s)%s: %d plots, %.2f s, %.0f plots/s, latency p50 %d ms p99 %d ms max %d ms%s%n",
                prefix,
                instances,
                pacePlotsPerS > 0 ? String.format(Locale.ROOT, " paced at %.0f plots/s", pacePlotsPerS) : " saturated",
                plotCount,
                elapsedS,
                r.plotsPerS,
                r.p50Ms,
                r.p99Ms,
                r.maxMs,
                share);
        return r;
    }

    private static KafkaClusterTestKit startCluster() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("transaction.state.log.num.partitions", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return cluster;
    }

    private static KafkaConsumer<String, byte[]> reader(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p);
        List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(i.topic(), i.partition()))
                .toList();
        c.assign(parts);
        c.seekToBeginning(parts);
        return c;
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        return new KafkaProducer<>(p);
    }
}
