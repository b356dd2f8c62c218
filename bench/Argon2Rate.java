import java.util.concurrent.atomic.LongAdder;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The Argon2id ceiling of bench/complaints.sh: hashes per second on all cores with the encoder and
 * parameters of org.sujarit.complaint.SecretHashing (salt 16 bytes, hash 32 bytes, parallelism 1,
 * memory 19 MiB, 2 iterations). Run as a source file with the app's classpath:
 *   java -cp CLASSPATH bench/Argon2Rate.java SECONDS [THREADS]
 * Prints one line: "rate THREADS HASHES SECONDS HASHES_PER_SECOND CPU_MS_PER_HASH GC_PERCENT"
 * (CPU of the whole JVM, GC included; the share of the time spent in garbage collection).
 */
public class Argon2Rate {

    public static void main(String[] args) throws InterruptedException {
        double seconds = Double.parseDouble(args.length > 0 ? args[0] : "10");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        // Warm-up: let the JIT compile the BouncyCastle Argon2 code before counting.
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            encoder.encode("12345678901234567890");
        }
        LongAdder done = new LongAdder();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long gc0 = gcMillis();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    encoder.encode("12345678901234567890");
                    done.increment();
                }
            });
            workers[i].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuMsPerHash = (os.getProcessCpuTime() - cpu0) / 1e6 / Math.max(1, done.sum());
        double gcShare = (gcMillis() - gc0) / 10.0 / elapsed;
        System.out.printf(java.util.Locale.ROOT, "rate %d %d %.2f %.2f %.1f %.0f%n", threads, done.sum(), elapsed, done.sum() / elapsed,
                cpuMsPerHash, gcShare);
    }

    private static long gcMillis() {
        long ms = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }
}
