package org.sujarit.complaint;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.complaint.ComplaintChanged.Change;
import org.sujarit.complaint.Settings.Milestone;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * A complaint centre's settings as the tenant admin keeps them: the case-number prefix, the days to
 * acknowledge, to act (the 15-day rule) and to ask for a reopening, the milestones, and the
 * categories of each channel. A tenant that has none gets the defaults on first use.
 */
@Service
public class ComplaintSettings {

    private final SettingsRepository repository;
    private final Organisations organisations;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    /** Settings as the citizen's pages show them, read at most every {@code sujarit.complaints.settings-ttl} (10 s). */
    private final Cache<TenantId, Settings> shown;

    ComplaintSettings(SettingsRepository repository, Organisations organisations, Units units, ApplicationEventPublisher events,
                      TransactionTemplate transaction, @Value("${sujarit.complaints.settings-ttl:PT10S}") Duration settingsTtl) {
        this.repository = repository;
        this.organisations = organisations;
        this.units = units;
        this.events = events;
        this.transaction = transaction;
        this.shown = Caffeine.newBuilder().expireAfterWrite(settingsTtl).maximumSize(20_000).build();
    }

    /** The tenant's settings; a tenant that has none gets the defaults and the default categories. */
    @Transactional
    public Settings settings(TenantId tenant) {
        return repository.settings(tenant).orElseGet(() -> {
            String slug = organisations.find(tenant).orElseThrow().slug();
            String prefix = slug.replaceAll("[^a-z0-9]", "").toUpperCase(Locale.ROOT);
            prefix = prefix.substring(0, Math.min(8, prefix.length()));
            repository.initialise(tenant, prefix, DefaultCategories.ALL);
            return repository.settings(tenant).orElseThrow();
        });
    }

    /**
     * The settings for showing on the citizen's pages (the time to ask for a reopening): kept for ten
     * seconds, so a change made on another instance shows at most that much later. Rules that act
     * on a case (deadlines, reopening) read {@link #settings} itself.
     */
    public Settings settingsToShow(TenantId tenant) {
        return shown.get(tenant, t -> transaction.execute(status -> settings(t)));
    }

    /** Once a change of settings is committed, the ones kept for showing are out of date. */
    @TransactionalEventListener(fallbackExecution = true)
    void settingsChanged(ComplaintChanged change) {
        if (change.change() == Change.SETTINGS_CHANGED) {
            shown.invalidate(new TenantId(change.tenantId()));
        }
    }

    @Transactional
    public void changeSettings(TenantId tenant, String prefix, int acknowledgeDays, int actionDays, int reopenDays,
                               List<Milestone> milestones) {
        settings(tenant);
        String p = prefix == null ? "" : prefix.strip().toUpperCase(Locale.ROOT);
        if (!p.matches("[A-Z][A-Z0-9]{0,7}")) {
            throw new RuleViolation("prefix", "complaint.settings.prefix");
        }
        if (acknowledgeDays < 1 || acknowledgeDays > 60) {
            throw new RuleViolation("acknowledgeDays", "complaint.settings.acknowledgeDays");
        }
        if (actionDays < acknowledgeDays || actionDays > 120) {
            throw new RuleViolation("actionDays", "complaint.settings.actionDays");
        }
        if (reopenDays < 0 || reopenDays > 365) {
            throw new RuleViolation("reopenDays", "complaint.settings.reopenDays");
        }
        for (Milestone m : milestones) {
            if (m.nameTh() == null || m.nameTh().isBlank() || m.status() == null || m.days() < 1 || m.days() > 365) {
                throw new RuleViolation("milestones", "complaint.settings.milestone");
            }
        }
        repository.updateSettings(tenant, p, acknowledgeDays, actionDays, reopenDays);
        repository.replaceMilestones(tenant, milestones);
        events.publishEvent(new ComplaintChanged(tenant.value(), "complaint-settings", tenant.value(), Change.SETTINGS_CHANGED));
    }

    @Transactional
    public List<Category> categories(TenantId tenant) {
        settings(tenant);
        return repository.categories(tenant);
    }

    public List<Category> activeCategories(TenantId tenant, Channel channel) {
        return categories(tenant).stream().filter(c -> c.channel() == channel && c.active()).toList();
    }

    /** The tenant's category of that id, if it is active and on {@code channel}. */
    Optional<Category> activeCategory(TenantId tenant, UUID id, Channel channel) {
        return id == null ? Optional.empty()
                : repository.category(tenant, id).filter(c -> c.active() && c.channel() == channel);
    }

    /** Adds a category ({@code id} null) or changes one; its code and channel never change once given. */
    @Transactional
    public UUID saveCategory(TenantId tenant, Category category) {
        settings(tenant);
        if (category.nameTh() == null || category.nameTh().isBlank()) {
            throw new RuleViolation("nameTh", "complaint.category.nameRequired");
        }
        if (category.unitId() != null && units.find(tenant, new UnitId(category.unitId())).isEmpty()) {
            throw new RuleViolation("unitId", "complaint.unit.unknown");
        }
        UUID id;
        if (category.id() == null) {
            if (category.code() == null || !category.code().matches("[a-z0-9][a-z0-9-]{0,39}")) {
                throw new RuleViolation("code", "complaint.category.code");
            }
            if (repository.categoryCodeTaken(tenant, category.code(), null)) {
                throw new RuleViolation("code", "complaint.category.codeTaken");
            }
            id = repository.insertCategory(tenant, category);
        } else {
            repository.category(tenant, category.id()).orElseThrow(() -> new ComplaintNotFound("category"));
            repository.updateCategory(tenant, category);
            id = category.id();
        }
        events.publishEvent(new ComplaintChanged(tenant.value(), "complaint-category", id, Change.CATEGORY_SAVED));
        return id;
    }
}
