package io.steeldome.stream.topic;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.stream.error.StreamError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The four steeldome topics under one name prefix. Keys: plots and tracks by sector id (a sector's data stays ordered
 * in one partition, owned by one tracker), alerts by border sector id, decisions by threat (track) id.
 *
 * @param prefix prepended to every name, for example {@code "steeldome."}; lets several deployments share a cluster
 */
public record Topics(String prefix) {
    public static final Topics DEFAULT = new Topics("steeldome.");

    private static final long VISIBLE_TIMEOUT_NS = 30_000_000_000L;

    public Topics {
        if (prefix == null || !prefix.matches("[A-Za-z0-9._-]*")) {
            throw new SteeldomeException(StreamError.INVALID_CONFIG, "topic prefix", "it must match [A-Za-z0-9._-]*");
        }
    }

    public String plots() {
        return prefix + "plots";
    }

    public String tracks() {
        return prefix + "tracks";
    }

    public String alerts() {
        return prefix + "alerts";
    }

    public String decisions() {
        return prefix + "decisions";
    }

    /**
     * Creates whichever of the four topics do not exist yet. The plots topic keeps its data forever
     * ({@code retention.ms=-1}) because a tracker that takes over a partition rebuilds its state by replaying it (see
     * {@code TrackerNode}); the others use the broker defaults.
     *
     * @param partitions partitions of each topic; the upper bound on tracker instances sharing the load
     * @param replication replication factor (1 for a single broker)
     */
    public void create(Admin admin, int partitions, short replication) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names()) {
                if (!existing.contains(name)) {
                    NewTopic t = new NewTopic(name, partitions, replication);
                    if (name.equals(plots())) {
                        t.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
                    }
                    missing.add(t);
                }
            }
            admin.createTopics(missing).all().get();
            awaitVisible(admin, names());
        } catch (ExecutionException e) {
            throw new SteeldomeException(
                    e.getCause(),
                    StreamError.KAFKA_UNAVAILABLE,
                    "admin",
                    e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SteeldomeException(e, StreamError.KAFKA_UNAVAILABLE, "admin", "interrupted");
        }
    }

    /** The four topic names. */
    public List<String> names() {
        return List.of(plots(), tracks(), alerts(), decisions());
    }

    /**
     * Creation returns before every broker's metadata has the new topics; wait until the cluster lists them all, so
     * that the clients started next do not begin with unknown-topic retries.
     */
    private static void awaitVisible(Admin admin, List<String> names) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + VISIBLE_TIMEOUT_NS;
        while (!admin.listTopics().names().get().containsAll(names)) {
            if (System.nanoTime() > deadline) {
                throw new SteeldomeException(
                        StreamError.KAFKA_UNAVAILABLE, "admin", "created topics " + names + " did not become visible");
            }
            Thread.sleep(50);
        }
    }
}
