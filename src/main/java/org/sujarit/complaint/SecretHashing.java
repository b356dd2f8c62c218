package org.sujarit.complaint;

import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id for case secrets, at the same cost as staff passwords (m = 19 MiB, t = 2, p = 1, a random
 * salt per hash), run at most once per processor at a time. A hash is memory-hard: sixteen requests
 * hashing at once on two cores only evict each other's 19 MiB from the caches and fill the heap, so
 * the rest wait their turn here instead, and each hash runs at the speed of one alone. One for the
 * application: filings and look-ups share the processors.
 */
@Component
class SecretHashing {

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private final Semaphore processors = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    String encode(String secret) {
        processors.acquireUninterruptibly();
        try {
            return encoder.encode(secret);
        } finally {
            processors.release();
        }
    }

    boolean matches(String secret, String hash) {
        processors.acquireUninterruptibly();
        try {
            return encoder.matches(secret, hash);
        } finally {
            processors.release();
        }
    }
}
