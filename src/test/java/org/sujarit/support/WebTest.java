package org.sujarit.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the shared test PostgreSQL, driven through MockMvc. Every request comes
 * from 127.0.0.1, so the limits on anonymous actions are raised here and the friction is off;
 * RateLimitTest and FrictionTest try them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"sujarit.complaints.filings-per-hour=100000", "sujarit.complaints.lookups-per-10-minutes=100000",
        "sujarit.complaints.friction=false", "sujarit.complaints.guess-delay=10ms",
        "sujarit.sign-in.starts-per-10-minutes=100000"})
@AutoConfigureMockMvc
public @interface WebTest {
}
