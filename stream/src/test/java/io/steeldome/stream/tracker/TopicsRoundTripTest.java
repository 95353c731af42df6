package io.steeldome.stream.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.stream.schema.BorderAlert;
import io.steeldome.stream.schema.Decision;
import io.steeldome.stream.schema.JsonSerde;
import io.steeldome.stream.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.Test;

/**
 * Alerts and decisions through a real broker with their serdes and keys: every record comes back equal, and the
 * records of one key (border sector, threat) come back in the order sent, all from one partition.
 */
class TopicsRoundTripTest {
    @Test
    void alertsAndDecisionsRoundTripInKeyOrder() throws Exception {
        try (KafkaClusterTestKit cluster = KafkaTestCluster.start()) {
            String bootstrap = cluster.bootstrapServers();
            Topics topics = new Topics("rt.");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                topics.create(admin, 4, (short) 1);
                assertThat(admin.listTopics().names().get())
                        .contains(topics.plots(), topics.tracks(), topics.alerts(), topics.decisions());
            }
            List<BorderAlert> alerts = IntStream.range(0, 30)
                    .mapToObj(i -> new BorderAlert(
                            1,
                            "A-" + i,
                            "TR-IR-0" + (i % 3),
                            i * 1.5,
                            BorderAlert.Kind.values()[i % 3],
                            "S01/T" + (i + 1),
                            39.6 + i * 1e-3,
                            44.3,
                            "alert " + i))
                    .toList();
            List<Decision> decisions = IntStream.range(0, 30)
                    .mapToObj(i -> new Decision(
                            1,
                            "D-" + i,
                            "S0" + (i % 4) + "/T1",
                            i * 0.5,
                            i % 2 == 0 ? Decision.Kind.PROPOSE : Decision.Kind.APPROVE,
                            Optional.of("SHORAD-" + (i % 2)),
                            i % 2 == 0 ? Optional.empty() : Optional.of("op-1"),
                            "step " + i))
                    .toList();
            send(
                    bootstrap,
                    topics.alerts(),
                    JsonSerde.alerts(),
                    alerts.stream()
                            .map(a -> new ProducerRecord<>(topics.alerts(), a.borderSectorId(), a))
                            .toList());
            send(
                    bootstrap,
                    topics.decisions(),
                    JsonSerde.decisions(),
                    decisions.stream()
                            .map(d -> new ProducerRecord<>(topics.decisions(), d.threatId(), d))
                            .toList());

            List<ConsumerRecord<String, BorderAlert>> alertsBack =
                    readAll(bootstrap, topics.alerts(), JsonSerde.alerts(), alerts.size());
            List<ConsumerRecord<String, Decision>> decisionsBack =
                    readAll(bootstrap, topics.decisions(), JsonSerde.decisions(), decisions.size());

            assertThat(alertsBack).extracting(ConsumerRecord::value).containsExactlyInAnyOrderElementsOf(alerts);
            assertThat(decisionsBack).extracting(ConsumerRecord::value).containsExactlyInAnyOrderElementsOf(decisions);
            for (ConsumerRecord<String, BorderAlert> r : alertsBack) {
                assertThat(r.key()).isEqualTo(r.value().borderSectorId());
            }
            for (ConsumerRecord<String, Decision> r : decisionsBack) {
                assertThat(r.key()).isEqualTo(r.value().threatId());
            }
            for (String key : List.of("TR-IR-00", "TR-IR-01", "TR-IR-02")) {
                List<ConsumerRecord<String, BorderAlert>> mine =
                        alertsBack.stream().filter(r -> r.key().equals(key)).toList();
                assertThat(mine)
                        .extracting(ConsumerRecord::partition)
                        .containsOnly(mine.getFirst().partition());
                assertThat(mine)
                        .extracting(r -> r.value())
                        .containsExactlyElementsOf(alerts.stream()
                                .filter(a -> a.borderSectorId().equals(key))
                                .toList());
            }
            for (int s = 0; s < 4; s++) {
                String key = "S0" + s + "/T1";
                assertThat(decisionsBack.stream()
                                .filter(r -> r.key().equals(key))
                                .map(ConsumerRecord::value))
                        .containsExactlyElementsOf(decisions.stream()
                                .filter(d -> d.threatId().equals(key))
                                .toList());
            }
        }
    }

    private static <T> void send(
            String bootstrap, String topic, Serde<T> serde, List<ProducerRecord<String, T>> records) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, T> producer = new KafkaProducer<>(p, new StringSerializer(), serde.serializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    private static <T> List<ConsumerRecord<String, T>> readAll(String bootstrap, String topic, Serde<T> serde, int n) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, T> c = new KafkaConsumer<>(p, new StringDeserializer(), serde.deserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            List<ConsumerRecord<String, T>> out = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.size() < n && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            return out;
        }
    }
}
