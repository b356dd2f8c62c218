package org.sujarit.infrastructure.db.replica;

import java.util.function.Supplier;

/**
 * Whether the work on this thread asked to read from the read replica: for a whole request by
 * {@link ReadsFromReplica}, or for a piece of work by {@link #during} (the oversight figures, which
 * are also recomputed by a cache in the background, outside any request). Asking has an effect
 * only when a replica is configured and usable; otherwise every read goes to the primary.
 */
public final class ReplicaReads {

    /** Reads that may be as old as the standby is. */
    private static final long ANY = -1;

    /** This thread's scope: none, or the primary's WAL position its reads must see ({@link #ANY}: none). */
    private static final ThreadLocal<Long> SCOPE = new ThreadLocal<>();

    private ReplicaReads() {
    }

    /** Runs reads that may be a few seconds old on the replica, if there is one to use. */
    public static <T> T during(Supplier<T> reads) {
        Long outer = SCOPE.get();
        return within(outer == null ? ANY : outer, reads);
    }

    /**
     * Runs reads on the replica only once it has replayed the primary's WAL up to
     * {@code primaryWalPosition} (bytes since 0/0, from {@code pg_current_wal_insert_lsn()} on the
     * primary), waiting a moment for it; else on the primary. For a result stamped with what the
     * primary held at that position, which must not be older than its stamp.
     */
    public static <T> T seeing(long primaryWalPosition, Supplier<T> reads) {
        Long outer = SCOPE.get();
        return within(outer == null ? primaryWalPosition : Math.max(outer, primaryWalPosition), reads);
    }

    /** Runs reads on the primary, also inside work that asked for the replica. */
    public static <T> T onPrimary(Supplier<T> reads) {
        return within(null, reads);
    }

    private static <T> T within(Long scope, Supplier<T> reads) {
        Long outer = SCOPE.get();
        set(scope);
        try {
            return reads.get();
        } finally {
            set(outer);
        }
    }

    private static void set(Long scope) {
        if (scope == null) {
            SCOPE.remove();
        } else {
            SCOPE.set(scope);
        }
    }

    /**
     * Whether the reads now may be served by the replica. A cache shared with reads of the primary
     * should not keep what such a read returned: the primary may already hold something newer that a
     * member of staff has just written and expects to see.
     */
    public static boolean asked() {
        return SCOPE.get() != null;
    }

    /** The primary's WAL position the reads now must see on a standby; negative when any will do. */
    static long replayedAtLeast() {
        Long scope = SCOPE.get();
        return scope == null ? ANY : scope;
    }

    static void begin() {
        SCOPE.set(ANY);
    }

    static void end() {
        SCOPE.remove();
    }
}
