package org.sujarit.staff.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.support.WebTest;

/**
 * A provider that cannot be asked (its discovery document answers 500 here) is asked once, not on
 * every page that offers it: the activation and account pages read its registration to allow the
 * link form's origin, and would each wait up to the timeouts on a provider that is down.
 */
@WebTest
class ProviderRegistrationsTest {

    @Autowired Providers providers;
    @Autowired ProviderRegistrations registrations;

    @Test
    void aProviderThatCannotBeAskedIsNotAskedAgainForAMinute() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        HttpServer broken = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        broken.createContext("/", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        broken.start();
        try {
            String marker = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
            Provider down = providers.add(new Providers.Draft(null, "broken-" + marker, "เสีย", "Broken",
                    "http://localhost:" + broken.getAddress().getPort(), "client", "secret", "sub", "RS256", false, "openid"));
            assertThat(registrations.findByRegistrationId(down.registrationId())).isNull();
            assertThat(registrations.findByRegistrationId(down.registrationId())).isNull();
            assertThat(asked).hasValue(1);
            providers.remove(null, down.registrationId());
        } finally {
            broken.stop(0);
        }
    }
}
