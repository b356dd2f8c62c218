package org.sujarit.registers;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.console.MemberTask;
import org.sujarit.shared.TenantMember;

/** On a person's own page: the code of ethics in force, to acknowledge or acknowledged. */
@Component
class EthicsMemberTasks implements MemberTask.Source {

    private final EthicsCodes codes;

    EthicsMemberTasks(EthicsCodes codes) {
        this.codes = codes;
    }

    @Override
    public List<MemberTask> tasksOf(TenantMember member) {
        if (!member.hasTenant()) {
            return List.of();
        }
        return codes.inForce(member.tenant()).map(code -> {
            boolean acknowledged = codes.acknowledgedAt(member.tenant(), member.userId(), code.id()).isPresent();
            return List.of(new MemberTask("ethics.task", "/console/me/ethics",
                    acknowledged ? "ethics.taskAcknowledged" : "ethics.taskToAcknowledge", List.of(code.version()),
                    !acknowledged));
        }).orElse(List.of());
    }

    @Override
    public int order() {
        return 20;
    }
}
