package org.sujarit.registers;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.console.MemberTask;
import org.sujarit.shared.TenantMember;

/**
 * On a person's own page: "ยื่นแบบแสดงผลประโยชน์ปี …" with whether this year's is signed, and each
 * committee whose declaration still waits for them.
 */
@Component
class InterestTasks implements MemberTask.Source {

    private final InterestDeclarations declarations;
    private final DeclarationCommittees committees;

    InterestTasks(InterestDeclarations declarations, DeclarationCommittees committees) {
        this.declarations = declarations;
        this.committees = committees;
    }

    @Override
    public List<MemberTask> tasksOf(TenantMember me) {
        if (!me.hasTenant()) {
            return List.of();
        }
        int year = declarations.currentYear().buddhistYear();
        List<MemberTask> tasks = new ArrayList<>();
        declarations.mine(me).stream().filter(d -> d.yearly() && d.current() && d.fiscalYear() == year).findFirst()
                .ifPresentOrElse(
                        d -> tasks.add(new MemberTask("interest.task.yearly", "/console/me/interests",
                                "interest.task.signed", List.of(year, d.version()), false)),
                        () -> tasks.add(new MemberTask("interest.task.yearly", "/console/me/interests/new",
                                "interest.task.toSign", List.of(year), true)));
        for (DeclarationCommittee.Seat seat : committees.seatsOf(me.tenant(), me.userId())) {
            boolean waiting = declarations.ownForPurchase(me, seat.purchaseId()).isEmpty();
            if (waiting) {
                tasks.add(new MemberTask("interest.task.committee", "/console/me/interests/committees/"
                        + seat.fiscalYear() + "/" + seat.fiscalMonth() + "/" + seat.purchaseId(),
                        "interest.task.committeeWaiting", List.of(seat.fiscalYear()), true));
            }
        }
        return tasks;
    }

    @Override
    public int order() {
        return 20;
    }
}
