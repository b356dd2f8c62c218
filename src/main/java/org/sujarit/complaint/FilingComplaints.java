package org.sujarit.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * A citizen files a complaint (or staff file it on the citizen's behalf, or an application does
 * through Open311): it is checked against the tenant's categories and units, gets the next number
 * of the fiscal year and a secret shown once, and its deadlines.
 */
@Service
public class FilingComplaints {

    /** What a filing gives the citizen: the case number and the secret, shown once. */
    public record Filed(UUID caseId, String number, String secret) {

        public String groupedSecret() {
            return CaseSecret.grouped(secret);
        }
    }

    private final ComplaintRepository repository;
    private final ComplaintSettings settings;
    private final Units units;
    private final SecretHashing secrets;
    private final TransactionTemplate transaction;
    private final ComplaintMeters meters;
    private final Clock clock;

    FilingComplaints(ComplaintRepository repository, ComplaintSettings settings, Units units, SecretHashing secrets,
                     TransactionTemplate transaction, ComplaintMeters meters, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.units = units;
        this.secrets = secrets;
        this.transaction = transaction;
        this.meters = meters;
        this.clock = clock;
    }

    /** Files a complaint; {@code staffId} is the officer who recorded it on the citizen's behalf, or null. */
    public Filed file(TenantId tenant, Filing filing, UUID staffId) {
        Settings centre = transaction.execute(status -> settings.settings(tenant));
        check(tenant, filing);
        List<CheckedFile> files = CheckedFile.of(filing.attachments());
        // The slow hash comes before the transaction: no database connection waits on it, and the
        // case number's row, locked until commit, is never held while hashing.
        String secret = CaseSecret.generate();
        String secretHash = secrets.encode(secret);
        Filed filed = transaction.execute(status -> {
            Instant now = clock.instant();
            int fiscalYear = FiscalYear.containing(LocalDate.ofInstant(now, clock.getZone())).buddhistYear();
            String number = CaseNumber.of(centre.prefix(), fiscalYear, repository.nextNumber(tenant, fiscalYear));
            Complaint complaint = Complaint.file(tenant, number, fiscalYear, filing, files, secretHash, centre, now, staffId);
            repository.save(complaint);
            return new Filed(complaint.id(), number, secret);
        });
        meters.filed(filing.channel(), filing.source());
        return filed;
    }

    /** What only the tenant can tell: the category is its own, active and of the channel; the unit is its own; the date has been. */
    private void check(TenantId tenant, Filing f) {
        if (settings.activeCategory(tenant, f.categoryId(), f.channel()).isEmpty()) {
            throw new RuleViolation("categoryId", "complaint.category.invalid");
        }
        if (f.occurredOn() != null && f.occurredOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("occurredOn", "complaint.occurredOn.future");
        }
        if (f.involvedUnitId() != null && units.find(tenant, new UnitId(f.involvedUnitId())).isEmpty()) {
            throw new RuleViolation("involvedUnitId", "complaint.unit.unknown");
        }
    }
}
