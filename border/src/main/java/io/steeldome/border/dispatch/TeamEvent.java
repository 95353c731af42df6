package io.steeldome.border.dispatch;

import io.steeldome.core.time.SimTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A team entering a state.
 *
 * @param time when
 * @param teamId which team
 * @param state the state entered
 * @param alertId the alert being answered (empty for IDLE and RETURNING)
 */
public record TeamEvent(SimTime time, String teamId, TeamState state, Optional<String> alertId) {
    public TeamEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(alertId, "alertId");
    }
}
