package org.sujarit.complaint.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Cases;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.FilingComplaints;
import org.sujarit.complaint.FilingComplaints.Filed;
import org.sujarit.complaint.Source;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Units;

/**
 * A complaint recorded on the citizen's behalf. The receipt with the secret is the answer to the
 * POST itself: the secret goes nowhere else — not into a redirect, the session or a flash
 * attribute — and is never shown again.
 */
@Controller
@RequestMapping("/console/complaints/new")
@PreAuthorize("hasRole('INTEGRITY_OFFICER')")
class RecordComplaintController {

    /** Submissions already filed in this session, by token, with their case number. */
    static final String RECORDED = RecordComplaintController.class.getName() + ".recorded";
    private static final int REMEMBERED = 50;

    private final FilingComplaints filings;
    private final Cases cases;
    private final ComplaintSettings settings;
    private final Units units;
    private final Organisations organisations;
    private final String publicUrl;

    RecordComplaintController(FilingComplaints filings, Cases cases, ComplaintSettings settings, Units units, Organisations organisations,
                              @Value("${sujarit.public-url:http://localhost:8080}") String publicUrl) {
        this.filings = filings;
        this.cases = cases;
        this.settings = settings;
        this.units = units;
        this.organisations = organisations;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping
    String form(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("form", RecordForm.blank(UUID.randomUUID().toString()));
        return view(me, model);
    }

    @PostMapping
    String record(@AuthenticationPrincipal TenantMember me, @Valid @ModelAttribute("form") RecordForm form,
                  BindingResult binding, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  HttpSession session, Model model, HttpServletResponse response) {
        String earlier = form == null || form.submission() == null ? null : recorded(session).get(form.submission());
        if (earlier != null) {
            model.addAttribute("number", earlier);
            return "complaint/recorded-already";
        }
        if (!binding.hasErrors()) {
            try {
                if (!form.source().onBehalf()) {
                    throw new RuleViolation("source", "complaint.source.onBehalf");
                }
                Filed filed = filings.file(me.tenant(), form.toFiling(Uploads.of(files)), me.userId());
                remember(session, form.submission(), filed.number());
                model.addAttribute("filed", filed);
                model.addAttribute("c", cases.get(me.tenant(), filed.caseId()));
                Organisation organisation = organisations.find(me.tenant()).orElseThrow();
                model.addAttribute("organisation", organisation);
                model.addAttribute("portalUrl", publicUrl + "/" + organisation.slug());
                return "complaint/receipt";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return view(me, model);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> recorded(HttpSession session) {
        Object value = session.getAttribute(RECORDED);
        return value instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    private static void remember(HttpSession session, String submission, String number) {
        if (submission == null || submission.isBlank()) {
            return;
        }
        Map<String, String> recorded = new HashMap<>(recorded(session));
        if (recorded.size() >= REMEMBERED) {
            recorded.clear();
        }
        recorded.put(submission, number);
        session.setAttribute(RECORDED, recorded);
    }

    private String view(TenantMember me, Model model) {
        model.addAttribute("general", settings.activeCategories(me.tenant(), Channel.GENERAL));
        model.addAttribute("corruption", settings.activeCategories(me.tenant(), Channel.CORRUPTION));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("sources", List.of(Source.PHONE, Source.LETTER, Source.WALK_IN, Source.EMAIL));
        model.addAttribute("units", units.activeTree(me.tenant()));
        return "complaint/record";
    }
}
