package org.sujarit.infrastructure.db.replica;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code sujarit.replica.url} names a read replica. */
class ReplicaConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(ReplicaProperties.PREFIX + ".url");
        return url != null && !url.isBlank();
    }
}
