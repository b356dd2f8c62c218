package org.sujarit.registers;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.notification.DueItem;

/**
 * For the integrity officer's daily digest: once the signing date the officer set for a year has
 * passed (for a year after it), how many agreements of the year still wait for a signature. One
 * item per tenant and year, without names, since it is mailed as it is.
 */
@Component
class AgreementDueItems implements DueItem.Source {

    private final AgreementStates states;

    AgreementDueItems(AgreementStates states) {
        this.states = states;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueItem> dueItems(LocalDate today) {
        return states.overdue(today).stream().filter(o -> o.waiting() > 0)
                .map(o -> new DueItem(o.tenant(), null, "registers",
                        "ข้อตกลงการปฏิบัติราชการ ปีงบประมาณ " + o.year() + " ยังรอลงนาม " + o.waiting() + " ฉบับ",
                        "Performance agreements of fiscal year " + o.year() + ": " + o.waiting() + " awaiting signature",
                        o.signBy(), "/console/registers/agreements?year=" + o.year(), false))
                .toList();
    }
}
