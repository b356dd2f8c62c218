package org.sujarit.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.ComplaintHistory;
import org.sujarit.complaint.Cases;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.FilingComplaints;
import org.sujarit.complaint.Filing;
import org.sujarit.complaint.vault.IdentityVault;
import org.sujarit.demo.DemoComplaints.DemoCase;
import org.sujarit.demo.DemoComplaints.Step;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * Loads a demo complaint-centre file: sets the tenant's case-number prefix and deadlines, then files
 * each case and replays its history through the complaint centre's own commands at the times the
 * file gives, so that numbers, deadlines and lapses are those real cases would have. Cases already
 * there (by number) are left alone; the settings are set only when the first case is missing, so
 * that an administrator's changes survive restarts.
 */
@Component
class DemoComplaintLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoComplaintLoader.class);

    private final Cases cases;
    private final ComplaintSettings settings;
    private final ComplaintHistory history;
    private final Units units;
    private final StaffUsers users;
    private final IdentityVault vault;
    private final String vaultPassphrase;

    DemoComplaintLoader(Cases cases, ComplaintSettings settings, ComplaintHistory history, Units units, StaffUsers users, IdentityVault vault,
                        @Value("${sujarit.demo.vault-passphrase:sujarit-vault-2569}") String vaultPassphrase) {
        this.cases = cases;
        this.settings = settings;
        this.history = history;
        this.units = units;
        this.users = users;
        this.vault = vault;
        this.vaultPassphrase = vaultPassphrase;
    }

    /** Runs in the caller's transaction. */
    void load(TenantId tenant, DemoComplaints data) {
        // The demo's custodian holds the vault before the first named report of the corruption channel is filed.
        if (!vault.status(tenant, null).exists()) {
            vault.candidates(tenant).stream().findFirst().ifPresent(c -> vault.setUp(tenant, c.userId(), vaultPassphrase));
        }
        if (data.cases().isEmpty() || cases.findByNumber(tenant, data.cases().get(0).number()).isPresent()) {
            return;
        }
        var s = data.settings();
        settings.changeSettings(tenant, s.prefix(), s.acknowledgeDays(), s.actionDays(), s.reopenDays(), List.of());
        Map<String, UnitId> paths = units.byPath(tenant);
        AtomicReference<Instant> now = new AtomicReference<>();
        ComplaintHistory.Past past = history.at(now::get);
        for (DemoCase c : data.cases()) {
            if (cases.findByNumber(tenant, c.number()).isPresent()) {
                continue;
            }
            now.set(c.filedAt().toInstant());
            FilingComplaints.Filed filed = past.filing().file(tenant, filing(tenant, c, paths), user(c.filedBy()));
            if (!filed.number().equals(c.number())) {
                log.warn("Demo complaint {} was filed as {}: the tenant held other cases of the year", c.number(),
                        filed.number());
            }
            for (Step step : c.stepsOrNone()) {
                now.set(step.at().toInstant());
                replay(past, tenant, filed.caseId(), step, paths);
            }
        }
    }

    private Filing filing(TenantId tenant, DemoCase c, Map<String, UnitId> paths) {
        UUID category = settings.categories(tenant).stream()
                .filter(k -> k.code().equals(c.category()) && k.channel() == c.channel()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo complaint " + c.number() + ": no category " + c.category()))
                .id();
        DemoComplaints.Contact who = c.contact();
        CaseView.Contact contact = who == null ? CaseView.Contact.NONE
                : new CaseView.Contact(who.name(), who.phone(), who.email(), who.address());
        return new Filing(c.channel(), category, c.subject(), c.description(), c.village(), c.place(), c.latitude(),
                c.longitude(), c.occurredOn(), c.occurredText(), c.involved(), unit(paths, c.involvedUnit()), c.isAnonymous(),
                contact, c.wantsNotices(), c.source(), List.of());
    }

    private void replay(ComplaintHistory.Past past, TenantId tenant, UUID caseId, Step step, Map<String, UnitId> paths) {
        UUID actor = user(step.by());
        if (step.move() != null) {
            past.handling().move(tenant, caseId, step.move(), step.reason(), step.message(), unit(paths, step.unit()), actor);
        } else if (step.reply() != null) {
            past.handling().reply(tenant, caseId, step.reply(), step.isExplanation(), List.of(), actor);
        } else if (step.note() != null) {
            past.handling().note(tenant, caseId, step.note(), List.of(), actor);
        } else if (step.add() != null) {
            past.following().citizenAdds(tenant, caseId, step.add(), List.of());
        } else if (step.rate() != null) {
            past.following().rate(tenant, caseId, step.rate(), step.comment());
        } else if (step.cause() != null) {
            past.handling().analyseCause(tenant, caseId, step.cause(), null, step.measure(), actor);
        } else if (step.priority() != null) {
            past.handling().setPriority(tenant, caseId, step.priority(), actor);
        } else if (step.noticesOverdue()) {
            past.lapses().notice(tenant, step.at().toInstant());
        } else {
            throw new IllegalStateException("Demo complaint step at " + step.at() + " does nothing");
        }
    }

    private static UUID unit(Map<String, UnitId> paths, String path) {
        if (path == null) {
            return null;
        }
        UnitId unit = paths.get(path);
        if (unit == null) {
            throw new IllegalStateException("Demo complaint names unknown unit " + path);
        }
        return unit.value();
    }

    private UUID user(String username) {
        return username == null ? null : users.findByUsername(username).map(StaffUser::id)
                .orElseThrow(() -> new IllegalStateException("Demo complaint names unknown account " + username));
    }
}
