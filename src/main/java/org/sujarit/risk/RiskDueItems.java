package org.sujarit.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.plan.Round;
import org.sujarit.notification.DueItem;

/**
 * Monitoring rounds due for the daily digests: each measure of the year's assessment not yet
 * monitored in the round being reported, to its unit, from 14 days before the round's report is
 * due (30 April, 31 October, as for the plan's progress); and those of the round before, overdue.
 */
@Component
class RiskDueItems implements DueItem.Source {

    static final int NOTICE_DAYS = 14;

    private final RiskRepository repository;

    RiskDueItems(RiskRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueItem> dueItems(LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        for (Round round : Round.toRemindOn(today, NOTICE_DAYS)) {
            for (RiskRepository.MeasureDue m : repository.measuresDue(round.fiscalYear(), round.number())) {
                items.add(new DueItem(m.tenantId(), m.unitId(), "risk",
                        "ติดตามมาตรการบริหารความเสี่ยง รอบที่ " + round.number() + " ปีงบประมาณ " + round.fiscalYear() + ": "
                                + DueItem.titleLine(m.measure()),
                        "Monitor risk measure, round " + round.number() + " of fiscal year " + round.fiscalYear() + ": "
                                + DueItem.titleLine(m.measure()),
                        round.dueDate(), "/console/risk/" + round.fiscalYear() + "/measures/" + m.measureId(), m.monitored()));
            }
        }
        return items;
    }
}
