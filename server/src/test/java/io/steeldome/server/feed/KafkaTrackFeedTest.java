package io.steeldome.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.alert.Releasability;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.stream.schema.GeoOrigin;
import io.steeldome.stream.schema.JsonSerde;
import io.steeldome.stream.schema.Schema;
import io.steeldome.stream.schema.SectorTracks;
import io.steeldome.stream.schema.TrackState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tracker service's committed pictures reach the server's picture through an in-process KRaft broker. */
class KafkaTrackFeedTest {
    private static final String TOPIC = "steeldome.tracks";

    /**
     * One sector picture with a confirmed and a tentative track, preceded by a record that is not JSON. The confirmed
     * track at ENU (12000, -8000, 3000) m from the sector origin (40 N, 44 E, 1500 m) is, by GeographicLib
     * ({@code echo "12000 -8000 3000" | CartConvert -r -l 40.0 44.0 1500 -p 9}), at 39.92791607068403 N
     * 44.14027878053565 E, 4516.291505148 m.
     */
    @Test
    void confirmedTracksOfCommittedPicturesAppearForTheOwningAgencyOnly(@TempDir Path dir) throws Exception {
        try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build()) {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String bootstrap = cluster.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1)))
                        .all()
                        .get();
            }
            List<Double> cov = new ArrayList<>(Collections.nCopies(TrackState.COVARIANCE_ENTRIES, 0.0));
            // Upper triangle row by row: ee at 0, en at 1, nn at 6; the rest of the diagonal at 11, 15, 18, 20.
            cov.set(0, 400.0);
            cov.set(6, 100.0);
            for (int i : new int[] {11, 15, 18, 20}) {
                cov.set(i, 25.0);
            }
            SectorTracks picture = new SectorTracks(
                    Schema.VERSION,
                    "S01",
                    "radar-S01",
                    7,
                    7.0,
                    new GeoOrigin(40.0, 44.0, 1500),
                    List.of("S01/7/0", "S01/7/1"),
                    List.of(
                            new TrackState("S01/T1", 1, "CONFIRMED", 12000, -8000, 3000, 0, 0, 0, cov, 7.0, 5, 0),
                            new TrackState("S01/T2", 2, "TENTATIVE", 500, 500, 100, 0, 0, 0, cov, 7.0, 1, 0)));
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                    new StringSerializer(),
                    new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(TOPIC, "S01", "not json".getBytes(StandardCharsets.UTF_8)));
                producer.send(
                        new ProducerRecord<>(TOPIC, "S01", JsonSerde.tracks().serialize(TOPIC, picture)));
                producer.flush();
            }

            try (FeedServer s = new FeedServer(dir, FeedConfig.OFF);
                    KafkaTrackFeed feed = KafkaTrackFeed.start(
                            bootstrap,
                            TOPIC,
                            true,
                            s.server.picture(),
                            Clock.systemUTC(),
                            "NATO",
                            Releasability.OWN_ONLY)) {
                FeedServer.await(
                        "the confirmed track", () -> s.tracksFor("NATO").containsKey("kafka:S01/T1"));
                FeedServer.await("both records read", () -> feed.counters().receivedCount() == 2);

                SharedTrack t = s.tracksFor("NATO").get("kafka:S01/T1");
                assertThat(t.position().latDeg()).isCloseTo(39.92791607068403, within(1e-9));
                assertThat(t.position().lonDeg()).isCloseTo(44.14027878053565, within(1e-9));
                assertThat(t.position().hM()).isCloseTo(4516.291505148, within(1e-3));
                // sigma_e = 20 m, sigma_n = 10 m, uncorrelated: the ellipse's axes.
                assertThat(t.uncertainty().semiMajorM()).isCloseTo(20.0, within(1e-9));
                assertThat(t.uncertainty().semiMinorM()).isCloseTo(10.0, within(1e-9));
                assertThat(s.tracksFor("NATO")).doesNotContainKey("kafka:S01/T2");
                assertThat(s.tracksFor("FRONTEX")).isEmpty();
                assertThat(feed.counters().rejected(FeedCounters.Rejection.MALFORMED))
                        .isEqualTo(1);
            }
        }
    }
}
