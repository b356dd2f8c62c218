package org.sujarit.complaint.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.ComplaintNotFound;
import org.sujarit.complaint.Complaints;
import org.sujarit.complaint.Complaints.Filed;
import org.sujarit.complaint.Complaints.Lookup;
import org.sujarit.complaint.PersonalData;
import org.sujarit.complaint.Settings;
import org.sujarit.complaint.Source;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.infrastructure.guard.RateLimiter;
import org.sujarit.infrastructure.guard.RateLimiter.Limit;
import org.sujarit.shared.PortalLink;
import org.sujarit.shared.RuleViolation;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;
import org.sujarit.tenant.Units;

/**
 * The citizen's side of the complaint centre, without an account: the two channels, each with its
 * own form; the receipt with the case number and the secret shown once; following a case with
 * number and secret, adding to it, rating it and reopening it.
 */
@Controller
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/complaints")
class CitizenController {

    private static final Logger log = LoggerFactory.getLogger(CitizenController.class);
    /** The cases this browser session has opened with their secret. */
    static final String ACCESS = "sujarit.complaint.access";

    private final Organisations organisations;
    private final Complaints complaints;
    private final Units units;
    private final ReceiptPdf receipts;
    private final Clock clock;
    private final RateLimiter limits;
    /** Filings from one address: by default 10 an hour, enough for a family or a village office sharing a connection. */
    private final Limit filing;
    /** Look-ups from one address, whatever the case (wrong guesses at one case number are limited apart, in Complaints). */
    private final Limit lookup;
    private final Friction friction;

    CitizenController(Organisations organisations, Complaints complaints, Units units, ReceiptPdf receipts, Clock clock,
                      RateLimiter limits, Friction friction, @Value("${sujarit.complaints.filings-per-hour:10}") int filingsPerHour,
                      @Value("${sujarit.complaints.lookups-per-10-minutes:30}") int lookupsPer10Minutes) {
        this.clock = clock;
        this.limits = limits;
        this.friction = friction;
        this.filing = new Limit("complaint-file", filingsPerHour, Duration.ofHours(1));
        this.lookup = new Limit("complaint-lookup", lookupsPer10Minutes, Duration.ofMinutes(10));
        this.organisations = organisations;
        this.complaints = complaints;
        this.units = units;
        this.receipts = receipts;
    }

    @GetMapping
    String home(@PathVariable String slug, Model model) {
        Organisation organisation = organisation(slug);
        model.addAttribute("organisation", organisation);
        model.addAttribute("settings", complaints.settingsToShow(organisation.id()));
        return "complaint/citizen/home";
    }

    // --- filing --------------------------------------------------------------------------------

    @GetMapping("/{channel:general|corruption}")
    String form(@PathVariable String slug, @PathVariable String channel, Model model) {
        model.addAttribute("complaint", CitizenForm.blank());
        return form(organisation(slug), channel(channel), model);
    }

    @PostMapping("/{channel:general|corruption}")
    String file(@PathVariable String slug, @PathVariable String channel,
                @Valid @ModelAttribute("complaint") CitizenForm form, BindingResult binding,
                @RequestParam(name = "files", required = false) List<MultipartFile> files,
                @RequestParam(name = "powChallenge", required = false) String powChallenge,
                @RequestParam(name = "powCounter", required = false) String powCounter, Model model,
                HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        Organisation organisation = organisation(slug);
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
                Filed filed = complaints.file(organisation.id(), form.toFiling(ch, Source.WEB, occurredOn, Uploads.of(files)), null);
                grant(session, filed.caseId());
                model.addAttribute("organisation", organisation);
                model.addAttribute("filed", filed);
                model.addAttribute("case", complaints.get(organisation.id(), filed.caseId()).forCitizen());
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
        model.addAttribute("categories", complaints.activeCategories(organisation.id(), channel));
        model.addAttribute("units", units.activeTree(organisation.id()));
        model.addAttribute("maxFiles", Complaints.MAX_ATTACHMENTS);
        friction.challenge(model);
        return "complaint/citizen/form";
    }

