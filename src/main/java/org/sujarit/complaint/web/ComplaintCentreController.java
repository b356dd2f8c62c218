package org.sujarit.complaint.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.sujarit.complaint.Cases;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.ComplaintNotFound;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.Filing;
import org.sujarit.complaint.FilingComplaints;
import org.sujarit.complaint.FilingComplaints.Filed;
import org.sujarit.complaint.PersonalData;
import org.sujarit.complaint.Source;
import org.sujarit.infrastructure.guard.Friction;
import org.sujarit.infrastructure.guard.RateLimiter;
import org.sujarit.infrastructure.guard.RateLimiter.Limit;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.portal.PortalLink;
import org.sujarit.shared.RuleViolation;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Slugs;
import org.sujarit.tenant.Units;

/**
 * A citizen files a complaint, without an account: the centre's page with its two channels, each
 * with its own form; the receipt with the case number and the secret shown once.
 *
 * <p>A few lines over 150 on purpose: the anonymous filing's guards (the rate limit per address and
 * the proof of work) sit beside the one handler they protect, where a reader of the form sees them.
 */
@Controller
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/complaints")
class ComplaintCentreController {

    private final CitizenAccess access;
    private final FilingComplaints filings;
    private final Cases cases;
    private final ComplaintSettings settings;
    private final Units units;
    private final RateLimiter limits;
    /** Filings from one address: by default 10 an hour, enough for a family or a village office sharing a connection. */
    private final Limit filing;
    private final Friction friction;

    ComplaintCentreController(CitizenAccess access, FilingComplaints filings, Cases cases, ComplaintSettings settings,
                              Units units, RateLimiter limits, Friction friction,
                              @Value("${sujarit.complaints.filings-per-hour:10}") int filingsPerHour) {
        this.access = access;
        this.filings = filings;
        this.cases = cases;
        this.settings = settings;
        this.units = units;
        this.limits = limits;
        this.friction = friction;
        this.filing = new Limit("complaint-file", filingsPerHour, Duration.ofHours(1));
    }

    @GetMapping
    String home(@PathVariable String slug, Model model) {
        Organisation organisation = access.organisation(slug);
        model.addAttribute("organisation", organisation);
        model.addAttribute("settings", settings.settingsToShow(organisation.id()));
        return "complaint/citizen/home";
    }

    @GetMapping("/{channel:general|corruption}")
    String form(@PathVariable String slug, @PathVariable String channel, Model model) {
        model.addAttribute("complaint", CitizenForm.blank());
        return form(access.organisation(slug), channel(channel), model);
    }

    @PostMapping("/{channel:general|corruption}")
    String file(@PathVariable String slug, @PathVariable String channel,
                @Valid @ModelAttribute("complaint") CitizenForm form, BindingResult binding,
                @RequestParam(name = "files", required = false) List<MultipartFile> files,
                @RequestParam(name = "powChallenge", required = false) String powChallenge,
                @RequestParam(name = "powCounter", required = false) String powCounter, Model model,
                HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        Organisation organisation = access.organisation(slug);
        Channel ch = channel(channel);
        model.addAttribute("filesDropped", Uploads.any(files));
        if (!limits.tryAcquire(filing, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("problem", "complaint.form.tooMany");
            return form(organisation, ch, model);
        }
        String refused = friction.check(powChallenge, powCounter, model);
        if (refused != null) {
            FormErrors.unprocessable(response);
            model.addAttribute("problem", refused);
            return form(organisation, ch, model);
        }
        LocalDate occurredOn = form == null ? null : form.occurredOn(binding);
        List<PersonalData.Finding> personalData = personalData(form, binding);
        model.addAttribute("personalData", personalData);
        if (!binding.hasErrors() && !form.personalDataChecked() && !personalData.isEmpty()) {
            binding.reject("complaint.personalData.check");
        }
        if (!binding.hasErrors()) {
            try {
                Filed filed = filings.file(organisation.id(), form.toFiling(ch, Source.WEB, occurredOn, Uploads.of(files)), null);
                access.grant(session, filed.caseId());
                model.addAttribute("organisation", organisation);
                model.addAttribute("filed", filed);
                model.addAttribute("case", cases.get(organisation.id(), filed.caseId()).forCitizen());
                return "complaint/citizen/receipt";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return form(organisation, ch, model);
    }

    /**
     * Personal data in the free text, looked for only in text the form accepted: a text refused for its length is
     * not read, whatever its length (nor is a form refused before its fields are looked at).
     */
    private static List<PersonalData.Finding> personalData(CitizenForm form, BindingResult binding) {
        return form == null || CitizenForm.FREE_TEXT.stream().anyMatch(binding::hasFieldErrors) ? List.of()
                : form.personalData();
    }

    private String form(Organisation organisation, Channel channel, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("channel", channel);
        model.addAttribute("categories", settings.activeCategories(organisation.id(), channel));
        model.addAttribute("units", units.activeTree(organisation.id()));
        model.addAttribute("maxFiles", Filing.MAX_ATTACHMENTS);
        friction.challenge(model);
        return "complaint/citizen/form";
    }

    private static Channel channel(String path) {
        return Channel.ofPath(path).orElseThrow(() -> new ComplaintNotFound("channel"));
    }

    @Bean
    static PortalLink complaintPortalLink() {
        return new PortalLink("portal.complaints", "/complaints", "portal.complaintsDescription", 30);
    }
}
