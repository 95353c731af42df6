package io.steeldome.stream.tracker;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.stream.error.StreamError;
import io.steeldome.stream.topic.Topics;
import io.steeldome.tracking.tracker.FilteredTrackerConfig;
import java.time.Duration;
import java.util.Map;

/**
 * Configuration of one {@link TrackerNode}.
 *
 * @param bootstrapServers Kafka bootstrap list, {@code host:port[,host:port]}
 * @param groupId consumer group shared by every instance of the service
 * @param instanceId unique per instance and stable across its restarts: its transactional id is
 *     {@code groupId + "-" + instanceId}, so a restarted instance fences its own zombie
 * @param topics topic names
 * @param tracker the sector tracker configuration; must be the same on every instance
 * @param consumerOverrides extra consumer properties (timeouts, fetch sizes); may not change isolation or commits
 * @param producerOverrides extra producer properties (transaction timeout, batching)
 * @param pollTimeout longest wait in one poll
 * @param progressInterval how often the listener is called (wall clock; reporting only)
 */
public record TrackerNodeConfig(
        String bootstrapServers,
        String groupId,
        String instanceId,
        Topics topics,
        FilteredTrackerConfig tracker,
        Map<String, String> consumerOverrides,
        Map<String, String> producerOverrides,
        Duration pollTimeout,
        Duration progressInterval) {
    public TrackerNodeConfig {
        for (String[] f :
                new String[][] {{"bootstrapServers", bootstrapServers}, {"groupId", groupId}, {"instanceId", instanceId}
                }) {
            if (f[1] == null || f[1].isBlank()) {
                throw new SteeldomeException(StreamError.INVALID_CONFIG, "tracker node config", f[0] + " is blank");
            }
        }
        consumerOverrides = Map.copyOf(consumerOverrides);
        producerOverrides = Map.copyOf(producerOverrides);
    }

    /** Default topics, tracker, poll 100 ms and progress every 5 s. */
    public static TrackerNodeConfig of(String bootstrapServers, String groupId, String instanceId) {
        return new TrackerNodeConfig(
                bootstrapServers,
                groupId,
                instanceId,
                Topics.DEFAULT,
                SectorTrackers.defaultConfig(),
                Map.of(),
                Map.of(),
                Duration.ofMillis(100),
                Duration.ofSeconds(5));
    }

    public TrackerNodeConfig withInstanceId(String id) {
        return new TrackerNodeConfig(
                bootstrapServers,
                groupId,
                id,
                topics,
                tracker,
                consumerOverrides,
                producerOverrides,
                pollTimeout,
                progressInterval);
    }

    public TrackerNodeConfig withTopics(Topics t) {
        return new TrackerNodeConfig(
                bootstrapServers,
                groupId,
                instanceId,
                t,
                tracker,
                consumerOverrides,
                producerOverrides,
                pollTimeout,
                progressInterval);
    }

    public TrackerNodeConfig withConsumerOverrides(Map<String, String> o) {
        return new TrackerNodeConfig(
                bootstrapServers,
                groupId,
                instanceId,
                topics,
                tracker,
                o,
                producerOverrides,
                pollTimeout,
                progressInterval);
    }

    public TrackerNodeConfig withProducerOverrides(Map<String, String> o) {
        return new TrackerNodeConfig(
                bootstrapServers,
                groupId,
                instanceId,
                topics,
                tracker,
                consumerOverrides,
                o,
                pollTimeout,
                progressInterval);
    }

    public TrackerNodeConfig withProgressInterval(Duration d) {
        return new TrackerNodeConfig(
                bootstrapServers,
                groupId,
                instanceId,
                topics,
                tracker,
                consumerOverrides,
                producerOverrides,
                pollTimeout,
                d);
    }
}
