package org.sujarit.registers;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.notification.DueItem;
import org.sujarit.staff.Role;

/**
 * Each reported gift waits in the executive's digest, with the rule's clock, until decided. The
 * title names the value only: the digest is mailed as it is, and the register is personal data.
 */
@Component
class GiftDueItems implements DueItem.Source {

    private final GiftRepository gifts;

    GiftDueItems(GiftRepository gifts) {
        this.gifts = gifts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueItem> dueItems(LocalDate today) {
        return gifts.awaitingDecision().stream().map(gift -> {
            String value = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                    .format(gift.entry().value());
            return DueItem.forRole(gift.tenantId(), Role.EXECUTIVE, "registers",
                    "รายงานการรับของขวัญหรือประโยชน์อื่นใด มูลค่า " + value + " บาท รอการวินิจฉัยของผู้บริหาร",
                    "Report of a gift worth " + value + " baht, waiting for the executive's decision",
                    gift.reportDue(), "/console/registers/gifts/" + gift.id(), false);
        }).toList();
    }
}
