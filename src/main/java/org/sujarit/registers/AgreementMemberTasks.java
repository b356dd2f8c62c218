package org.sujarit.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.console.MemberTask;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantMember;

/**
 * On a person's own page: their agreement of the current year (to sign, waiting for the
 * supervisor, signed, assessed, or not drafted yet), and, for a supervisor, how many of those they
 * supervise wait for their signature.
 */
@Component
class AgreementMemberTasks implements MemberTask.Source {

    private static final String HREF = "/console/me/agreements";

    private final AgreementRegister register;
    private final Clock clock;

    AgreementMemberTasks(AgreementRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Override
    public List<MemberTask> tasksOf(TenantMember member) {
        if (!member.hasTenant()) {
            return List.of();
        }
        int year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        List<Agreement> ofYear = register.ofParty(member.tenant(), member.userId()).stream()
                .filter(a -> a.fiscalYear() == year).toList();
        List<MemberTask> tasks = new ArrayList<>();
        List<Agreement> own = ofYear.stream().filter(a -> a.person().id().equals(member.userId())).toList();
        if (own.isEmpty()) {
            tasks.add(new MemberTask("agreement.task", HREF, "agreement.state.NOT_DRAFTED", List.of(), false));
        }
        for (Agreement agreement : own) {
            AgreementState state = agreement.state();
            tasks.add(new MemberTask("agreement.task", HREF + "/" + agreement.id(), state.messageKey(), List.of(),
                    state == AgreementState.AWAITING_PERSON));
        }
        long toSign = ofYear.stream().filter(a -> a.supervisor().id().equals(member.userId()) && a.awaits(member.userId()))
                .count();
        long supervised = ofYear.stream().filter(a -> a.supervisor().id().equals(member.userId())).count();
        if (supervised > 0) {
            tasks.add(new MemberTask("agreement.supervisorTask", HREF, "agreement.supervisorTaskState",
                    List.of(toSign, supervised), toSign > 0));
        }
        return tasks;
    }

    @Override
    public int order() {
        return 30;
    }
}
