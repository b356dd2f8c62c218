package org.sujarit.registers;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/** The head of the agency decides what becomes of a reported gift, once, with a reason. */
@Service
public class DecidingGiftReports {

    private final GiftRepository gifts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecidingGiftReports(GiftRepository gifts, ApplicationEventPublisher events, Clock clock) {
        this.gifts = gifts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void decide(TenantId tenant, UUID giftId, GiftDecision decision, String reason, UUID executiveId) {
        Gift gift = gifts.find(tenant, giftId).orElseThrow(GiftNotFound::new);
        gift.checkDecidable();
        if (decision == null) {
            throw new RuleViolation("decision", "registers.gift.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "registers.gift.reasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw new RuleViolation("reason", "registers.gift.tooLong");
        }
        gifts.decide(tenant, giftId, decision, reason.strip(), executiveId, clock.instant());
        events.publishEvent(GiftChanged.ofGift(tenant.value(), giftId, GiftChanged.Change.DECIDED));
    }
}
