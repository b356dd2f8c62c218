package org.sujarit.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.sujarit.infrastructure.db.replica.ReplicaReads;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/** The local governments on the platform. */
@Service
public class Organisations {

    private static final Pattern DLA_CODE = Pattern.compile("[0-9]{7}");
    private static final String SELECT = """
            select o.id, o.slug, o.name_th, o.name_en, o.dla_code, o.kind, o.district_th, o.district_en, o.address_th,
                   o.phone, o.email, o.website, o.demo, o.numeral_style,
                   p.code as p_code, p.name_th as p_name_th, p.name_en as p_name_en, p.nacc_region as p_region
            from organisation o join province p on p.code = o.province_code
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    /**
     * Organisations by slug, as every portal and complaint page asks first: kept for
     * {@code sujarit.tenant.cache-ttl} (10 s), forgotten here once a change of contacts is committed, so
     * another instance shows a change at most that much later. Only organisations found are kept:
     * an unknown slug always asks the database, and typing slugs cannot fill the cache. Nor is what
     * was read from the read replica: it may be older than a change just committed, which the member
     * of staff who made it expects to see.
     */
    private final Cache<String, Organisation> bySlug;
    /** Each tenant's numeral style, which every console page asks; kept and forgotten as {@link #bySlug}. */
    private final Cache<TenantId, NumeralStyle> numerals;
    private volatile List<Province> provinces;

    Organisations(JdbcClient jdbc, ApplicationEventPublisher events,
                  @Value("${sujarit.tenant.cache-ttl:PT10S}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.events = events;
        this.bySlug = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(20_000).build();
        this.numerals = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(20_000).build();
    }

    public Optional<Organisation> findBySlug(String slug) {
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        Organisation known = bySlug.getIfPresent(slug);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Organisation> found = jdbc.sql(SELECT + " where o.slug = ?").param(slug).query(Organisations::map).optional();
        if (!ReplicaReads.asked()) {
            found.ifPresent(o -> bySlug.put(slug, o));
        }
        return found;
    }

    public Optional<Organisation> find(TenantId id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id.value()).query(Organisations::map).optional();
    }

    /** How the tenant writes numbers; Thai digits for a tenant that does not exist. */
    public NumeralStyle numeralStyle(TenantId id) {
        NumeralStyle known = numerals.getIfPresent(id);
        if (known != null) {
            return known;
        }
        NumeralStyle style = jdbc.sql("select numeral_style from organisation where id = ?")
                .param(id.value()).query(String.class).optional().map(NumeralStyle::of).orElse(NumeralStyle.THAI);
        if (!ReplicaReads.asked()) {
            numerals.put(id, style);
        }
        return style;
    }

    /** Convenience for a signed-in tenant user, whose tenant always exists. */
    @Transactional(readOnly = true)
    public Organisation get(TenantId id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No organisation " + id));
    }

    @Transactional(readOnly = true)
    public List<Organisation> all() {
        return jdbc.sql(SELECT + " order by p.name_th, o.name_th").query(Organisations::map).list();
    }

    /**
     * The 77 provinces, by Thai name: reference data a migration writes and nothing changes while the
     * app runs, so it is read once (oversight pages ask it several times per page).
     */
    public List<Province> provinces() {
        List<Province> known = provinces;
        if (known == null) {
            known = List.copyOf(jdbc.sql("select code, name_th, name_en, nacc_region from province order by name_th")
                    .query((rs, n) -> new Province(rs.getString("code"), rs.getString("name_th"),
                            rs.getString("name_en"), (Integer) rs.getObject("nacc_region")))
                    .list());
            provinces = known;
        }
        return known;
    }

    public Optional<Province> province(String code) {
        return provinces().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /**
     * Counts of local governments per province and kind, optionally limited to one province or
     * one NACC region: the aggregate oversight users see.
     */
    @Transactional(readOnly = true)
    public List<CensusRow> census(String provinceCode, Integer naccRegion) {
        return jdbc.sql("""
                select p.code, p.name_th, p.name_en, p.nacc_region, o.kind, count(*) as n
                from organisation o join province p on p.code = o.province_code
                where (cast(? as text) is null or p.code = ?) and (cast(? as integer) is null or p.nacc_region = ?)
                group by p.code, p.name_th, p.name_en, p.nacc_region, o.kind
                order by p.name_th, o.kind""")
                .params(provinceCode, provinceCode, naccRegion, naccRegion)
                .query((rs, n) -> new CensusRow(new Province(rs.getString("code"), rs.getString("name_th"),
                        rs.getString("name_en"), (Integer) rs.getObject("nacc_region")),
                        OrganisationKind.valueOf(rs.getString("kind")), rs.getInt("n")))
                .list();
    }

    @Transactional
    public Organisation onboard(NewOrganisation command) {
        String slug = command.slug() == null ? "" : command.slug().trim();
        if (!Slugs.isValid(slug)) {
            throw new RuleViolation("slug", "organisation.slug.invalid");
        }
        if (Slugs.isReserved(slug)) {
            throw new RuleViolation("slug", "organisation.slug.reserved");
        }
        if (command.dlaCode() == null || !DLA_CODE.matcher(command.dlaCode()).matches()) {
            throw new RuleViolation("dlaCode", "organisation.dlaCode.invalid");
        }
        if (province(command.provinceCode()).isEmpty()) {
            throw new RuleViolation("provinceCode", "organisation.province.unknown");
        }
        if (exists("slug", slug)) {
            throw new RuleViolation("slug", "organisation.slug.taken");
        }
        if (exists("dla_code", command.dlaCode())) {
            throw new RuleViolation("dlaCode", "organisation.dlaCode.taken");
        }
        Contacts contacts = command.contacts() == null ? Contacts.none() : command.contacts();
        UUID id;
        try {
            id = jdbc.sql("""
                    insert into organisation (slug, name_th, name_en, dla_code, kind, province_code, district_th,
                                              district_en, address_th, phone, email, website, demo)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(slug, command.nameTh().trim(), command.nameEn().trim(), command.dlaCode(),
                            command.kind().name(), command.provinceCode(), command.district().trim(),
                            blankToNull(command.districtEn()),
                            blankToNull(contacts.address()), blankToNull(contacts.phone()),
                            blankToNull(contacts.email()), blankToNull(contacts.website()), command.demo())
                    .query(UUID.class).single();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("slug", "organisation.slug.taken");
        }
        events.publishEvent(new OrganisationOnboarded(id));
        return get(new TenantId(id));
    }

    @Transactional
    public void changeContacts(TenantId tenant, Contacts contacts) {
        jdbc.sql("update organisation set address_th = ?, phone = ?, email = ?, website = ? where id = ?")
                .params(blankToNull(contacts.address()), blankToNull(contacts.phone()),
                        blankToNull(contacts.email()), blankToNull(contacts.website()), tenant.value())
                .update();
        events.publishEvent(new OrganisationContactsChanged(tenant.value()));
    }

    @Transactional
    public void changeNumeralStyle(TenantId tenant, NumeralStyle style) {
        jdbc.sql("update organisation set numeral_style = ? where id = ?").params(style.name(), tenant.value()).update();
        events.publishEvent(new OrganisationNumeralStyleChanged(tenant.value(), style));
    }

    /** Once a change of contacts is committed, the kept organisations are out of date. */
    @TransactionalEventListener(fallbackExecution = true)
    void contactsChanged(OrganisationContactsChanged change) {
        bySlug.invalidateAll();
    }

    /** Once a change of numeral style is committed, the kept organisations and styles are out of date. */
    @TransactionalEventListener(fallbackExecution = true)
    void numeralStyleChanged(OrganisationNumeralStyleChanged change) {
        bySlug.invalidateAll();
        numerals.invalidateAll();
    }

    private boolean exists(String column, String value) {
        return jdbc.sql("select exists (select 1 from organisation where " + column + " = ?)")
                .param(value).query(Boolean.class).single();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        Province province = new Province(rs.getString("p_code"), rs.getString("p_name_th"),
                rs.getString("p_name_en"), (Integer) rs.getObject("p_region"));
        Contacts contacts = new Contacts(rs.getString("address_th"), rs.getString("phone"),
                rs.getString("email"), rs.getString("website"));
        return new Organisation(new TenantId(rs.getObject("id", UUID.class)), rs.getString("slug"),
                rs.getString("name_th"), rs.getString("name_en"), rs.getString("dla_code"),
                OrganisationKind.valueOf(rs.getString("kind")), province, rs.getString("district_th"),
                rs.getString("district_en"), contacts,
                rs.getBoolean("demo"), NumeralStyle.of(rs.getString("numeral_style")));
    }
}
