package org.sujarit.complaint;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.complaint.CaseView.Attachment;
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.vault.ContentKey;
import org.sujarit.complaint.CaseView.Deadline;
import org.sujarit.complaint.CaseView.DeadlineKind;
import org.sujarit.complaint.CaseView.Event;
import org.sujarit.complaint.CaseView.EventKind;
import org.sujarit.complaint.Settings.Milestone;
import org.sujarit.shared.TenantId;

/** The complaint centre's SQL; every statement names the tenant. */
@Repository
class ComplaintRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ContentKey contentKey;

    ComplaintRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ContentKey contentKey) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.contentKey = contentKey;
    }

    // --- settings and categories -------------------------------------------------------------

    Optional<Settings> settings(TenantId tenant) {
        return jdbc.sql("select * from complaint_settings where tenant_id = ?").param(tenant.value())
                .query((rs, n) -> new Settings(rs.getString("prefix"), rs.getInt("acknowledge_days"), rs.getInt("action_days"),
                        rs.getInt("reopen_days"), List.of()))
                .optional()
                .map(s -> new Settings(s.prefix(), s.acknowledgeDays(), s.actionDays(), s.reopenDays(), milestones(tenant)));
    }

    private List<Milestone> milestones(TenantId tenant) {
        return jdbc.sql("select * from complaint_milestone where tenant_id = ? order by days, name_th").param(tenant.value())
                .query((rs, n) -> new Milestone(rs.getObject("id", UUID.class), rs.getString("name_th"), rs.getString("name_en"),
                        CaseStatus.valueOf(rs.getString("status")), rs.getInt("days")))
                .list();
    }

    /**
     * Creates the settings and the given categories when the tenant has none, in one statement, so
     * that no one ever sees the settings without their categories.
     */
    void initialise(TenantId tenant, String prefix, List<Category> categories) {
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant.value());
        params.put("prefix", prefix);
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            values.append(i == 0 ? "" : ", ").append("(:channel").append(i).append(", :code").append(i).append(", :th").append(i)
                    .append(", :en").append(i).append(", :position").append(i).append(")");
            params.put("channel" + i, c.channel().name());
            params.put("code" + i, c.code());
            params.put("th" + i, c.nameTh());
            params.put("en" + i, c.nameEn());
            params.put("position" + i, c.position());
        }
        jdbc.sql("""
                with created as (
                    insert into complaint_settings (tenant_id, prefix) values (:tenant, :prefix)
                    on conflict do nothing returning tenant_id)
                insert into complaint_category (tenant_id, channel, code, name_th, name_en, position)
                select created.tenant_id, v.channel, v.code, v.name_th, v.name_en, v.position
                from created, (values %s) as v (channel, code, name_th, name_en, position)""".formatted(values))
                .params(params).update();
    }

    void updateSettings(TenantId tenant, String prefix, int acknowledgeDays, int actionDays, int reopenDays) {
        jdbc.sql("""
                update complaint_settings set prefix = ?, acknowledge_days = ?, action_days = ?, reopen_days = ?
                where tenant_id = ?""")
                .params(prefix, acknowledgeDays, actionDays, reopenDays, tenant.value()).update();
    }

    void replaceMilestones(TenantId tenant, List<Milestone> milestones) {
        jdbc.sql("delete from complaint_milestone where tenant_id = ?").param(tenant.value()).update();
        for (Milestone m : milestones) {
            jdbc.sql("insert into complaint_milestone (tenant_id, name_th, name_en, status, days) values (?, ?, ?, ?, ?)")
                    .params(tenant.value(), m.nameTh(), m.nameEn(), m.status().name(), m.days()).update();
        }
    }

    List<Category> categories(TenantId tenant) {
        return jdbc.sql("select * from complaint_category where tenant_id = ? order by channel, position, name_th")
                .param(tenant.value()).query(ComplaintRepository::category).list();
    }

    Optional<Category> category(TenantId tenant, UUID id) {
        return jdbc.sql("select * from complaint_category where tenant_id = ? and id = ?").params(tenant.value(), id)
                .query(ComplaintRepository::category).optional();
    }

    private static Category category(ResultSet rs, int n) throws SQLException {
        return new Category(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")), rs.getString("code"),
                rs.getString("name_th"), rs.getString("name_en"), rs.getString("description_th"), rs.getString("description_en"),
                rs.getObject("unit_id", UUID.class), rs.getInt("position"), rs.getBoolean("active"));
    }

    UUID insertCategory(TenantId tenant, Category c) {
        int position = c.position() > 0 ? c.position()
                : jdbc.sql("select coalesce(max(position), 0) + 1 from complaint_category where tenant_id = ? and channel = ?")
                        .params(tenant.value(), c.channel().name()).query(Integer.class).single();
        return jdbc.sql("""
                insert into complaint_category (tenant_id, channel, code, name_th, name_en, description_th, description_en,
                                                unit_id, position, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), c.channel().name(), c.code(), c.nameTh(), c.nameEn(), c.descriptionTh(), c.descriptionEn(),
                        c.unitId(), position, c.active())
                .query(UUID.class).single();
    }

    void updateCategory(TenantId tenant, Category c) {
        jdbc.sql("""
                update complaint_category set name_th = ?, name_en = ?, description_th = ?, description_en = ?, unit_id = ?,
                       position = ?, active = ?
                where tenant_id = ? and id = ?""")
                .params(c.nameTh(), c.nameEn(), c.descriptionTh(), c.descriptionEn(), c.unitId(), c.position(), c.active(),
                        tenant.value(), c.id())
                .update();
    }

    boolean categoryCodeTaken(TenantId tenant, String code, UUID except) {
        return jdbc.sql("select count(*) from complaint_category where tenant_id = ? and code = ? and id is distinct from ?")
                .params(tenant.value(), code, except).query(Integer.class).single() > 0;
    }

    // --- cases ----------------------------------------------------------------------------------

    int nextNumber(TenantId tenant, int fiscalYear) {
        return jdbc.sql("""
                insert into complaint_sequence (tenant_id, fiscal_year, last_number) values (?, ?, 1)
                on conflict (tenant_id, fiscal_year) do update set last_number = complaint_sequence.last_number + 1
                returning last_number""")
                .params(tenant.value(), fiscalYear).query(Integer.class).single();
    }

    UUID insertCase(TenantId tenant, String number, int fiscalYear, Filing f, String secretHash, UUID unitId, Instant at,
                    UUID filedBy) {
        UUID id = UUID.randomUUID();
        Sealer seal = new Sealer(tenant, id, f.channel());
        jdbc.sql("""
                insert into complaint_case (id, tenant_id, number, fiscal_year, channel, source, category_id, subject, description,
                                            village, place, latitude, longitude, occurred_on, occurred_text, involved,
                                            involved_unit_id, anonymous, notify_by_email, secret_hash, status, unit_id,
                                            filed_at, filed_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?)""")
                .params(id, tenant.value(), number, fiscalYear, f.channel().name(), f.source().name(), f.categoryId(),
                        seal.text(f.subject(), "subject"), seal.text(f.description(), "description"), f.village(),
                        seal.text(f.place(), "place"), f.latitude(), f.longitude(),
                        f.occurredOn() == null ? null : Date.valueOf(f.occurredOn()), f.occurredText(),
                        seal.text(f.involved(), "involved"), f.involvedUnitId(), f.anonymous(), f.notifyByEmail(), secretHash,
                        unitId, Timestamp.from(at), filedBy, Timestamp.from(at))
                .update();
        return id;
    }

    // --- the corruption channel's text at rest ----------------------------------------------------

    /** Marks a value stored under the content key; values written before it (and every general complaint's) have none. */
    private static final String SEALED = "sealed:v1:";

    /**
     * Seals and opens a corruption report's text under the content key, with the tenant, the case
     * and the field as associated data; a general complaint's text stays as typed.
     */
    private final class Sealer {

        private final String context;
        private final boolean sealing;

        Sealer(TenantId tenant, UUID caseId, Channel channel) {
            this.context = "case|" + tenant.value() + "|" + caseId + "|";
            this.sealing = channel == Channel.CORRUPTION;
        }

        String text(String plain, String field) {
            return !sealing || plain == null ? plain
                    : SEALED + Base64.getEncoder().encodeToString(contentKey.encryptText(plain, context + field));
        }

        String open(String stored, String field) {
            return stored == null || !stored.startsWith(SEALED) ? stored
                    : contentKey.decryptText(Base64.getDecoder().decode(stored.substring(SEALED.length())), context + field);
        }
    }

    /** Opens what is stored sealed; seals nothing. */
    private Sealer opener(TenantId tenant, UUID caseId) {
        return new Sealer(tenant, caseId, null);
    }

    private Sealer sealer(TenantId tenant, UUID caseId) {
        return new Sealer(tenant, caseId, Channel.valueOf(jdbc.sql("select channel from complaint_case where tenant_id = ? and id = ?")
                .params(tenant.value(), caseId).query(String.class).single()));
    }

    /** A corruption report written before its text and files were sealed: tenant and case. */
    record Unsealed(TenantId tenant, UUID caseId) {
    }

    List<Unsealed> unsealedCorruptionCases() {
        return jdbc.sql("""
                select c.tenant_id, c.id from complaint_case c where c.channel = 'CORRUPTION' and (c.subject not like 'sealed:v1:%'
                   or exists (select 1 from complaint_attachment a where a.case_id = c.id and not a.encrypted)
                   or exists (select 1 from complaint_contact k where k.case_id = c.id)
                   or exists (select 1 from complaint_event e where e.case_id = c.id and e.body not like 'sealed:v1:%'))""")
                .query((rs, n) -> new Unsealed(new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class))).list();
    }

    /** Seals in place what a corruption report holds in plain text; what is sealed already is left. */
    void sealInPlace(TenantId tenant, UUID caseId) {
        Sealer seal = sealer(tenant, caseId);
        for (String field : List.of("subject", "description", "place", "involved", "outcome")) {
            String stored = jdbc.sql("select " + field + " from complaint_case where tenant_id = ? and id = ?")
                    .params(tenant.value(), caseId).query((rs, n) -> rs.getString(1)).list().get(0);
            if (stored != null && !stored.startsWith(SEALED)) {
                jdbc.sql("update complaint_case set " + field + " = ? where tenant_id = ? and id = ?")
                        .params(seal.text(stored, field), tenant.value(), caseId).update();
            }
        }
        jdbc.sql("select id, body from complaint_event where tenant_id = ? and case_id = ? and body not like 'sealed:v1:%'")
                .params(tenant.value(), caseId).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                .forEach(e -> jdbc.sql("update complaint_event set body = ? where tenant_id = ? and id = ?")
                        .params(seal.text(e.getValue(), "event|" + e.getKey()), tenant.value(), e.getKey()).update());
        jdbc.sql("select id, content, original from complaint_attachment where tenant_id = ? and case_id = ? and not encrypted")
                .params(tenant.value(), caseId)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getBytes(2), rs.getBytes(3)}).list()
                .forEach(row -> {
                    UUID id = (UUID) row[0];
                    jdbc.sql("update complaint_attachment set content = ?, original = ?, encrypted = true where tenant_id = ? and id = ?")
                            .params(contentKey.encrypt((byte[]) row[1], attachmentContext(tenant, caseId, id, "content")),
                                    contentKey.encrypt((byte[]) row[2], attachmentContext(tenant, caseId, id, "original")),
                                    tenant.value(), id)
                            .update();
                });
    }

    /** A file of a case. */
    record AttachmentKey(TenantId tenant, UUID caseId, UUID id) {
    }

    /** A file as kept, decrypted: what is served and, for a photo, the original; whether it is under the content key. */
    record KeptFile(String contentType, byte[] content, byte[] original, boolean encrypted) {
    }

    /** The files whose original was kept as sent, before originals were cleaned of their metadata. */
    List<AttachmentKey> uncleanedOriginals() {
        return jdbc.sql("select tenant_id, case_id, id from complaint_attachment where not original_cleaned")
                .query((rs, n) -> new AttachmentKey(new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)))
                .list();
    }

    Optional<KeptFile> keptFile(AttachmentKey file) {
        return jdbc.sql("select content_type, content, original, encrypted from complaint_attachment"
                        + " where tenant_id = ? and case_id = ? and id = ?")
                .params(file.tenant().value(), file.caseId(), file.id())
                .query((rs, n) -> rs.getBoolean("encrypted")
                        ? new KeptFile(rs.getString("content_type"),
                                contentKey.decrypt(rs.getBytes("content"), attachmentContext(file, "content")),
                                contentKey.decrypt(rs.getBytes("original"), attachmentContext(file, "original")), true)
                        : new KeptFile(rs.getString("content_type"), rs.getBytes("content"), rs.getBytes("original"), false))
                .optional();
    }

    /** Keeps {@code original} (null: none) in place of the one kept as sent, under the content key if the file is. */
    void replaceOriginal(AttachmentKey file, KeptFile kept, byte[] original, String sha256) {
        byte[] stored = kept.encrypted() ? contentKey.encrypt(original, attachmentContext(file, "original")) : original;
        jdbc.sql("""
                update complaint_attachment set original = ?, sha256 = ?, original_cleaned = true
                 where tenant_id = ? and case_id = ? and id = ?""")
                .params(stored, sha256, file.tenant().value(), file.caseId(), file.id())
                .update();
    }

    private static String attachmentContext(AttachmentKey file, String field) {
        return attachmentContext(file.tenant(), file.caseId(), file.id(), field);
    }

    void deleteContact(TenantId tenant, UUID caseId) {
        jdbc.sql("delete from complaint_contact where tenant_id = ? and case_id = ?").params(tenant.value(), caseId).update();
    }

    void insertContact(TenantId tenant, UUID caseId, Contact contact) {
        jdbc.sql("insert into complaint_contact (case_id, tenant_id, name, phone, email, address) values (?, ?, ?, ?, ?, ?)")
                .params(caseId, tenant.value(), contact.name(), contact.phone(), contact.email(), contact.address()).update();
    }

    Contact contact(TenantId tenant, UUID caseId) {
        return jdbc.sql("select * from complaint_contact where tenant_id = ? and case_id = ?").params(tenant.value(), caseId)
                .query((rs, n) -> new Contact(rs.getString("name"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("address")))
                .optional().orElse(Contact.NONE);
    }

    void insertDeadline(TenantId tenant, UUID caseId, DeadlineKind kind, String nameTh, String nameEn, CaseStatus status,
                        Instant dueAt) {
        jdbc.sql("""
                insert into complaint_deadline (tenant_id, case_id, kind, name_th, name_en, status, due_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), caseId, kind.name(), nameTh, nameEn, status == null ? null : status.name(),
                        Timestamp.from(dueAt))
                .update();
    }

    /** Marks the case's open deadlines of a kind met. */
    void meetDeadlines(TenantId tenant, UUID caseId, DeadlineKind kind, String by, Instant at) {
        jdbc.sql("""
                update complaint_deadline set met_at = ?, met_by = ?
                where tenant_id = ? and case_id = ? and kind = ? and met_at is null""")
                .params(Timestamp.from(at), by, tenant.value(), caseId, kind.name()).update();
    }

    void meetMilestones(TenantId tenant, UUID caseId, List<String> statuses, Instant at) {
        if (statuses.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update complaint_deadline set met_at = :at, met_by = 'STATUS'
                where tenant_id = :tenant and case_id = :case and kind = 'MILESTONE' and met_at is null and status in (:statuses)""")
                .param("at", Timestamp.from(at)).param("tenant", tenant.value()).param("case", caseId).param("statuses", statuses)
                .update();
    }

    /** Unmet deadlines of open cases that passed before {@code now} and whose lapse was not yet noticed. */
    List<LapsedDeadline> lapsed(Instant now) {
        return jdbc.sql("""
                select d.id, d.tenant_id, d.case_id, d.kind, d.due_at from complaint_deadline d
                join complaint_case c on c.tenant_id = d.tenant_id and c.id = d.case_id
                where d.met_at is null and d.overdue_noticed_at is null and d.due_at < ?
                  and c.status not in ('NOT_ACCEPTED', 'REFERRED', 'RESOLVED', 'CLOSED')
                order by d.due_at""")
                .param(Timestamp.from(now))
                .query((rs, n) -> new LapsedDeadline(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
                        rs.getObject("case_id", UUID.class), DeadlineKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("due_at").toInstant()))
                .list();
    }

    record LapsedDeadline(UUID id, TenantId tenant, UUID caseId, DeadlineKind kind, Instant dueAt) {
    }

    boolean noticeLapse(TenantId tenant, UUID deadlineId, Instant at) {
        return jdbc.sql("""
                update complaint_deadline set overdue_noticed_at = ?
                where tenant_id = ? and id = ? and overdue_noticed_at is null""")
                .params(Timestamp.from(at), tenant.value(), deadlineId).update() == 1;
    }

    UUID insertEvent(TenantId tenant, UUID caseId, Instant at, EventKind kind, CaseStatus from, CaseStatus to, String body,
                     UUID unitId, UUID actorId, boolean visibleToCitizen) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into complaint_event (id, tenant_id, case_id, at, kind, from_status, to_status, body, unit_id, actor_id,
                                             visible_to_citizen)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenant.value(), caseId, Timestamp.from(at), kind.name(), from == null ? null : from.name(),
                        to == null ? null : to.name(), sealer(tenant, caseId).text(body, "event|" + id), unitId, actorId,
                        visibleToCitizen)
                .update();
        return id;
    }

    /** {@code sha256} is the digest of the file kept as evidence ({@code original} when there is one). */
    void insertAttachment(TenantId tenant, UUID caseId, UUID eventId, String fileName, String contentType, byte[] content,
                          byte[] original, String sha256, boolean fromCitizen, boolean visibleToCitizen, Instant at) {
        UUID id = UUID.randomUUID();
        // A corruption report's files are stored under the content key: a dump of the database holds no photo, no GPS tag.
        boolean encrypt = jdbc.sql("select channel from complaint_case where tenant_id = ? and id = ?")
                .params(tenant.value(), caseId).query(String.class).single().equals(Channel.CORRUPTION.name());
        byte[] stored = encrypt ? contentKey.encrypt(content, attachmentContext(tenant, caseId, id, "content")) : content;
        byte[] storedOriginal = encrypt ? contentKey.encrypt(original, attachmentContext(tenant, caseId, id, "original")) : original;
        jdbc.sql("""
                insert into complaint_attachment (id, tenant_id, case_id, event_id, file_name, content_type, size_bytes, sha256,
                                                  content, original, from_citizen, visible_to_citizen, uploaded_at, encrypted,
                                                  original_cleaned)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""")
                .params(id, tenant.value(), caseId, eventId, fileName, contentType, content.length, sha256, stored, storedOriginal,
                        fromCitizen, visibleToCitizen, Timestamp.from(at), encrypt)
                .update();
    }

    Optional<StoredFile> attachment(TenantId tenant, UUID caseId, UUID attachmentId) {
        return jdbc.sql("select * from complaint_attachment where tenant_id = ? and case_id = ? and id = ?")
                .params(tenant.value(), caseId, attachmentId)
                .query((rs, n) -> {
                    byte[] content = rs.getBytes("content");
                    if (rs.getBoolean("encrypted")) {
                        content = contentKey.decrypt(content, attachmentContext(tenant, caseId, attachmentId, "content"));
                    }
                    return new StoredFile(rs.getString("file_name"), rs.getString("content_type"), content,
                            rs.getBoolean("visible_to_citizen"));
                })
                .optional();
    }

    private static String attachmentContext(TenantId tenant, UUID caseId, UUID attachmentId, String field) {
        return "attachment|" + tenant.value() + "|" + caseId + "|" + attachmentId + "|" + field;
    }

    void updateStatus(TenantId tenant, UUID caseId, CaseStatus status, UUID unitId, Instant finishedAt, String outcome,
                      Instant at) {
        jdbc.sql("""
                update complaint_case set status = ?, unit_id = ?, finished_at = ?, outcome = coalesce(?, outcome), updated_at = ?
                where tenant_id = ? and id = ?""")
                .params(status.name(), unitId, finishedAt == null ? null : Timestamp.from(finishedAt),
                        sealer(tenant, caseId).text(outcome, "outcome"), Timestamp.from(at), tenant.value(), caseId)
                .update();
    }

    void reopen(TenantId tenant, UUID caseId, CaseStatus status, Instant at) {
        jdbc.sql("""
                update complaint_case set status = ?, finished_at = null, satisfaction = null, satisfaction_comment = null,
                       rated_at = null, updated_at = ?
                where tenant_id = ? and id = ?""")
                .params(status.name(), Timestamp.from(at), tenant.value(), caseId).update();
    }

    void touch(TenantId tenant, UUID caseId, Instant at) {
        jdbc.sql("update complaint_case set updated_at = ? where tenant_id = ? and id = ?")
                .params(Timestamp.from(at), tenant.value(), caseId).update();
    }

    void setPriority(TenantId tenant, UUID caseId, Priority priority) {
        jdbc.sql("update complaint_case set priority = ? where tenant_id = ? and id = ?")
                .params(priority.name(), tenant.value(), caseId).update();
    }

    void setDuplicateOf(TenantId tenant, UUID caseId, UUID original) {
        jdbc.sql("update complaint_case set duplicate_of = ? where tenant_id = ? and id = ?")
                .params(original, tenant.value(), caseId).update();
    }

    void setCause(TenantId tenant, UUID caseId, Cause cause, UUID riskId, String preventiveMeasure) {
        jdbc.sql("update complaint_case set cause = ?, risk_id = ?, preventive_measure = ? where tenant_id = ? and id = ?")
                .params(cause == null ? null : cause.name(), riskId, preventiveMeasure, tenant.value(), caseId).update();
    }

    void rate(TenantId tenant, UUID caseId, int satisfaction, String comment, Instant at) {
        jdbc.sql("""
                update complaint_case set satisfaction = ?, satisfaction_comment = ?, rated_at = ?
                where tenant_id = ? and id = ?""")
                .params(satisfaction, comment, Timestamp.from(at), tenant.value(), caseId).update();
    }

    // --- look-up by number and secret -------------------------------------------------------

    record Secret(UUID caseId, String hash) {
    }

    Optional<Secret> secret(TenantId tenant, String number) {
        return jdbc.sql("select id, secret_hash from complaint_case where tenant_id = ? and number = ?")
                .params(tenant.value(), number)
                .query((rs, n) -> new Secret(rs.getObject("id", UUID.class), rs.getString("secret_hash")))
                .optional();
    }

    // --- reading ------------------------------------------------------------------------------

    private static final String CASE_SELECT = """
            select c.*, cat.channel as cat_channel, cat.code as cat_code, cat.name_th as cat_name_th, cat.name_en as cat_name_en,
                   cat.description_th as cat_description_th, cat.description_en as cat_description_en,
                   cat.unit_id as cat_unit_id, cat.position as cat_position, cat.active as cat_active,
                   u.name_th as unit_name, iu.name_th as involved_unit_name, d.number as duplicate_number,
                   fb.display_name as filed_by_name
            from complaint_case c
            join complaint_category cat on cat.tenant_id = c.tenant_id and cat.id = c.category_id
            left join unit u on u.tenant_id = c.tenant_id and u.id = c.unit_id
            left join unit iu on iu.tenant_id = c.tenant_id and iu.id = c.involved_unit_id
            left join complaint_case d on d.tenant_id = c.tenant_id and d.id = c.duplicate_of
            left join app_user fb on fb.id = c.filed_by
            """;

    Optional<CaseView> find(TenantId tenant, UUID caseId) {
        return jdbc.sql(CASE_SELECT + " where c.tenant_id = ? and c.id = ?").params(tenant.value(), caseId)
                .query((rs, n) -> caseRow(rs)).optional().map(c -> withHistory(tenant, c, true));
    }

    /**
     * A case by its number, with its history and, when {@code withContact}, who filed it (the
     * citizen's own pages never show that, and skip reading it).
     */
    Optional<CaseView> findByNumber(TenantId tenant, String number, boolean withContact) {
        return jdbc.sql(CASE_SELECT + " where c.tenant_id = ? and c.number = ?").params(tenant.value(), number)
                .query((rs, n) -> caseRow(rs)).optional().map(c -> withHistory(tenant, c, withContact));
    }

    /** A case's files, events and deadlines, read in one round trip to PostgreSQL (three statements, one result each). */
    private static final String HISTORY = """
            select id, event_id, file_name, content_type, size_bytes, from_citizen, visible_to_citizen, uploaded_at
            from complaint_attachment where tenant_id = ? and case_id = ? order by uploaded_at, file_name;
            select e.*, u.name_th as unit_name, a.display_name as actor_name from complaint_event e
            left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
            left join app_user a on a.id = e.actor_id
            where e.tenant_id = ? and e.case_id = ? order by e.at, e.id;
            select * from complaint_deadline where tenant_id = ? and case_id = ? order by due_at""";

    private CaseView withHistory(TenantId tenant, CaseView c, boolean withContact) {
        Sealer seal = opener(tenant, c.id());
        Contact contact = withContact ? contact(tenant, c.id()) : null;
        return jdbcTemplate.execute(HISTORY, (PreparedStatement statement) -> {
            for (int i = 0; i < 3; i++) {
                statement.setObject(2 * i + 1, tenant.value());
                statement.setObject(2 * i + 2, c.id());
            }
            statement.execute();
            List<Attachment> attachments = rows(statement, ComplaintRepository::attachment);
            statement.getMoreResults();
            List<Event> events = rows(statement, (rs, n) -> event(rs, seal, attachments));
            statement.getMoreResults();
            return c.withHistory(contact, events, rows(statement, ComplaintRepository::deadline), attachments);
        });
    }

    /** The statement's current result, each row mapped; the next one is reached with {@code getMoreResults}. */
    private static <T> List<T> rows(Statement statement, RowMapper<T> mapper) throws SQLException {
        try (ResultSet rs = statement.getResultSet()) {
            return new RowMapperResultSetExtractor<>(mapper).extractData(rs);
        }
    }

    /** Cases without their history, for lists; {@code where} is an extra condition on {@code c}. */
    List<CaseView> list(TenantId tenant, String where, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("tenant", tenant.value());
        List<CaseView> rows = jdbc.sql(CASE_SELECT + " where c.tenant_id = :tenant" + (where == null ? "" : " and " + where)
                        + " order by c.filed_at desc")
                .params(all).query((rs, n) -> caseRow(rs)).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<Deadline>> deadlines = new HashMap<>();
        jdbc.sql("select * from complaint_deadline where tenant_id = :tenant and case_id in (:ids) order by due_at")
                .param("tenant", tenant.value()).param("ids", rows.stream().map(CaseView::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("case_id", UUID.class), deadline(rs, n))).list()
                .forEach(e -> deadlines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(c -> c.withHistory(null, List.of(), deadlines.getOrDefault(c.id(), List.of()), List.of())).toList();
    }

    private CaseView caseRow(ResultSet rs) throws SQLException {
        Date occurred = rs.getDate("occurred_on");
        String cause = rs.getString("cause");
        int satisfaction = rs.getInt("satisfaction");
        Integer rating = rs.wasNull() ? null : satisfaction;
        Category category = new Category(rs.getObject("category_id", UUID.class), Channel.valueOf(rs.getString("cat_channel")),
                rs.getString("cat_code"), rs.getString("cat_name_th"), rs.getString("cat_name_en"),
                rs.getString("cat_description_th"), rs.getString("cat_description_en"), rs.getObject("cat_unit_id", UUID.class),
                rs.getInt("cat_position"), rs.getBoolean("cat_active"));
        UUID id = rs.getObject("id", UUID.class);
        Channel channel = Channel.valueOf(rs.getString("channel"));
        Sealer seal = new Sealer(new TenantId(rs.getObject("tenant_id", UUID.class)), id, channel);
        return new CaseView(id, rs.getObject("tenant_id", UUID.class), rs.getString("number"),
                rs.getInt("fiscal_year"), channel, Source.valueOf(rs.getString("source")),
                category, seal.open(rs.getString("subject"), "subject"), seal.open(rs.getString("description"), "description"),
                rs.getString("village"), seal.open(rs.getString("place"), "place"),
                rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), occurred == null ? null : occurred.toLocalDate(),
                rs.getString("occurred_text"), seal.open(rs.getString("involved"), "involved"),
                rs.getObject("involved_unit_id", UUID.class),
                rs.getString("involved_unit_name"), rs.getBoolean("anonymous"), rs.getBoolean("notify_by_email"), null,
                CaseStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
                rs.getObject("unit_id", UUID.class), rs.getString("unit_name"), rs.getObject("duplicate_of", UUID.class),
                rs.getString("duplicate_number"), instant(rs, "filed_at"), rs.getString("filed_by_name"),
                instant(rs, "finished_at"), seal.open(rs.getString("outcome"), "outcome"), cause == null ? null : Cause.valueOf(cause),
                rs.getObject("risk_id", UUID.class), rs.getString("preventive_measure"), rating,
                rs.getString("satisfaction_comment"), instant(rs, "rated_at"), List.of(), List.of(), List.of());
    }

    private static Attachment attachment(ResultSet rs, int n) throws SQLException {
        return new Attachment(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"),
                rs.getBoolean("from_citizen"), rs.getBoolean("visible_to_citizen"), instant(rs, "uploaded_at"));
    }

    private static Event event(ResultSet rs, Sealer seal, List<Attachment> attachments) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String from = rs.getString("from_status");
        String to = rs.getString("to_status");
        return new Event(id, instant(rs, "at"), EventKind.valueOf(rs.getString("kind")),
                from == null ? null : CaseStatus.valueOf(from), to == null ? null : CaseStatus.valueOf(to),
                seal.open(rs.getString("body"), "event|" + id), rs.getString("unit_name"), rs.getString("actor_name"),
                rs.getBoolean("visible_to_citizen"), attachments.stream().filter(a -> id.equals(a.eventId())).toList());
    }

    private static Deadline deadline(ResultSet rs, int n) throws SQLException {
        String status = rs.getString("status");
        return new Deadline(DeadlineKind.valueOf(rs.getString("kind")), rs.getString("name_th"), rs.getString("name_en"),
                status == null ? null : CaseStatus.valueOf(status), instant(rs, "due_at"), instant(rs, "met_at"),
                rs.getString("met_by"), instant(rs, "overdue_noticed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    // --- citizen notices ---------------------------------------------------------------------

    /** Claims today's notice for a case; false when one was already sent today. */
    boolean claimNotice(TenantId tenant, UUID caseId, LocalDate day, Instant at) {
        return jdbc.sql("insert into complaint_notice (case_id, tenant_id, day, sent_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(caseId, tenant.value(), Date.valueOf(day), Timestamp.from(at)).update() == 1;
    }
}
