package io.steeldome.stream.tracker;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.stream.error.StreamError;
import io.steeldome.stream.topic.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Runs one {@link TrackerNode} on its own thread: start, wait, stop. What {@code steeldome serve --kafka} uses. */
public final class NodeRunner implements AutoCloseable {
    private final TrackerNode node;
    private final Thread thread;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    private NodeRunner(TrackerNodeConfig config, ProgressListener listener) {
        this.node = new TrackerNode(config, listener);
        this.thread = new Thread(
                () -> {
                    try {
                        node.run();
                    } catch (RuntimeException e) { // thread boundary: hand the failure to whoever waits
                        failure.set(e);
                    }
                },
                "tracker-node-" + config.instanceId());
    }

    /** Starts a node. */
    public static NodeRunner start(TrackerNodeConfig config, ProgressListener listener) {
        NodeRunner r = new NodeRunner(config, listener);
        r.thread.start();
        return r;
    }

    /**
     * Creates whichever steeldome topics are missing on the cluster.
     *
     * @throws SteeldomeException {@link StreamError#KAFKA_UNAVAILABLE} if the cluster cannot be reached in 30 s
     */
    public static void createTopics(String bootstrapServers, Topics topics, int partitions, short replication) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                "30000"))) {
            topics.create(admin, partitions, replication);
        }
    }

    public NodeProgress progress() {
        return node.progress();
    }

    /**
     * Waits for the node to end by itself (it only does on failure) for up to {@code timeout}.
     *
     * @return true if it has ended
     */
    public boolean await(Duration timeout) throws InterruptedException {
        thread.join(timeout);
        return !thread.isAlive();
    }

    /**
     * Stops the node and waits for it to commit, leave the group and close.
     *
     * @throws SteeldomeException {@link StreamError#NODE_FAILED} if the node had failed
     */
    @Override
    public void close() throws InterruptedException {
        node.stop();
        thread.join();
        RuntimeException e = failure.get();
        if (e instanceof SteeldomeException se) {
            throw se;
        }
        if (e != null) {
            throw new SteeldomeException(e, StreamError.NODE_FAILED, thread.getName(), e.toString());
        }
    }
}
