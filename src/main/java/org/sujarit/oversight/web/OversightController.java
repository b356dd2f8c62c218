package org.sujarit.oversight.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sujarit.staff.OversightScope;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.tenant.CensusRow;
import org.sujarit.tenant.OrganisationKind;
import org.sujarit.tenant.Organisations;

/** The oversight dashboard: aggregates within the user's province, region or the nation. */
@Controller
class OversightController {

    private final Organisations organisations;

    OversightController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/oversight")
    String dashboard(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        OversightScope scope = me.oversight();
        List<CensusRow> census = organisations.census(scope.provinceCode(), scope.region());
        Map<OrganisationKind, Integer> byKind = new TreeMap<>();
        census.forEach(row -> byKind.merge(row.kind(), row.count(), Integer::sum));
        model.addAttribute("scope", scope);
        model.addAttribute("scopeProvince", scope.provinceCode() == null ? null
                : organisations.province(scope.provinceCode()).orElse(null));
        model.addAttribute("census", census);
        model.addAttribute("byKind", byKind);
        model.addAttribute("total", byKind.values().stream().mapToInt(Integer::intValue).sum());
        return "oversight/dashboard";
    }
}
