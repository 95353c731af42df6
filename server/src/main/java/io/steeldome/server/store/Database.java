package io.steeldome.server.store;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.server.ServerError;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The H2 database in file mode, migrated by Flyway on open. {@code WRITE_DELAY=0} makes every commit reach the file
 * before the commit returns, so a killed process loses no committed decision or audit entry.
 */
public final class Database implements AutoCloseable {
    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens (creating if needed) the database at {@code file} (no ".mv.db" suffix) and applies pending migrations. */
    public static Database open(Path file) {
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "steeldome", "");
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new SteeldomeException(e, ServerError.STORAGE, "migrating " + file);
        }
        return new Database(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. Transactions run one at
     * a time, which keeps the audit chain strictly sequential (the server writes rarely; reads are short).
     */
    public synchronized <T> T inTransaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SteeldomeException(e, ServerError.STORAGE, "running a transaction");
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
