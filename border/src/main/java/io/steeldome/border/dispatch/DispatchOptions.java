package io.steeldome.border.dispatch;

import io.steeldome.core.error.Checks;
import java.util.Objects;

/**
 * Dispatcher settings.
 *
 * @param onSceneS time a team spends looking at an alert's position before it is free again, s
 * @param queuePolicy order of waiting alerts
 */
public record DispatchOptions(double onSceneS, QueuePolicy queuePolicy) {
    public DispatchOptions {
        Checks.nonNegative("onSceneS", onSceneS, "s");
        Objects.requireNonNull(queuePolicy, "queuePolicy");
    }
}
