package org.sujarit.complaint.open311;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.tenant.Contacts;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/**
 * Open311 discovery and the service list of a local government: one service per active category of
 * the general channel, its code the category's code. The corruption channel is not offered here.
 */
@RestController
@RequestMapping("/open311/v2/{slug:" + Slugs.PATTERN + "}")
class Open311ServicesController {

    /** When this description of the endpoint last changed. */
    static final String CHANGESET = "2026-11-26T00:00:00+07:00";

    private final Organisations organisations;
    private final ComplaintSettings settings;
    private final MessageSource messages;
    private final String publicUrl;

    Open311ServicesController(Organisations organisations, ComplaintSettings settings, MessageSource messages,
                              @Value("${sujarit.public-url:http://localhost:8080}") String publicUrl) {
        this.organisations = organisations;
        this.settings = settings;
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping("/discovery.json")
    GeoReport.Discovery discovery(@PathVariable String slug, Locale locale) {
        Organisation organisation = organisation(organisations, slug);
        Contacts contacts = organisation.contacts() == null ? Contacts.none() : organisation.contacts();
        String contact = String.join(" ", Stream.of(organisation.name(locale), contacts.phone(), contacts.email())
                .filter(s -> s != null && !s.isBlank()).toList());
        return new GeoReport.Discovery(CHANGESET, contact, messages.getMessage("open311.keyService", null, locale),
                List.of(new GeoReport.Endpoint(GeoReport.SPECIFICATION, publicUrl + "/open311/v2/" + organisation.slug(),
                        CHANGESET, "production", List.of("application/json"))));
    }

    @GetMapping("/services.json")
    List<GeoReport.Service> services(@PathVariable String slug, Locale locale) {
        Organisation organisation = organisation(organisations, slug);
        String group = messages.getMessage("open311.group.general", null, locale);
        return settings.activeCategories(organisation.id(), Channel.GENERAL).stream()
                .map(c -> new GeoReport.Service(c.code(), c.name(locale), description(c, locale), false, "realtime", "",
                        group))
                .toList();
    }

    @GetMapping("/services/{code}.json")
    GeoReport.ServiceDefinition service(@PathVariable String slug, @PathVariable String code) {
        Organisation organisation = organisation(organisations, slug);
        Category category = service(settings, organisation, code);
        return new GeoReport.ServiceDefinition(category.code(), List.of());
    }

    private static String description(Category c, Locale locale) {
        String description = c.description(locale);
        return description == null || description.isBlank() ? c.name(locale) : description;
    }

    static Organisation organisation(Organisations organisations, String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> Open311Problem.notFound("open311.error.organisation"));
    }

    /** An active category of the general channel, or 404. */
    static Category service(ComplaintSettings settings, Organisation organisation, String code) {
        return settings.activeCategories(organisation.id(), Channel.GENERAL).stream()
                .filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> Open311Problem.notFound("open311.error.service"));
    }
}
