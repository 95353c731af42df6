package io.steeldome.border.dispatch;

import java.util.List;

/**
 * What a dispatch run did.
 *
 * @param dispatches one per answered alert, in the order the teams cleared the scene
 * @param timeline every team state change, in time order
 * @param unanswered ids of alerts no team of their agency could reach (none, or all unreachable)
 */
public record DispatchResult(List<Dispatch> dispatches, List<TeamEvent> timeline, List<String> unanswered) {
    public DispatchResult {
        dispatches = List.copyOf(dispatches);
        timeline = List.copyOf(timeline);
        unanswered = List.copyOf(unanswered);
    }
}