    // --- following a case ----------------------------------------------------------------------

    @GetMapping("/track")
    String trackForm(@PathVariable String slug, Model model) {
        model.addAttribute("organisation", organisation(slug));
        friction.challenge(model);
        return "complaint/citizen/track";
    }

    @PostMapping("/track")
    String track(@PathVariable String slug, @RequestParam(defaultValue = "") String number,
                 @RequestParam(defaultValue = "") String secret,
                 @RequestParam(name = "powChallenge", required = false) String powChallenge,
                 @RequestParam(name = "powCounter", required = false) String powCounter, Model model,
                 HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        Organisation organisation = organisation(slug);
        model.addAttribute("organisation", organisation);
        model.addAttribute("number", number);
        friction.challenge(model);
        if (!limits.tryAcquire(lookup, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("problem", "complaint.track.tooMany");
            return "complaint/citizen/track";
        }
        String refused = friction.check(powChallenge, powCounter, model);
        if (refused != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", refused);
            return "complaint/citizen/track";
        }
        String n = Complaints.normaliseNumber(number);
        if (n == null || org.sujarit.complaint.CaseSecret.normalise(secret).isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", "complaint.track.malformed");
            return "complaint/citizen/track";
        }
        Lookup lookup = complaints.lookUp(organisation.id(), n, secret);
        switch (lookup.result()) {
            case FOUND -> {
                grant(session, lookup.caseId());
                return "redirect:/" + slug + "/complaints/track/" + n;
            }
            case LOCKED -> {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                model.addAttribute("problem", "complaint.track.locked");
                model.addAttribute("problemArg", Math.max(1, (lookup.retryAfter().toSeconds() + 59) / 60));
            }
            default -> {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                model.addAttribute("problem", "complaint.track.notFound");
            }
        }
        return "complaint/citizen/track";
    }

    @GetMapping("/track/{number}")
    String show(@PathVariable String slug, @PathVariable String number, Model model, HttpSession session) {
        Organisation organisation = organisation(slug);
        CaseView c = granted(organisation, number, session);
        if (c == null) {
            return "redirect:/" + slug + "/complaints/track";
        }
        return show(organisation, c, model);
    }

    private String show(Organisation organisation, CaseView c, Model model) {
        model.addAttribute("organisation", organisation);
        Settings settings = complaints.settingsToShow(organisation.id());
        model.addAttribute("case", c.forCitizen());
        model.addAttribute("mayReopen", complaints.citizenMayReopen(c, settings));
        model.addAttribute("settings", settings);
        model.addAttribute("maxFiles", Complaints.MAX_ATTACHMENTS);
        model.addAttribute("now", clock.instant());
        return "complaint/citizen/case";
    }

    @PostMapping("/track/{number}/messages")
    String add(@PathVariable String slug, @PathVariable String number, @RequestParam(defaultValue = "") String text,
               @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
               HttpServletResponse response, HttpSession session, RedirectAttributes redirect) {
        return act(slug, number, session, model, response, redirect, "complaint.track.added", "text", text,
                c -> complaints.citizenAdds(c.tenant(), c.id(), text, Uploads.of(files)));
    }

    @PostMapping("/track/{number}/rating")
    String rate(@PathVariable String slug, @PathVariable String number, @RequestParam(defaultValue = "0") String satisfaction,
                @RequestParam(defaultValue = "") String comment, Model model, HttpServletResponse response,
                HttpSession session, RedirectAttributes redirect) {
        int stars = satisfaction.matches("[1-5]") ? Integer.parseInt(satisfaction) : 0;
        return act(slug, number, session, model, response, redirect, "complaint.track.rated", "comment", comment,
                c -> complaints.rate(c.tenant(), c.id(), stars, comment));
    }

    @PostMapping("/track/{number}/reopen")
    String reopen(@PathVariable String slug, @PathVariable String number, @RequestParam(defaultValue = "") String reason,
                  Model model, HttpServletResponse response, HttpSession session, RedirectAttributes redirect) {
        return act(slug, number, session, model, response, redirect, "complaint.track.reopened", "reason", reason,
                c -> complaints.reopenByCitizen(c.tenant(), c.id(), reason));
    }

    private record Target(org.sujarit.shared.TenantId tenant, UUID id) {
    }

    private interface Action {
        void run(Target target);
    }

    /** Runs a citizen's action on a case the session holds; a broken rule shows the case again with the text kept. */
    private String act(String slug, String number, HttpSession session, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, String notice, String field, String typed, Action action) {
        Organisation organisation = organisation(slug);
        CaseView c = granted(organisation, number, session);
        if (c == null) {
            return "redirect:/" + slug + "/complaints/track";
        }
        try {
            action.run(new Target(organisation.id(), c.id()));
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/" + slug + "/complaints/track/" + c.number();
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", violation.messageKey());
            model.addAttribute("problemField", field);
            model.addAttribute("typed_" + field, typed);
            return show(organisation, complaints.get(organisation.id(), c.id()), model);
        }
    }

    @GetMapping("/track/{number}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable String number, @PathVariable UUID fileId,
                                HttpSession session) {
        Organisation organisation = organisation(slug);
        CaseView c = granted(organisation, number, session);
        if (c == null) {
            throw new ComplaintNotFound("case");
        }
        return Attachments.response(complaints.attachment(organisation.id(), c.id(), fileId, true)
                .orElseThrow(() -> new ComplaintNotFound("file")));
    }

    @GetMapping("/track/{number}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String slug, @PathVariable String number, HttpSession session) {
        Organisation organisation = organisation(slug);
        CaseView c = granted(organisation, number, session);
        if (c == null) {
            throw new ComplaintNotFound("case");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename("receipt-" + c.number() + ".pdf").build().toString())
                .body(receipts.receipt(organisation, c.forCitizen(), complaints.settings(organisation.id())));
    }

    /** Forgets the cases this browser opened, e.g. on a shared computer. */
    @PostMapping("/track/forget")
    String forget(@PathVariable String slug, HttpSession session, RedirectAttributes redirect) {
        session.removeAttribute(ACCESS);
        redirect.addFlashAttribute("notice", "complaint.track.forgotten");
        return "redirect:/" + slug + "/complaints/track";
    }

    @ExceptionHandler(DocumentUnavailable.class)
    ModelAndView unavailable(DocumentUnavailable e) {
        return DocumentFiles.unavailable(log, e, "complaint.receipt.unavailable");
    }

    // -------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static void grant(HttpSession session, UUID caseId) {
        Set<UUID> access = (Set<UUID>) session.getAttribute(ACCESS);
        Set<UUID> updated = access == null ? new HashSet<>() : new HashSet<>(access);
        updated.add(caseId);
        session.setAttribute(ACCESS, updated);
    }

    /** The case of this number when this session opened it with its secret; else null. */
    @SuppressWarnings("unchecked")
    private CaseView granted(Organisation organisation, String number, HttpSession session) {
        Set<UUID> access = (Set<UUID>) session.getAttribute(ACCESS);
        if (access == null) {
            return null;
        }
        return complaints.findForCitizen(organisation.id(), number).filter(c -> access.contains(c.id())).orElse(null);
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new ComplaintNotFound("organisation"));
    }

    private static Channel channel(String path) {
        return Channel.ofPath(path).orElseThrow(() -> new ComplaintNotFound("channel"));
    }

    @Bean
    static PortalLink complaintPortalLink() {
        return new PortalLink("portal.complaints", "/complaints", "portal.complaintsDescription", 30);
    }
}
