package org.sujarit.procurement.web;

import java.time.LocalDate;

import org.springframework.ui.Model;
import org.sujarit.procurement.MonthSummary;

/** A month's page, shown by itself and again with an import's report. */
final class MonthPage {

    static final String VIEW = "procurement/month";

    private MonthPage() {
    }

    static String show(MonthSummary summary, LocalDate today, Model model) {
        boolean editor = ProcurementRoles.editor();
        model.addAttribute("summary", summary);
        model.addAttribute("today", today);
        model.addAttribute("editor", editor);
        model.addAttribute("editable", editor && !summary.isPublished() && summary.month().begunOn(today));
        return VIEW;
    }
}
