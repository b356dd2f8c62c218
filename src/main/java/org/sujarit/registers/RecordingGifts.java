package org.sujarit.registers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * A member of staff records a gift or benefit they were offered or received. The rule of the
 * gift's fiscal year judges it: beyond the limit and not excepted, it may not be "accepted within
 * the rule"; a report goes to the head of the agency with the rule's clock.
 */
@Service
public class RecordingGifts {

    private final GiftRepository gifts;
    private final GiftRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordingGifts(GiftRepository gifts, GiftRules rules, ApplicationEventPublisher events, Clock clock) {
        this.gifts = gifts;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws GiftBeyondRule when accepted within the rule but the rule says it is beyond
     * @throws RuleViolation  when it is dated in the future
     */
    @Transactional
    public UUID record(TenantId tenant, UUID userId, GiftEntry entry) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        if (entry.receivedOn().isAfter(today)) {
            throw new RuleViolation("receivedOn", "registers.gift.future");
        }
        FiscalYear year = FiscalYear.containing(entry.receivedOn());
        GiftRule rule = rules.forYear(year);
        boolean beyond = rule.beyond(entry.value(), entry.relative(), entry.publicAtLarge());
        if (beyond && entry.action() == GiftAction.ACCEPTED) {
            throw new GiftBeyondRule(rule.limit(), rule.reportDays());
        }
        LocalDate reportDue = entry.action() == GiftAction.REPORTED ? rule.reportDue(entry.receivedOn()) : null;
        UUID id = gifts.insert(tenant, userId, year, entry, beyond, reportDue, now);
        events.publishEvent(GiftChanged.ofGift(tenant.value(), id, GiftChanged.Change.RECORDED));
        return id;
    }
}
