package io.steeldome.server.feed;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.server.share.LivePicture;
import io.steeldome.stream.schema.JsonSerde;
import io.steeldome.stream.schema.SectorTracks;
import io.steeldome.stream.schema.TrackState;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Puts the tracker service's committed sector pictures (the {@code tracks} topic, see stream/README.md) into the
 * server's picture: every confirmed track becomes a {@link SharedTrack} {@code kafka:<trackId>} at its geodetic
 * position with its horizontal error ellipse, and each record is the whole picture of its sector: a track of that
 * sector absent from it is removed from the picture (see {@link #apply}). Reads with {@code read_committed}, so an
 * aborted transaction of a crashed tracker instance is never shown, and in a consumer group of its own, so each
 * server sees every sector.
 * A record that does not decode is counted as malformed and skipped.
 */
public final class KafkaTrackFeed implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final LivePicture picture;
    private final Clock clock;
    private final String agency;
    private final Releasability releasability;
    private final FeedCounters counters = new FeedCounters();
    private final JsonSerde<SectorTracks> serde = JsonSerde.tracks();
    private final Thread worker;
    private volatile boolean running = true;

    private KafkaTrackFeed(
            Map<String, Object> props,
            String topic,
            LivePicture picture,
            Clock clock,
            String agency,
            Releasability releasability) {
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.picture = picture;
        this.clock = clock;
        this.agency = agency;
        this.releasability = releasability;
        consumer.subscribe(List.of(topic));
        this.worker = Thread.ofPlatform().name("kafka-track-feed").daemon(true).start(this::run);
    }

    /**
     * Starts reading {@code topic} on {@code bootstrap}.
     *
     * @param fromBeginning read the whole topic (tests, replays); otherwise only pictures committed from now on, so
     *     that tracks from an earlier session never appear on a live map stamped with the current time
     * @param agency owner of the tracks in the picture
     * @param releasability to whom they are released
     */
    public static KafkaTrackFeed start(
            String bootstrap,
            String topic,
            boolean fromBeginning,
            LivePicture picture,
            Clock clock,
            String agency,
            Releasability releasability) {
        Objects.requireNonNull(picture, "picture");
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "steeldome-c2-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                fromBeginning ? "earliest" : "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        return new KafkaTrackFeed(props, topic, picture, clock, agency, releasability);
    }

    public FeedCounters counters() {
        return counters;
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    counters.received();
                    SectorTracks st;
                    try {
                        st = serde.deserialize(r.topic(), r.value());
                    } catch (RuntimeException e) {
                        counters.reject(FeedCounters.Rejection.MALFORMED);
                        continue;
                    }
                    post(st);
                }
            }
        } catch (WakeupException e) {
            // close() woke the consumer up: stop.
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void post(SectorTracks st) {
        int posted = apply(st, picture, clock, agency, releasability);
        for (int i = 0; i < posted; i++) {
            counters.accepted();
        }
    }

    /**
     * Makes {@code st} the whole picture of its sector: its confirmed tracks are posted and the sector's tracks absent
     * from it (deleted by the tracker, or not confirmed any more) are removed, in one transaction. The tracker names
     * a track {@code <sectorId>/T<n>}, so the sector's tracks are those under {@code kafka:<sectorId>/}; that also
     * removes a sector's tracks left by an earlier session.
     *
     * @return how many tracks were posted
     */
    static int apply(SectorTracks st, LivePicture picture, Clock clock, String agency, Releasability releasability) {
        LocalFrame frame = LocalFrame.at(st.origin().toGeodetic());
        String prefix = "kafka:" + st.sectorId() + "/";
        List<SharedTrack> current = new ArrayList<>();
        List<SharedTrack> elsewhere = new ArrayList<>();
        for (TrackState t : st.tracks()) {
            if (!t.isConfirmed()) {
                continue;
            }
            // Upper triangle of the 6x6 [e, n, u, ...] covariance, row by row: ee = 0, en = 1, nn = 6.
            List<Double> c = t.covariance();
            SharedTrack shared = new SharedTrack(
                    "kafka:" + t.trackId(),
                    ApprovalService.simTime(clock.instant()),
                    frame.toGeodetic(new EnuVector(t.eastM(), t.northM(), t.upM())),
                    PositionUncertainty.ofCovariance(c.get(0), c.get(1), c.get(6)),
                    agency,
                    releasability,
                    List.of());
            (shared.id().startsWith(prefix) ? current : elsewhere).add(shared);
        }
        picture.replace(prefix, current);
        if (!elsewhere.isEmpty()) { // not named after its sector: kept, but never removed by sector
            picture.postAll(elsewhere);
        }
        return current.size() + elsewhere.size();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            worker.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
