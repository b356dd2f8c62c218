package org.sujarit.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.sujarit.disclosure.Disclosures;
import org.sujarit.disclosure.PublicationDraft;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Ban Tom's sample publications of the current fiscal year and who answers for some items, from
 * {@code demo/bantom-disclosure.yml}; loaded once, when the tenant has published nothing this year.
 */
@Component
class DemoDisclosureLoader {

    record DemoDisclosure(Map<String, String> responsible, List<DemoPublication> publications) {
    }

    record DemoPublication(String item, String period, int day, String title, String notes) {
    }

    private final Disclosures disclosures;
    private final Units units;
    private final Clock clock;

    DemoDisclosureLoader(Disclosures disclosures, Units units, Clock clock) {
        this.disclosures = disclosures;
        this.units = units;
        this.clock = clock;
    }

    void load(TenantId tenant, String file, java.util.UUID publisher) {
        FiscalYear year = disclosures.currentYear();
        if (!disclosures.publications(tenant, year, null, false).isEmpty()) {
            return;
        }
        DemoDisclosure demo = read(file);
        Map<String, UnitId> paths = units.byPath(tenant);
        demo.responsible().forEach((item, unit) -> disclosures.assign(tenant, year, item, paths.get(unit)));
        LocalDate today = LocalDate.now(clock);
        for (DemoPublication p : demo.publications()) {
            LocalDate on = year.firstDay().plusDays(p.day());
            disclosures.publish(tenant, year, p.item(), new PublicationDraft(p.period(), p.title(),
                    on.isAfter(today) ? today : on, null, null, null, p.notes()), publisher);
        }
    }

    private static DemoDisclosure read(String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return new YAMLMapper().readValue(in, DemoDisclosure.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data " + file, e);
        }
    }
}
