package org.sujarit.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.registers.DecidingGiftReports;
import org.sujarit.registers.GiftAction;
import org.sujarit.registers.GiftCategory;
import org.sujarit.registers.GiftDecision;
import org.sujarit.registers.GiftEntry;
import org.sujarit.registers.GiftPolicyDeclarations;
import org.sujarit.registers.Gifts;
import org.sujarit.registers.GiverKind;
import org.sujarit.registers.RecordingGifts;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.ThaiTaxId;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Ban Tom's invented year of gifts and the executive's signed No Gift declaration, from
 * {@code demo/bantom-gifts.yml}, once the demo's accounts exist (after {@link DemoLoader}, hence on
 * the ready event); loaded once, when the current fiscal year has no gift yet.
 */
@Component
class DemoGiftLoader {

    static final String FILE = "demo/bantom-gifts.yml";

    record DemoGifts(DemoPolicy policy, List<DemoGift> gifts) {
    }

    record DemoPolicy(String signedBy, String position) {
    }

    record DemoGift(String by, String giver, GiverKind kind, String taxId, Boolean relative, String relation,
                    String occasion, GiftCategory category, String description, BigDecimal value, Integer day,
                    Integer daysAgo, GiftAction action, GiftDecision decision, String reason) {
    }

    private final DemoLoader demo;
    private final Organisations organisations;
    private final StaffUsers users;
    private final Gifts gifts;
    private final RecordingGifts recording;
    private final DecidingGiftReports deciding;
    private final GiftPolicyDeclarations declarations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoGiftLoader(DemoLoader demo, Organisations organisations, StaffUsers users, Gifts gifts, RecordingGifts recording,
                   DecidingGiftReports deciding, GiftPolicyDeclarations declarations, TransactionTemplate transaction,
                   Clock clock) {
        this.demo = demo;
        this.organisations = organisations;
        this.users = users;
        this.gifts = gifts;
        this.recording = recording;
        this.deciding = deciding;
        this.declarations = declarations;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!demo.enabled()) {
            return;
        }
        Organisation bantom = organisations.findBySlug("bantom").orElse(null);
        LocalDate today = LocalDate.now(clock);
        FiscalYear year = FiscalYear.containing(today);
        if (bantom == null || gifts.yearReport(bantom.id(), year).total().count() > 0) {
            return;
        }
        DemoGifts content = read();
        transaction.executeWithoutResult(status -> {
            for (DemoGift g : content.gifts()) {
                LocalDate on = g.daysAgo() != null ? today.minusDays(g.daysAgo()) : year.firstDay().plusDays(g.day());
                on = on.isAfter(today) ? today : on.isBefore(year.firstDay()) ? year.firstDay() : on;
                UUID id = recording.record(bantom.id(), user(g.by()).id(), new GiftEntry(g.giver(), g.kind(),
                        g.taxId() == null ? null : new ThaiTaxId(g.taxId()), Boolean.TRUE.equals(g.relative()), g.relation(), false,
                        g.occasion(), g.category(), g.description(), g.value(), on, g.action()));
                if (g.decision() != null) {
                    deciding.decide(bantom.id(), id, g.decision(), g.reason(), user(content.policy().signedBy()).id());
                }
            }
            if (declarations.find(bantom.id(), year).isEmpty()) {
                StaffUser executive = user(content.policy().signedBy());
                declarations.sign(bantom.id(), year, GiftPolicyDeclarations.template(bantom.nameTh(), year),
                        executive.displayName(), content.policy().position(), executive.id());
            }
        });
    }

    private StaffUser user(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException(FILE + " names unknown account " + username));
    }

    private static DemoGifts read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return new YAMLMapper().readValue(in, DemoGifts.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data " + FILE, e);
        }
    }
}
