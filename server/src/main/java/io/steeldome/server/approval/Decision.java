package io.steeldome.server.approval;

import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.ApprovalMode;
import io.steeldome.defence.doctrine.ApprovalRecord;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.server.api.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
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

    /**
     * A committed decision re-read from its {@code decisions} row (the server's restart and a replay): the operator's
     * recorded act, not a new one.
     */
    public static Decision fromRow(ResultSet rs) throws SQLException {
        EngagementRecommendation r = Json.MAPPER.readValue(rs.getString("snapshot"), EngagementRecommendation.class);
        ApprovalRecord record = new ApprovalRecord(
                r,
                ApprovalRecord.Verdict.valueOf(rs.getString("verdict")),
                ApprovalMode.OPERATOR,
                rs.getString("operator_name"),
                new SimTime(rs.getLong("decided_at_nanos")),
                rs.getString("reason"));
        return new Decision(
                record,
                rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                WeaponsControlStatus.valueOf(rs.getString("weapons_control")));
    }
}
