package org.sujarit.infrastructure.db.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The primary, or the standby for reads that asked for it ({@link ReplicaReads}) and are not part of
 * a read-write transaction (which may write, or must see what it wrote). Spring's
 * {@code AbstractRoutingDataSource} picks a target by key but cannot take a second one when the
 * first fails; here a standby that does not answer sends the read to the primary at once.
 *
 * <p>Behind a {@code LazyConnectionDataSourceProxy}: a transaction asks for its connection before it
 * has said it is read-only, the proxy fetches it from here only at the first statement.
 */
final class ReplicaRouting extends AbstractDataSource {

    private final DataSource primary;
    private final Standby standby;

    ReplicaRouting(DataSource primary, Standby standby) {
        this.primary = primary;
        this.standby = standby;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (ReplicaReads.asked() && !inReadWriteTransaction()) {
            Optional<Connection> replica = standby.connection(ReplicaReads.replayedAtLeast());
            if (replica.isPresent()) {
                return replica.get();
            }
        }
        return primary.getConnection();
    }

    private static boolean inReadWriteTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** Another role than the configured one: only the primary knows it. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return primary.getConnection(username, password);
    }

    /** The primary's pool, for what inspects it (pool metrics, health). */
    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : primary.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || primary.isWrapperFor(type);
    }
}
