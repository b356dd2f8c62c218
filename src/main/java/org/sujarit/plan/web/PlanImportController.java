package org.sujarit.plan.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Plans;
import org.sujarit.plan.Plans.ImportedPlacement;
import org.sujarit.plan.importing.ImportResult;
import org.sujarit.plan.importing.PlanTextImport;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/**
 * Importing the detail sheets of a plan written in the standard template: paste the text or upload
 * it (plain text or DOCX), review what was read and where each item goes, then add the items to the
 * draft. Nothing is saved before the officer says so.
 */
@Controller
@RequestMapping("/console/plan/import")
@PreAuthorize("hasRole('INTEGRITY_OFFICER')")
class PlanImportController {

    static final int MAX_TEXT = 2_000_000;

    private final Plans plans;
    private final PlanPages pages;
    private final PlanTextImport importer = new PlanTextImport();

    PlanImportController(Plans plans, PlanPages pages) {
        this.plans = plans;
        this.pages = pages;
    }

    @GetMapping
    String form(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("plan", pages.draft(me));
        model.addAttribute("text", "");
        return "plan/import";
    }

    /** Reads the text and shows what it holds; nothing is stored. */
    @PostMapping
    String preview(@AuthenticationPrincipal TenantMember me, @RequestParam(defaultValue = "") String text,
                   @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        PlanView plan = pages.draft(me);
        String source = text;
        if (file != null && !file.isEmpty()) {
            try {
                source = PlanTextFile.read(file);
            } catch (RuleViolation violation) {
                model.addAttribute("problem", violation.messageKey());
                source = text;
            }
        }
        if (source.length() > MAX_TEXT) {
            model.addAttribute("problem", "plan.import.tooLong");
            source = source.substring(0, MAX_TEXT);
        }
        ImportResult result = parse(me, plan, source);
        if (result.items().isEmpty()) {
            response.setStatus(422);
        }
        return preview(model, plan, source, result, ImportRows.read(result, plan));
    }

    /**
     * Reads the same text again and adds its items to the draft, each into the chosen dimension and a
     * sum without a year into the chosen year. Until every item has both, nothing is added: the
     * preview comes back with what was chosen and says how many items are still open.
     */
    @PostMapping("/save")
    String save(@AuthenticationPrincipal TenantMember me, @RequestParam String text,
                @RequestParam(required = false) List<String> dimensions,
                @RequestParam(required = false) List<String> budgetYears, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        PlanView plan = pages.draft(me);
        String source = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        ImportResult result = parse(me, plan, source);
        List<ImportRow> rows = ImportRows.chosen(result, plan, dimensions, budgetYears);
        long open = rows.stream().filter(row -> !row.complete()).count();
        if (open > 0) {
            response.setStatus(422);
            model.addAttribute("open", open);
            return preview(model, plan, source, result, rows);
        }
        int firstYear = plan.header().firstYear();
        int lastYear = plan.header().lastYear();
        List<ImportedPlacement> placements = rows.stream()
                .map(row -> new ImportedPlacement(row.dimensionId(), row.content(firstYear, lastYear))).toList();
        try {
            int added = plans.addImported(me.tenant(), plan.revisionId(), placements);
            redirect.addFlashAttribute("notice", added == 0 ? "plan.import.nothing" : "plan.import.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/plan";
    }

    private static String preview(Model model, PlanView plan, String text, ImportResult result, List<ImportRow> rows) {
        model.addAttribute("plan", plan);
        model.addAttribute("text", text);
        model.addAttribute("result", result);
        model.addAttribute("rows", rows);
        model.addAttribute("dimensions", PlanPages.flatten(plan.dimensions()));
        model.addAttribute("years", IntStream.rangeClosed(plan.header().firstYear(), plan.header().lastYear()).boxed().toList());
        return "plan/import";
    }

    private ImportResult parse(TenantMember me, PlanView plan, String text) {
        return importer.parse(text, plan.header().firstYear(), plan.header().lastYear(), plans.unitPathList(me.tenant()));
    }
}
