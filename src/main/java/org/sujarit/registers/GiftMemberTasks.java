package org.sujarit.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.console.MemberTask;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantMember;

/**
 * On each person's own page: the gift register, with how many gifts they recorded this fiscal year
 * and how many of their reports still wait for the head of the agency. Recording is asked of no
 * one who received nothing, so the task waits only while a report of theirs is undecided.
 */
@Component
class GiftMemberTasks implements MemberTask.Source {

    private final Gifts gifts;
    private final Clock clock;

    GiftMemberTasks(Gifts gifts, Clock clock) {
        this.gifts = gifts;
        this.clock = clock;
    }

    @Override
    public List<MemberTask> tasksOf(TenantMember member) {
        FiscalYear year = FiscalYear.containing(LocalDate.now(clock));
        List<Gift> own = gifts.own(member.tenant(), member.userId(), year);
        long waiting = own.stream().filter(Gift::awaitingDecision).count();
        return List.of(waiting > 0
                ? new MemberTask("registers.gift.task", "/console/me/gifts", "registers.gift.taskWaiting",
                        List.of(own.size(), waiting), true)
                : new MemberTask("registers.gift.task", "/console/me/gifts", "registers.gift.taskRecorded",
                        List.of(own.size()), false));
    }

    @Override
    public int order() {
        return 10;
    }
}
