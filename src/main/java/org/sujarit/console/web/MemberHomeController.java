package org.sujarit.console.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sujarit.console.MemberTask;
import org.sujarit.shared.ConsoleLink;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.Role;

/**
 * A member of staff's own page: what the programme asks of them, what still waits first. The
 * security configuration lets every account of a local government in here, the basic staff role
 * included, and the basic staff role nowhere else in the console.
 */
@Controller
class MemberHomeController {

    private final List<MemberTask.Source> sources;

    MemberHomeController(ObjectProvider<MemberTask.Source> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(MemberTask.Source::order)).toList();
    }

    @GetMapping("/console/me")
    String home(@AuthenticationPrincipal TenantMember me, Model model) {
        List<MemberTask> tasks = sources.stream().flatMap(source -> source.tasksOf(me).stream()).toList();
        model.addAttribute("waiting", tasks.stream().filter(MemberTask::due).toList());
        model.addAttribute("done", tasks.stream().filter(task -> !task.due()).toList());
        return "console/me";
    }

    @Bean
    static ConsoleLink memberLink() {
        return new ConsoleLink("console.me", "/console/me", Role.MEMBER_ROLES.stream().map(Role::name).toList(), 1);
    }
}
