package io.steeldome.stream.tracker;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.stream.error.StreamError;
import io.steeldome.stream.schema.Json;
import io.steeldome.stream.schema.PlotScan;
import io.steeldome.stream.schema.SectorTracks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance of the tracker service: consumes plot scans by partition, runs each sector's tracker and publishes the
 * sector's track picture, exactly once, with Kafka transactions. Several instances in one consumer group share the
 * partitions; a sector lives in one partition (its key), so exactly one instance tracks it at any time.
 *
 * <p><b>Exactly once.</b> For each poll the pictures and the consumed offsets go into one transaction
 * ({@code sendOffsetsToTransaction} with the consumer's group metadata, so a zombie from an older group generation is
 * fenced). If an instance dies mid-transaction its output is aborted (at the latest after the producer's
 * {@code transaction.timeout.ms}) and never reaches {@code read_committed} readers; the partition's new owner starts
 * from the last committed offset.
 *
 * <p><b>State on a move: deterministic replay.</b> The tracker's state cannot be serialised from outside the
 * {@code tracking} module, so a new owner rebuilds it: it replays the partition from its first offset up to the
 * committed offset with output suppressed, then continues normally. The trackers are deterministic and number their
 * tracks from 1 per sector, so the rebuilt state, and every later picture and track id, are exactly those the old
 * owner would have produced. The price is a replay proportional to the partition's history, which is why the plots
 * topic keeps its data ({@code retention.ms=-1}, see {@code Topics#create}); a partition whose head has been deleted
 * is replayed from what is left, with a warning. A partition revoked and handed back unchanged keeps its state.
 *
 * <p>A scan that cannot be decoded or is rejected by the tracker is skipped and counted, identically on every
 * instance. Run it on its own thread; {@link #stop()} is the only method meant for other threads.
 */
public final class TrackerNode implements Runnable {
    /** Header on every track record: the instance that produced it (UTF-8). */
    public static final String HEADER_INSTANCE = "steeldome.instance";
    /** Header on every track record: the Kafka timestamp of the plot scan it answers, ms since 1970 (decimal). */
    public static final String HEADER_PLOT_TIMESTAMP = "steeldome.plot-timestamp-ms";

    private static final Logger LOG = LoggerFactory.getLogger(TrackerNode.class);

    private final TrackerNodeConfig config;
    private final ProgressListener listener;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private volatile boolean crashArmed;
    private volatile NodeProgress progress;

    // Confined to the thread running run().
    private final Map<TopicPartition, PartitionState> owned = new HashMap<>();
    private final Map<TopicPartition, PartitionState> released = new HashMap<>();
    private long scansProcessed;
    private long plotsProcessed;
    private long scansReplayed;
    private long scansRejected;
    private long committed;
    private long aborted;

    public TrackerNode(TrackerNodeConfig config, ProgressListener listener) {
        this.config = config;
        this.listener = listener;
        this.consumer = new KafkaConsumer<>(consumerProperties(config));
        this.producer = new KafkaProducer<>(producerProperties(config));
        this.progress = new NodeProgress(config.instanceId(), 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The latest counters (updated after every poll). Safe from any thread. */
    public NodeProgress progress() {
        return progress;
    }

    /** Asks the node to finish its current transaction, leave the group and return from {@link #run()}. */
    public void stop() {
        stopRequested.set(true);
        consumer.wakeup();
    }

    /**
     * Consumes until {@link #stop()}. Closes its clients on the way out.
     *
     * @throws SteeldomeException {@link StreamError#NODE_FAILED} if the producer is fenced (another instance runs with
     *     the same id) or the cluster refuses the transaction protocol
     */
    @Override
    public void run() {
        boolean crashed = false;
        try {
            producer.initTransactions();
            consumer.subscribe(List.of(config.topics().plots()), new Rebalance());
            long nextReport = System.nanoTime() + config.progressInterval().toNanos();
            while (!stopRequested.get()) {
                ConsumerRecords<String, byte[]> records;
                try {
                    records = consumer.poll(config.pollTimeout());
                } catch (WakeupException e) {
                    continue; // stop() woke us; the loop condition decides
                }
                if (!records.isEmpty() && process(records)) {
                    crashed = true;
                    return;
                }
                publishProgress();
                if (System.nanoTime() >= nextReport) {
                    nextReport = System.nanoTime() + config.progressInterval().toNanos();
                    LOG.info(progress.summary());
                    listener.onProgress(progress);
                }
            }
            listener.onProgress(progress);
        } catch (ProducerFencedException
                | OutOfOrderSequenceException
                | AuthorizationException
                | UnsupportedVersionException
                | FencedInstanceIdException e) {
            throw new SteeldomeException(e, StreamError.NODE_FAILED, config.instanceId(), e.toString());
        } finally {
            if (!crashed) {
                close();
            }
        }
    }

    /** Runs one poll's records in one transaction. Returns true if a simulated crash ended the node. */
    private boolean process(ConsumerRecords<String, byte[]> records) {
        boolean open = false;
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        long scans = 0;
        long plots = 0;
        long sent = 0;
        try {
            for (TopicPartition tp : records.partitions()) {
                PartitionState st = owned.get(tp);
                if (st == null) {
                    continue; // not ours any more; the next owner reads it from the committed offset
                }
                for (ConsumerRecord<String, byte[]> rec : records.records(tp)) {
                    if (rec.offset() < st.nextOffset) {
                        continue;
                    }
                    SectorTracks picture = st.apply(rec);
                    st.nextOffset = rec.offset() + 1;
                    if (rec.offset() < st.replayUntil) {
                        scansReplayed++;
                        continue;
                    }
                    if (!open) {
                        producer.beginTransaction();
                        open = true;
                    }
                    if (picture == null) {
                        scansRejected++;
                        continue;
                    }
                    producer.send(output(rec, picture));
                    sent++;
                    scans++;
                    plots += picture.plotIds().size();
                }
                if (st.nextOffset > st.replayUntil && st.nextOffset > st.committed) {
                    offsets.put(tp, new OffsetAndMetadata(st.nextOffset));
                }
            }
            if (!open) {
                return false;
            }
            producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
            if (crashArmed && sent > 0) {
                // Test hook: die here, with output and offsets in an open transaction, without closing anything.
                LOG.warn("{}: simulated crash with {} records in an open transaction", config.instanceId(), sent);
                return true;
            }
            producer.commitTransaction();
            committed++;
            scansProcessed += scans;
            plotsProcessed += plots;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : offsets.entrySet()) {
                PartitionState st = owned.get(e.getKey());
                if (st != null) {
                    st.committed = e.getValue().offset();
                }
            }
            return false;
        } catch (ProducerFencedException
                | OutOfOrderSequenceException
                | AuthorizationException
                | UnsupportedVersionException
                | FencedInstanceIdException e) {
            throw e;
        } catch (KafkaException e) {
            // Abortable: typically a rebalance made our group generation stale. Drop the transaction and rebuild every
            // owned partition from its committed offset, so state and offsets agree again.
            LOG.warn("{}: transaction aborted: {}", config.instanceId(), e.toString());
            if (open) {
                producer.abortTransaction();
            }
            aborted++;
            List<TopicPartition> all = new ArrayList<>(owned.keySet());
            all.retainAll(consumer.assignment()); // a partition already taken from us is the next poll's business
            owned.clear();
            released.clear();
            take(all);
            return false;
        }
    }

    private ProducerRecord<String, byte[]> output(ConsumerRecord<String, byte[]> in, SectorTracks picture) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(HEADER_INSTANCE, config.instanceId().getBytes(StandardCharsets.UTF_8));
        headers.add(HEADER_PLOT_TIMESTAMP, Long.toString(in.timestamp()).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(config.topics().tracks(), null, picture.sectorId(), Json.encode(picture), headers);
    }

    /** Takes ownership of partitions: keeps a state still in step with the committed offset, else replays. */
    private void take(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> committedOffsets = consumer.committed(new HashSet<>(partitions));
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        for (TopicPartition tp : partitions) {
            long begin = beginnings.getOrDefault(tp, 0L);
            OffsetAndMetadata c = committedOffsets.get(tp);
            long resume = c == null ? begin : c.offset();
            PartitionState kept = released.remove(tp);
            if (kept != null && kept.nextOffset == resume) {
                owned.put(tp, kept);
                consumer.seek(tp, resume);
                continue;
            }
            if (begin > 0 && resume > begin) {
                LOG.warn(
                        "{}: {} starts at offset {}: its head was deleted, so the rebuilt tracker state misses it;"
                                + " keep the plots topic's retention.ms=-1",
                        config.instanceId(),
                        tp,
                        begin);
            }
            owned.put(tp, new PartitionState(new SectorTrackers(config.tracker()), begin, resume));
            consumer.seek(tp, begin);
            if (resume > begin) {
                LOG.info(
                        "{}: {} replaying offsets [{}, {}) to rebuild its trackers",
                        config.instanceId(),
                        tp,
                        begin,
                        resume);
            }
        }
    }

    private void publishProgress() {
        long lag = 0;
        for (TopicPartition tp : owned.keySet()) {
            OptionalLong l = consumer.currentLag(tp);
            lag += l.orElse(0);
        }
        progress = new NodeProgress(
                config.instanceId(),
                owned.size(),
                scansProcessed,
                plotsProcessed,
                scansReplayed,
                scansRejected,
                committed,
                aborted,
                lag);
    }

    private void close() {
        try {
            consumer.close();
        } finally {
            producer.close();
        }
    }

    /**
     * Test hook: the next transaction that carries output is left open (output and offsets sent, no commit) and
     * {@link #run()} returns without closing anything, as in a crash; the test then kills the JVM.
     */
    void crashAtNextCommit() {
        crashArmed = true;
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            take(partitions);
            LOG.info("{}: assigned {}", config.instanceId(), partitions);
        }

        /** Called inside poll, when no transaction is open: what we processed is committed, so keep the state. */
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            for (TopicPartition tp : partitions) {
                PartitionState st = owned.remove(tp);
                if (st != null) {
                    released.put(tp, st);
                }
            }
            LOG.info("{}: revoked {}", config.instanceId(), partitions);
        }

        /** Lost without a clean revoke (we were presumed dead): our state may be stale, drop it. */
        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            for (TopicPartition tp : partitions) {
                owned.remove(tp);
                released.remove(tp);
            }
            LOG.warn("{}: lost {}", config.instanceId(), partitions);
        }
    }

    /** The trackers of one partition's sectors and where they stand in it. */
    private static final class PartitionState {
        final SectorTrackers trackers;
        /** Records below this offset were committed by an earlier owner: re-run them with output suppressed. */
        final long replayUntil;
        /** The next offset the trackers have not seen. */
        long nextOffset;
        /** The last offset this instance committed for the partition. */
        long committed;

        PartitionState(SectorTrackers trackers, long begin, long replayUntil) {
            this.trackers = trackers;
            this.nextOffset = begin;
            this.replayUntil = replayUntil;
            this.committed = replayUntil;
        }

        /** Runs one record; null if it is rejected (the same way on every instance). */
        SectorTracks apply(ConsumerRecord<String, byte[]> rec) {
            try {
                if (rec.value() == null) {
                    throw new SteeldomeException(StreamError.INVALID_RECORD, "plot scan", "null value (tombstone)");
                }
                PlotScan scan = Json.decode(
                        rec.value(), PlotScan.class, rec.topic() + "-" + rec.partition() + "@" + rec.offset());
                if (rec.key() == null || !rec.key().equals(scan.sectorId())) {
                    throw new SteeldomeException(
                            StreamError.INVALID_RECORD,
                            "plot scan",
                            "key " + rec.key() + " is not its sectorId " + scan.sectorId());
                }
                return trackers.process(scan);
            } catch (SteeldomeException e) {
                LOG.warn("skipping {}-{}@{}: {}", rec.topic(), rec.partition(), rec.offset(), e.getMessage());
                return null;
            }
        }
    }

    private static Properties consumerProperties(TrackerNodeConfig c) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, c.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, c.groupId());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, c.groupId() + "-" + c.instanceId());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.putAll(c.consumerOverrides());
        // Not overridable: the exactly-once protocol depends on them.
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
    }

    private static Properties producerProperties(TrackerNodeConfig c) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, c.bootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, c.groupId() + "-" + c.instanceId() + "-tx");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // A produce right after a commit is refused with CONCURRENT_TRANSACTIONS until the markers are written (a few
        // ms); the default 100 ms back-off would then cap the node at about ten transactions a second.
        p.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, "5");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.putAll(c.producerOverrides());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, c.groupId() + "-" + c.instanceId());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return p;
    }
}
