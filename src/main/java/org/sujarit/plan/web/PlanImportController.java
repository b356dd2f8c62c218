package org.sujarit.plan.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
                source = read(file);
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
        model.addAttribute("plan", plan);
        model.addAttribute("text", source);
        model.addAttribute("result", result);
        model.addAttribute("dimensions", PlanPages.flatten(plan.dimensions()));
        return "plan/import";
    }

    /** Reads the same text again and adds its items to the draft, each into the chosen dimension. */
    @PostMapping("/save")
    String save(@AuthenticationPrincipal TenantMember me, @RequestParam String text,
                @RequestParam(required = false) List<UUID> dimensions, RedirectAttributes redirect) {
        PlanView plan = pages.draft(me);
        ImportResult result = parse(me, plan, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        List<ImportedPlacement> placements = new ArrayList<>();
        for (int i = 0; i < result.items().size(); i++) {
            UUID dimension = dimensions != null && i < dimensions.size() && dimensions.get(i) != null
                    ? dimensions.get(i) : plan.dimensions().get(0).id();
            placements.add(new ImportedPlacement(dimension, result.items().get(i).content()));
        }
        try {
            int added = plans.addImported(me.tenant(), plan.revisionId(), placements);
            redirect.addFlashAttribute("notice", added == 0 ? "plan.import.nothing" : "plan.import.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/plan";
    }

    private ImportResult parse(TenantMember me, PlanView plan, String text) {
        return importer.parse(text, plan.header().firstYear(), plan.header().lastYear(), plans.unitPathList(me.tenant()));
    }

    /** Plain text (UTF-8) or the text of a DOCX, judged by the file's first bytes. */
    private static String read(MultipartFile file) throws IOException {
        if (file.getSize() > 20L * 1024 * 1024) {
            throw new RuleViolation("file", "plan.import.fileTooLarge");
        }
        byte[] head = new byte[4];
        try (InputStream in = file.getInputStream()) {
            int n = in.readNBytes(head, 0, 4);
            if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                try (InputStream docx = file.getInputStream(); XWPFDocument document = new XWPFDocument(docx);
                     XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    return extractor.getText();
                } catch (RuntimeException notWord) {
                    throw new RuleViolation("file", "plan.import.fileType");
                }
            }
        }
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        if (text.indexOf('\u0000') >= 0 || text.contains("\uFFFD")) {
            throw new RuleViolation("file", "plan.import.fileType");
        }
        return text;
    }
}
