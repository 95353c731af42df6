package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.stream.scenario.SyntheticSectors;
import io.steeldome.stream.schema.Json;
import io.steeldome.stream.schema.PlotScan;
import io.steeldome.stream.topic.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code steeldome serve --kafka} end to end through an in-process KRaft broker: plot scans on the plots topic are
 * tracked by the command's tracker instance, and the committed pictures reach the server's map.
 */
class ServeKafkaTest {
    private static final int SECTORS = 2;
    private static final int TARGETS = 2;

    /**
     * Two sectors with two well-separated targets each, every target detected on every scan and no clutter: the
     * server's picture must end with exactly those four confirmed tracks (the same count the embedded pipeline gives
     * for this feed in StreamCommandTest), none more.
     */
    @Test
    void pluggedIntoAClusterTheServerShowsTheClustersTracks(@TempDir Path dir) throws Exception {
        try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
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
                .build()) {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String bootstrap = cluster.bootstrapServers();
            Topics topics = new Topics("sk.");
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                topics.create(admin, 2, (short) 1);
            }

            // Scans keep coming while the command runs, so its map (which starts at the latest picture) sees some.
            List<PlotScan> scans = new SyntheticSectors(5, SECTORS, TARGETS, 0.0, 1.0, 1.0).allScans(600);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger sent = new AtomicInteger();
            Thread producerThread = Thread.ofPlatform().daemon().start(() -> {
                try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class.getName(),
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                        ByteArraySerializer.class.getName()))) {
                    for (int i = 0; i < scans.size() && !stop.get(); i++) {
                        PlotScan s = scans.get(i);
                        producer.send(new ProducerRecord<>(topics.plots(), s.sectorId(), Json.encode(s)));
                        sent.incrementAndGet();
                        if (i % SECTORS == SECTORS - 1) {
                            producer.flush();
                            Thread.sleep(100);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code;
            try {
                code = SteeldomeCli.execute(
                        new String[] {
                            "serve",
                            "--port",
                            "0",
                            "--db",
                            dir.resolve("c2").toString(),
                            "--no-scenario",
                            "--duration-s",
                            "25",
                            "--kafka",
                            bootstrap,
                            "--group",
                            "sk-trackers",
                            "--topic-prefix",
                            "sk."
                        },
                        new PrintWriter(out, true),
                        new PrintWriter(err, true));
            } finally {
                stop.set(true);
                producerThread.join();
            }

            assertThat(code).as(err.toString()).isZero();
            assertThat(sent.get()).isGreaterThan(20);
            assertThat(out.toString())
                    .contains("tracker instance serve-")
                    .contains("sk.plots -> sk.tracks, shown on the map")
                    .containsPattern("kafka tracks feed: [1-9][0-9]* record\\(s\\) read, [1-9][0-9]* accepted")
                    .contains("; " + SECTORS * TARGETS + " cluster track(s) in the picture")
                    .containsPattern("tracker instance stopped: .* [1-9][0-9]* scans");
        }
    }
}
