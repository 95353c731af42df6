package io.steeldome.stream.tracker;

import io.steeldome.stream.topic.Topics;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A tracker node in its own JVM, for {@link RebalanceTest}: {@code bootstrap group instance prefix [c:key=value]
 * [p:key=value]}. On the stdin line {@code ARM} it leaves its next transaction with output open and stops processing,
 * prints {@code CRASHED} and waits to be killed (SIGKILL): then nothing of the process survives, not even the consumer's
 * heartbeat thread, so the group learns of the death only through the session timeout.
 */
public final class CrashingNodeMain {
    private CrashingNodeMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> consumer = new HashMap<>();
        Map<String, String> producer = new HashMap<>();
        for (int i = 4; i < args.length; i++) {
            String[] kv = args[i].substring(2).split("=", 2);
            (args[i].startsWith("c:") ? consumer : producer).put(kv[0], kv[1]);
        }
        TrackerNode node = new TrackerNode(
                TrackerNodeConfig.of(args[0], args[1], args[2])
                        .withTopics(new Topics(args[3]))
                        .withConsumerOverrides(consumer)
                        .withProducerOverrides(producer),
                ProgressListener.none());
        Thread control = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals("ARM")) {
                        node.crashAtNextCommit();
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        control.setDaemon(true);
        control.start();
        System.out.println("STARTED");
        node.run();
        System.out.println("CRASHED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
