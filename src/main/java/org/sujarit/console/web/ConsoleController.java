package org.sujarit.console.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sujarit.console.DashboardCard;
import org.sujarit.shared.TenantMember;

/** The console's home: the tenant, the user's roles, the modules' figures and where to go from here. */
@Controller
class ConsoleController {

    private final List<DashboardCard.Source> sources;

    ConsoleController(ObjectProvider<DashboardCard.Source> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(DashboardCard.Source::order)).toList();
    }

    @GetMapping("/console")
    String home(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("cards", sources.stream().map(source -> source.card(me.tenant()))
                .flatMap(Optional::stream).toList());
        return "console/home";
    }
}
