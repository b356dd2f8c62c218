package org.sujarit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.sujarit.SujaritApplication;
import org.sujarit.support.Http;
import org.sujarit.support.JarProcess;

/**
 * The liveness and readiness probes of a real server on the shared PostgreSQL, at the two moments a
 * load balancer must not send it citizens: while the start-up work runs (held here by one more
 * application runner) readiness is down, liveness up and pages answer the starting page; once the
 * work is done readiness is up; once the application begins to shut down (held here by a lifecycle
 * that stops first, before the web server's graceful shutdown) readiness is down again while pages
 * are still served, the time a balancer needs to notice. Neither probe shows any detail.
 */
class ProbesTest {

    private static final Duration WAIT = Duration.ofMinutes(2);

    @Test
    void readinessIsDownWhileTheStartUpWorkRunsUpOnceItIsDoneAndDownAgainOnceTheApplicationStops() throws Exception {
        int port = JarProcess.freePort();
        Http http = new Http(port);
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(SujaritApplication.class, HeldStartUpWork.class, HeldShutdown.class)
                        .run("--server.port=" + port));
        ConfigurableApplicationContext context = null;
        try {
            assertThat(HeldStartUpWork.running.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the start-up work began").isTrue();
            assertProbe(http, "/actuator/health/readiness", 503, "OUT_OF_SERVICE");
            assertProbe(http, "/actuator/health/liveness", 200, "UP");
            HttpResponse<String> page = http.get("/bantom");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Starting up");

            HeldStartUpWork.done.countDown();
            context = starting.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertProbe(http, "/actuator/health/readiness", 200, "UP");
            assertProbe(http, "/actuator/health/liveness", 200, "UP");
            assertThat(http.get("/bantom").statusCode()).isEqualTo(200);

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(context::close);
            assertThat(HeldShutdown.stopping.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the shutdown began").isTrue();
            assertProbe(http, "/actuator/health/readiness", 503, "OUT_OF_SERVICE");
            assertProbe(http, "/actuator/health/liveness", 200, "UP");
            assertThat(http.get("/bantom").statusCode()).as("pages are still served while the balancer notices")
                    .isEqualTo(200);
            HeldShutdown.stopped.countDown();
            stopping.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(refused(http)).as("the server is gone").isTrue();
        } finally {
            HeldStartUpWork.done.countDown();
            HeldShutdown.stopped.countDown();
            if (context == null) {
                try {
                    context = starting.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException didNotStart) {
                    // nothing started, nothing to close
                }
            }
            if (context != null) {
                context.close();
            }
        }
    }

    /** The probe answers with its status and one word, nothing more. */
    private static void assertProbe(Http http, String path, int status, String word) throws Exception {
        HttpResponse<String> answer = http.get(path, "Accept", "application/json");
        assertThat(answer.statusCode()).as(path).isEqualTo(status);
        assertThat(answer.body()).as(path).isEqualTo("{\"status\":\"" + word + "\"}");
    }

    private static boolean refused(Http http) throws InterruptedException {
        try {
            http.get("/actuator/health/liveness");
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return e.getCause() instanceof ConnectException;
        }
    }

    /** One more piece of start-up work, which lasts until the test lets it end. */
    static class HeldStartUpWork implements ApplicationRunner {

        static final CountDownLatch running = new CountDownLatch(1);
        static final CountDownLatch done = new CountDownLatch(1);

        @Override
        public void run(ApplicationArguments args) throws InterruptedException {
            running.countDown();
            done.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /**
     * The first thing stopped when the application shuts down (the highest phase stops first),
     * before the web server's graceful shutdown; it lasts until the test lets it end.
     */
    static class HeldShutdown implements SmartLifecycle {

        static final CountDownLatch stopping = new CountDownLatch(1);
        static final CountDownLatch stopped = new CountDownLatch(1);
        private volatile boolean running;

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            stopping.countDown();
            try {
                stopped.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return Integer.MAX_VALUE;
        }
    }
}
