package org.sujarit.infrastructure.db.replica;

import java.util.function.Supplier;

/**
 * Whether the work on this thread asked to read from the read replica: for a whole request by
 * {@link ReadsFromReplica}, or for a piece of work by {@link #during} (the oversight figures, which
 * are also recomputed by a cache in the background, outside any request). Asking has an effect
 * only when a replica is configured and usable; otherwise every read goes to the primary.
 */
public final class ReplicaReads {

    private static final ThreadLocal<Boolean> ASKED = new ThreadLocal<>();

    private ReplicaReads() {
    }

    /** Runs reads that may be a few seconds old on the replica, if there is one to use. */
    public static <T> T during(Supplier<T> reads) {
        Boolean before = ASKED.get();
        ASKED.set(Boolean.TRUE);
        try {
            return reads.get();
        } finally {
            if (before == null) {
                ASKED.remove();
            }
        }
    }

    /**
     * Whether the reads now may be served by the replica. A cache shared with reads of the primary
     * should not keep what such a read returned: the primary may already hold something newer that a
     * member of staff has just written and expects to see.
     */
    public static boolean asked() {
        return ASKED.get() != null;
    }

    static void begin() {
        ASKED.set(Boolean.TRUE);
    }

    static void end() {
        ASKED.remove();
    }
}
