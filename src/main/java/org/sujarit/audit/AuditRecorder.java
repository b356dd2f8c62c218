package org.sujarit.audit;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records every {@link AuditableEvent} synchronously, inside the transaction that made the
 * change: the change and its audit row commit together or not at all.
 */
@Component
class AuditRecorder {

    static final String SYSTEM = "system";

    private final JdbcAuditTrail trail;

    AuditRecorder(JdbcAuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuditableEvent event) {
        if (event.actor() != null) {
            trail.append(event, event.actor().actorId(), event.actor().actorLabel());
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            trail.append(event, actor.actorId(), actor.actorLabel());
        } else {
            trail.append(event, (UUID) null, SYSTEM);
        }
    }
}
