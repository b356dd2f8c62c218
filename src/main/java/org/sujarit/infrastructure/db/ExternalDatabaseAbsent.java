package org.sujarit.infrastructure.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no external database is configured, so Sujarit must bring its own. */
public class ExternalDatabaseAbsent implements Condition {

    public static final String DATASOURCE_URL = "spring.datasource.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(DATASOURCE_URL);
        return url == null || url.isBlank();
    }
}
