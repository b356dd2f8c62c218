package org.sujarit.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.registers.AgreementContent;
import org.sujarit.registers.AgreementGoal;
import org.sujarit.registers.AgreementRegister;
import org.sujarit.registers.DraftingAgreements;
import org.sujarit.registers.EthicsCodeDraft;
import org.sujarit.registers.EthicsCodes;
import org.sujarit.registers.SigningAgreements;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.Organisations;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Ban Tom's invented code of ethics with most accounts' acknowledgements, and agreements of the
 * current fiscal year (some signed, one awaiting the supervisor), from {@code demo/bantom-agreements.yml}.
 * Runs once the demo tenant is loaded; each part only when the tenant has none of it yet.
 */
@Component
class DemoAgreementLoader {

    static final String FILE = "demo/bantom-agreements.yml";

    record Demo(Ethics ethics, MonthDay signBy, List<DemoAgreement> agreements) {
    }

    record Ethics(String title, String body, String publishedBy, List<String> acknowledgedBy) {
    }

    record MonthDay(int month, int day) {
    }

    record DemoAgreement(String person, String supervisor, List<String> signedBy, List<AgreementGoal> goals) {
    }

    private final DemoLoader demo;
    private final Organisations organisations;
    private final StaffUsers users;
    private final EthicsCodes ethics;
    private final DraftingAgreements drafting;
    private final SigningAgreements signing;
    private final AgreementRegister register;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAgreementLoader(DemoLoader demo, Organisations organisations, StaffUsers users, EthicsCodes ethics,
                        DraftingAgreements drafting, SigningAgreements signing, AgreementRegister register,
                        TransactionTemplate transaction, Clock clock) {
        this.demo = demo;
        this.organisations = organisations;
        this.users = users;
        this.ethics = ethics;
        this.drafting = drafting;
        this.signing = signing;
        this.register = register;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!demo.enabled()) {
            return;
        }
        organisations.findBySlug("bantom").ifPresent(banTom -> transaction.executeWithoutResult(status -> load(banTom.id(), read())));
    }

    private void load(TenantId tenant, Demo content) {
        FiscalYear year = FiscalYear.containing(LocalDate.now(clock));
        if (ethics.versions(tenant).isEmpty()) {
            Ethics e = content.ethics();
            UUID code = ethics.publish(tenant, new EthicsCodeDraft(e.title(), e.body(), year.firstDay(), null, null),
                    user(e.publishedBy()));
            e.acknowledgedBy().forEach(username -> ethics.acknowledge(tenant, user(username), code));
        }
        int buddhistYear = year.buddhistYear();
        if (register.year(tenant, buddhistYear).stream().anyMatch(row -> row.agreementId() != null)) {
            return;
        }
        LocalDate signBy = LocalDate.of(year.firstDay().getYear(), content.signBy().month(), content.signBy().day());
        drafting.setSignBy(tenant, buddhistYear, year.contains(signBy) ? signBy : year.firstDay());
        for (DemoAgreement a : content.agreements()) {
            UUID person = user(a.person());
            UUID id = drafting.draft(tenant, new AgreementContent(buddhistYear, person, null, user(a.supervisor()), a.goals()),
                    user("bantom.integrity"), true);
            String hash = register.open(tenant, id, person, false).contentHash();
            a.signedBy().forEach(username -> signing.sign(tenant, id, user(username), hash));
        }
    }

    private UUID user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("No demo account " + username)).id();
    }

    private static Demo read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return new YAMLMapper().readValue(in, Demo.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data " + FILE, e);
        }
    }
}
