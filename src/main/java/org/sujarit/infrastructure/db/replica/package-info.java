/**
 * An optional read replica: a streaming standby of the primary ({@code pg_basebackup -R}) that
 * takes the reads which may be a few seconds old — the oversight figures, and the public portal
 * pages as an anonymous visitor gets them — off the primary, which keeps every write and every
 * read that must see one.
 *
 * <p>How a read finds its way: the application has one {@code DataSource}. With
 * {@code sujarit.replica.url} set, it is a {@link org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy}
 * over {@link org.sujarit.infrastructure.db.replica.ReplicaRouting}, which hands out a standby
 * connection when the work at hand asked for the replica ({@link org.sujarit.infrastructure.db.replica.ReplicaReads},
 * set for a whole request by {@link org.sujarit.infrastructure.db.replica.ReadsFromReplica} on a
 * controller) and is not inside a read-write transaction; everything else gets the primary. The
 * proxy fetches the real connection only at the first statement, once the transaction (if any) has
 * said whether it is read-only. The modules keep using their one {@code JdbcClient}: which pages
 * may lag is said once, where the page is, not in every query.
 *
 * <p>Why not {@code @Transactional(readOnly = true)} as the marker, as Spring's own
 * {@code setReadOnlyDataSource} does: the modules use read-only transactions for every console
 * read too, including the page a member of staff is sent to right after saving, which must show
 * what was saved. And many portal reads run without any transaction.
 *
 * <p>When the standby is unreachable, not replaying (promoted), or further behind than
 * {@code sujarit.replica.max-lag}, its reads go to the primary and the application carries on;
 * a check every {@code sujarit.replica.check-interval} ({@link org.sujarit.infrastructure.db.replica.Standby})
 * brings them back once it answers and has caught up. Unset, there is no proxy at all: one pool
 * on the primary, as before.
 */
package org.sujarit.infrastructure.db.replica;
