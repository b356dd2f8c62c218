package org.sujarit.infrastructure.web;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Behind a load balancer, an instance told to stop keeps serving for {@code sujarit.shutdown.delay}
 * before the web server stops taking requests. From the signal on, its readiness
 * ({@code /actuator/health/readiness}) answers OUT_OF_SERVICE; the balancer's health check needs a
 * moment to see that and take the instance out. Without the delay, requests the balancer still sends in that moment
 * meet a web server that has stopped taking them: refused connections, which a balancer may retry
 * elsewhere, and requests on kept-alive connections, which Tomcat answers 503. The delay should be
 * the balancer's check interval times its fall count, and a second more; 0 (the default) for an
 * instance on its own, which has nobody to warn.
 */
@Component
class ShutdownDelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDelay.class);

    private final Duration delay;
    private volatile boolean running;

    ShutdownDelay(@Value("${sujarit.shutdown.delay:PT0S}") Duration delay) {
        this.delay = delay;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        log.info("Stopping: readiness answers OUT_OF_SERVICE; still serving for {} s so that the load balancer takes "
                + "this instance out first (sujarit.shutdown.delay)", delay.toMillis() / 1000.0);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped just before the web server's graceful shutdown, which stops taking requests. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
    }
}
