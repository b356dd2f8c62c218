package org.sujarit.registers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.sujarit.shared.ThaiDates;
import org.sujarit.shared.TenantId;

/**
 * The second source of counterparties: whoever offered a member of staff a gift or benefit. A
 * giver who bids on a purchase whose committee that person sat on is flagged like a declared
 * interest; the flags scan again whenever a gift is recorded.
 */
@Component
class GiftCounterparties implements Counterparty.Source {

    static final String SOURCE = "gift";

    private final GiftRepository gifts;

    GiftCounterparties(GiftRepository gifts) {
        this.gifts = gifts;
    }

    @Override
    public List<Counterparty> counterparties(TenantId tenant) {
        return gifts.counterparties(tenant);
    }

    /** The tie as the flag shows it: "ของขวัญ ๕,๐๐๐ บาท เมื่อ ๒ ธ.ค. ๒๕๖๙ (รายงานผู้บังคับบัญชา)", digits as the page writes them. */
    static String tie(BigDecimal value, LocalDate on, GiftAction action) {
        String what = switch (action) {
            case DECLINED -> "ปฏิเสธการรับ";
            case RETURNED -> "ส่งคืนแล้ว";
            case ACCEPTED -> "รับไว้ตามหลักเกณฑ์";
            case REPORTED -> "รายงานผู้บังคับบัญชา";
        };
        return "ของขวัญหรือประโยชน์ " + GiftLabels.bahtInText(value) + " บาท เมื่อ "
                + ThaiDates.shortDate(on, Locale.forLanguageTag("th")) + " (" + what + ")";
    }
}
