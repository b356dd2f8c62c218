package org.sujarit.complaint.open311;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.FilingComplaints;
import org.sujarit.complaint.PublicCases;
import org.sujarit.complaint.PublicCases.PublicCase;
import org.sujarit.complaint.Settings;
import org.sujarit.infrastructure.guard.RateLimiter;
import org.sujarit.infrastructure.guard.RateLimiter.Limit;
import org.sujarit.shared.RuleViolation;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/**
 * Open311 service requests of the general channel: the public list and single requests, and
 * filing one (form-encoded, no session, no CSRF token — it is an API for other applications). A
 * request's id is its case number; filing is synchronous, so a token is the case number too.
 * Filings count against the same limit per address as the portal's form, so that Open311 is no way
 * around it.
 */
@RestController
@RequestMapping("/open311/v2/{slug:" + Slugs.PATTERN + "}")
class Open311RequestsController {

    private final Organisations organisations;
    private final FilingComplaints filings;
    private final ComplaintSettings settings;
    private final PublicCases cases;
    private final MessageSource messages;
    private final Clock clock;
    private final String publicUrl;
    private final RateLimiter limits;
    private final Limit filing;

    Open311RequestsController(Organisations organisations, FilingComplaints filings, ComplaintSettings settings, PublicCases cases, MessageSource messages,
                              Clock clock, @Value("${sujarit.public-url:http://localhost:8080}") String publicUrl,
                              RateLimiter limits, @Value("${sujarit.complaints.filings-per-hour:10}") int filingsPerHour) {
        this.organisations = organisations;
        this.filings = filings;
        this.settings = settings;
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.limits = limits;
        this.filing = new Limit("complaint-file", filingsPerHour, Duration.ofHours(1));
    }

    @GetMapping("/requests.json")
    List<GeoReport.Request> requests(@PathVariable String slug,
                                     @RequestParam(name = "service_request_id", required = false) String ids,
                                     @RequestParam(name = "service_code", required = false) String codes,
                                     @RequestParam(name = "start_date", required = false) String startDate,
                                     @RequestParam(name = "end_date", required = false) String endDate,
                                     @RequestParam(name = "status", required = false) String status, Locale locale) {
        Organisation organisation = Open311ServicesController.organisation(organisations, slug);
        PublicCases.Query query = RequestFilters.query(ids, codes, startDate, endDate, status, clock.instant());
        if (query == null) {
            return List.of();
        }
        String notice = deadlineNotice(organisation, locale);
        return cases.search(organisation.id(), query).stream().map(c -> request(organisation, c, notice, locale)).toList();
    }

    @GetMapping("/requests/{id}.json")
    List<GeoReport.Request> request(@PathVariable String slug, @PathVariable String id, Locale locale) {
        Organisation organisation = Open311ServicesController.organisation(organisations, slug);
        PublicCase c = cases.find(organisation.id(), id).orElseThrow(() -> Open311Problem.notFound("open311.error.request"));
        return List.of(request(organisation, c, deadlineNotice(organisation, locale), locale));
    }

    @GetMapping("/tokens/{token}.json")
    List<GeoReport.Token> token(@PathVariable String slug, @PathVariable String token) {
        Organisation organisation = Open311ServicesController.organisation(organisations, slug);
        PublicCase c = cases.find(organisation.id(), token).orElseThrow(() -> Open311Problem.notFound("open311.error.token"));
        return List.of(new GeoReport.Token(c.number(), c.number()));
    }

    @PostMapping("/requests.json")
    ResponseEntity<List<GeoReport.Created>> create(@PathVariable String slug,
                                                   @RequestParam(name = "service_code", required = false) String serviceCode,
                                                   @RequestParam(name = "lat", required = false) String lat,
                                                   @RequestParam(name = "long", required = false) String lon,
                                                   @RequestParam(name = "address_string", required = false) String address,
                                                   @RequestParam(name = "description", required = false) String description,
                                                   @RequestParam(name = "first_name", required = false) String firstName,
                                                   @RequestParam(name = "last_name", required = false) String lastName,
                                                   @RequestParam(name = "email", required = false) String email,
                                                   @RequestParam(name = "phone", required = false) String phone,
                                                   @RequestParam(name = "media_url", required = false) String mediaUrl,
                                                   Locale locale, HttpServletRequest request) {
        Organisation organisation = Open311ServicesController.organisation(organisations, slug);
        PostedRequest posted = new PostedRequest(serviceCode, lat, lon, address, description, firstName, lastName, email, phone,
                mediaUrl);
        posted.check();
        if (!limits.tryAcquire(filing, request.getRemoteAddr())) {
            throw new Open311Problem(HttpStatus.TOO_MANY_REQUESTS, "open311.error.tooMany");
        }
        Category category = Open311ServicesController.service(settings, organisation, serviceCode.strip());
        FilingComplaints.Filed filed;
        try {
            filed = filings.file(organisation.id(), posted.filing(category.id()), null);
        } catch (RuleViolation violation) {
            throw Open311Problem.badRequest(PostedRequest.errorKey(violation));
        }
        Settings centre = settings.settings(organisation.id());
        String notice = messages.getMessage("open311.notice.filed", new Object[] {filed.number(), filed.groupedSecret(),
                trackingUrl(organisation), centre.acknowledgeDays(), centre.actionDays()}, locale);
        if (mediaUrl != null && !mediaUrl.isBlank()) {
            notice += " " + messages.getMessage("open311.notice.media", null, locale);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(List.of(new GeoReport.Created(filed.number(), notice, null)));
    }

    private GeoReport.Request request(Organisation organisation, PublicCase c, String notice, Locale locale) {
        String agency = c.unit(locale) != null ? c.unit(locale) : organisation.name(locale);
        return new GeoReport.Request(c.number(), c.open() ? "open" : "closed", c.latestReply(), c.category(locale),
                c.categoryCode(), c.summary(), agency, notice, GeoReport.time(c.filedAt()), GeoReport.time(c.updatedAt()),
                GeoReport.time(c.actionDue()), c.address(), null, null, c.latitude(), c.longitude(), null);
    }

    private String deadlineNotice(Organisation organisation, Locale locale) {
        Settings centre = settings.settings(organisation.id());
        return messages.getMessage("open311.notice.deadlines",
                new Object[] {centre.acknowledgeDays(), centre.actionDays()}, locale);
    }

    private String trackingUrl(Organisation organisation) {
        return publicUrl + "/" + organisation.slug() + "/complaints/track";
    }
}
