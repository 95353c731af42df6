package io.steeldome.server.approval;

import io.steeldome.defence.doctrine.ApprovalRecord;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A persisted operator decision.
 *
 * @param record the doctrine layer's record (recommendation snapshot, verdict, operator, time, reason)
 * @param decidedAtUtc wall-clock time of the decision
 * @param weaponsControl the layer's weapons control status when it was decided
 */
public record Decision(ApprovalRecord record, Instant decidedAtUtc, WeaponsControlStatus weaponsControl) {
    public Decision {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(decidedAtUtc, "decidedAtUtc");
        Objects.requireNonNull(weaponsControl, "weaponsControl");
    }
}
