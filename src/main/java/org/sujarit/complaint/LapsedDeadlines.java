package org.sujarit.complaint;

import java.time.Instant;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.TenantId;

/**
 * Notices every deadline that passed unmet while its case is open: the case shows it as overdue,
 * and when the 15-day action deadline lapses the citizen is told. Each lapse is noticed once, on
 * whichever instance claims it first. Run by {@link DeadlineCheck} on its schedule.
 */
@Service
public class LapsedDeadlines {

    private final ComplaintRepository repository;

    LapsedDeadlines(ComplaintRepository repository) {
        this.repository = repository;
    }

    /** Notices the lapses of every tenant; how many were noticed. */
    @Transactional
    public int notice(Instant now) {
        return notice(now, tenant -> true);
    }

    /** Notices one tenant's lapses only: the demo notices its own overdue case at the time it lapsed. */
    @Transactional
    public int notice(TenantId tenant, Instant now) {
        return notice(now, tenant::equals);
    }

    private int notice(Instant now, Predicate<TenantId> tenants) {
        int noticed = 0;
        for (ComplaintRepository.LapsedDeadline lapse : repository.lapsed(now)) {
            if (!tenants.test(lapse.tenant()) || !repository.noticeLapse(lapse.tenant(), lapse.id(), now)) {
                continue;
            }
            Complaint c = repository.get(lapse.tenant(), lapse.caseId());
            c.lapsed(lapse.kind(), now);
            repository.save(c);
            noticed++;
        }
        return noticed;
    }
}
