package org.sujarit.registers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.registers.EthicsReport.Person;
import org.sujarit.registers.EthicsReport.UnitCount;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * The code of ethics: the integrity officer publishes versions with their effective date; the one
 * in force is public and is what each person acknowledges having read, again for each new version.
 */
@Service
public class EthicsCodes {

    private final EthicsRepository codes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EthicsCodes(EthicsRepository codes, ApplicationEventPublisher events, Clock clock) {
        this.codes = codes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID publish(TenantId tenant, EthicsCodeDraft draft, UUID by) {
        String sha256 = draft.file() == null ? null : AgreementContent.sha256Of(draft.file());
        UUID id = codes.insert(tenant.value(), draft, sha256, by);
        events.publishEvent(EthicsChanged.published(tenant.value(), id));
        return id;
    }

    @Transactional(readOnly = true)
    public List<EthicsCode> versions(TenantId tenant) {
        return codes.versions(tenant.value());
    }

    @Transactional(readOnly = true)
    public Optional<EthicsCode> inForce(TenantId tenant) {
        return codes.inForce(tenant.value(), LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public Optional<EthicsCode> inForceOn(TenantId tenant, LocalDate day) {
        return codes.inForce(tenant.value(), day);
    }

    @Transactional(readOnly = true)
    public Optional<EthicsCode> version(TenantId tenant, UUID id) {
        return codes.find(tenant.value(), id);
    }

    /** The PDF of a version, when it has one. */
    @Transactional(readOnly = true)
    public Optional<byte[]> file(TenantId tenant, UUID id) {
        return codes.file(tenant.value(), id);
    }

    /** The person acknowledges the version in force, which must be the one they were shown. */
    @Transactional
    public void acknowledge(TenantId tenant, UUID user, UUID shownVersion) {
        EthicsCode code = inForce(tenant).orElseThrow(EthicsNotFound::new);
        if (!code.id().equals(shownVersion)) {
            throw new RuleViolation(null, "ethics.changedSince");
        }
        if (codes.acknowledge(tenant.value(), code.id(), user)) {
            events.publishEvent(EthicsChanged.acknowledged(tenant.value(), code.id()));
        }
    }

    @Transactional(readOnly = true)
    public Optional<Instant> acknowledgedAt(TenantId tenant, UUID user, UUID code) {
        return codes.acknowledgedAt(tenant.value(), code, user);
    }

    /** Who has and has not acknowledged a version, with counts per unit. */
    @Transactional(readOnly = true)
    public EthicsReport report(TenantId tenant, EthicsCode code) {
        List<Person> people = codes.people(tenant.value(), code.id());
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Person person : people) {
            long[] count = counts.computeIfAbsent(Objects.toString(person.unitName(), ""), unit -> new long[2]);
            count[0]++;
            count[1] += person.acknowledged() ? 1 : 0;
        }
        List<UnitCount> units = counts.entrySet().stream()
                .map(e -> new UnitCount(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new EthicsReport(code, units, people);
    }
}
