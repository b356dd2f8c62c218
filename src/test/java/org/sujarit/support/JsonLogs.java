package org.sujarit.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The test's application logs as an operator who switched on JSON logs would have it:
 * {@code logging.structured.format.console=ecs}, Spring Boot's Elastic Common Schema lines.
 * <p>
 * Logback is configured once per JVM: a context started while another (cached) one is alive keeps
 * the logging as it was. So the logging system is released before this test's own context starts,
 * which then configures it anew with JSON, and the context is closed after the class, which
 * releases it again for the next context to configure in its own way.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = "logging.structured.format.console=ecs")
@DirtiesContext
@ExtendWith(JsonLogs.Reconfigured.class)
public @interface JsonLogs {

    class Reconfigured implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            LoggingSystem.get(JsonLogs.class.getClassLoader()).cleanUp();
        }
    }
}
