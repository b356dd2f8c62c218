package org.sujarit.registers;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;

/**
 * Reading the gift register. A person reads their own records freely; every read of another
 * person's records — one gift, a person's list, the register, its export — is written to the
 * audit trail in the same transaction, since the register is personal data.
 */
@Service
public class Gifts {

    private final GiftRepository gifts;
    private final GiftRules rules;
    private final ApplicationEventPublisher events;

    Gifts(GiftRepository gifts, GiftRules rules, ApplicationEventPublisher events) {
        this.gifts = gifts;
        this.rules = rules;
        this.events = events;
    }

    /** The member's own gifts of a fiscal year. */
    @Transactional(readOnly = true)
    public List<Gift> own(TenantId tenant, UUID userId, FiscalYear year) {
        return gifts.ofPerson(tenant, userId, year);
    }

    /** One of the member's own gifts; someone else's is not found. */
    @Transactional(readOnly = true)
    public Gift ownGift(TenantId tenant, UUID userId, UUID giftId) {
        return gifts.find(tenant, giftId).filter(gift -> gift.userId().equals(userId)).orElseThrow(GiftNotFound::new);
    }

    /** Any gift of the tenant, as the integrity officer or the executive opens it; audited when not their own. */
    @Transactional
    public Gift open(TenantId tenant, UUID viewerId, UUID giftId) {
        Gift gift = gifts.find(tenant, giftId).orElseThrow(GiftNotFound::new);
        if (!gift.userId().equals(viewerId)) {
            events.publishEvent(GiftChanged.ofGift(tenant.value(), giftId, GiftChanged.Change.VIEWED));
        }
        return gift;
    }

    /** Every gift of one person (of every year), as the integrity officer or the executive opens them; audited when not their own. */
    @Transactional
    public List<Gift> ofPerson(TenantId tenant, UUID viewerId, UUID userId) {
        if (!userId.equals(viewerId)) {
            events.publishEvent(new GiftChanged(tenant.value(), "gift-person", userId.toString(), GiftChanged.Change.VIEWED));
        }
        return gifts.ofPerson(tenant, userId, null);
    }

    /** The register of a year as filtered; every opening is audited, since it shows everyone's records. */
    @Transactional
    public List<Gift> register(TenantId tenant, GiftFilter filter) {
        events.publishEvent(new GiftChanged(tenant.value(), "gift-register", String.valueOf(filter.year().buddhistYear()),
                GiftChanged.Change.VIEWED));
        return gifts.register(tenant, filter);
    }

    /** The whole register of a year for its workbook; the export is audited. */
    @Transactional
    public List<Gift> export(TenantId tenant, FiscalYear year) {
        events.publishEvent(new GiftChanged(tenant.value(), "gift-register", String.valueOf(year.buddhistYear()),
                GiftChanged.Change.EXPORTED));
        return gifts.register(tenant, new GiftFilter(year, null, null));
    }

    /** The yearly report (O22): aggregates only, publishable as it is. */
    @Transactional(readOnly = true)
    public GiftYearReport yearReport(TenantId tenant, FiscalYear year) {
        return GiftYearReport.of(year, rules.forYear(year), gifts.figures(tenant, year));
    }

    /**
     * Who gave or offered one member of staff a gift in a fiscal year (declined offers included),
     * each name and tax ID once: for matching gift givers against the bidders and suppliers of
     * purchases the same person handled. Not audited: it is the system's own check, and returns
     * no content of the gifts.
     */
    @Transactional(readOnly = true)
    public List<GiftGiver> giversOf(TenantId tenant, UUID userId, FiscalYear year) {
        return gifts.givers(tenant, userId, year);
    }

    public GiftRule rule(FiscalYear year) {
        return rules.forYear(year);
    }
}
