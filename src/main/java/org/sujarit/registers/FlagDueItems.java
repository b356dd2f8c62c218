package org.sujarit.registers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.notification.DueItem;

/**
 * Each open flag in the integrity officer's digest (no unit: the officer's business), due a week
 * after it was found. The daily run scans every tenant first, so that a counterparty source that
 * publishes no event (a gift register, say) is matched at least daily. The title names the bidder
 * and the purchase, never the member of staff.
 */
@Component
class FlagDueItems implements DueItem.Source {

    static final int DAYS_TO_DECIDE = 7;
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final InterestFlags flags;
    private final FlagRepository repository;

    FlagDueItems(InterestFlags flags, FlagRepository repository) {
        this.flags = flags;
        this.repository = repository;
    }

    @Override
    public List<DueItem> dueItems(LocalDate today) {
        flags.scanAll();
        return repository.tenantsWithCommittees().stream().flatMap(tenant -> repository.open(tenant).stream()
                .map(flag -> new DueItem(tenant.value(), null, "registers",
                        DueItem.titleLine("ผลประโยชน์ที่เปิดเผยตรงกับผู้เสนอราคา " + flag.party() + " — " + flag.work()),
                        DueItem.titleLine("A declared interest matches bidder " + flag.party() + " — " + flag.work()),
                        flag.foundAt().atZone(BANGKOK).toLocalDate().plusDays(DAYS_TO_DECIDE),
                        "/console/registers/flags#flag-" + flag.id(), false))).toList();
    }
}
