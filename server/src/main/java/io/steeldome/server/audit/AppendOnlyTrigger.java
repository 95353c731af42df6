package io.steeldome.server.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2 trigger on the audit log and the decisions table that refuses every UPDATE and DELETE: rows are only appended. */
public final class AppendOnlyTrigger implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("append-only table: UPDATE and DELETE are refused", "45000");
    }
}
