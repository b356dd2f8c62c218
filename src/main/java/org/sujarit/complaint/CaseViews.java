package org.sujarit.complaint;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
import org.sujarit.complaint.CaseView.Deadline;
import org.sujarit.complaint.CaseView.DeadlineKind;
import org.sujarit.complaint.CaseView.Event;
import org.sujarit.complaint.CaseView.EventKind;
import org.sujarit.infrastructure.crypto.ContentKey;
import org.sujarit.shared.TenantId;

/**
 * Cases as people read them ({@link CaseView}): one with its history, lists without, who filed it,
 * a file; what is sealed at rest opened. Every statement names the tenant.
 */
@Repository
class CaseViews {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ContentKey contentKey;

    CaseViews(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ContentKey contentKey) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.contentKey = contentKey;
    }

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
        Sealer seal = Sealer.opener(contentKey, tenant, c.id());
        Contact contact = withContact ? contact(tenant, c.id()) : null;
        return jdbcTemplate.execute(HISTORY, (PreparedStatement statement) -> {
            for (int i = 0; i < 3; i++) {
                statement.setObject(2 * i + 1, tenant.value());
                statement.setObject(2 * i + 2, c.id());
            }
            statement.execute();
            List<Attachment> attachments = rows(statement, CaseViews::attachment);
            statement.getMoreResults();
            List<Event> events = rows(statement, (rs, n) -> event(rs, seal, attachments));
            statement.getMoreResults();
            return c.withHistory(contact, events, rows(statement, CaseViews::deadline), attachments, seal.unopened());
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
        return rows.stream()
                .map(c -> c.withHistory(null, List.of(), deadlines.getOrDefault(c.id(), List.of()), List.of(), false)).toList();
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
        Sealer seal = Sealer.opener(contentKey, new TenantId(rs.getObject("tenant_id", UUID.class)), id);
        String subject = seal.open(rs.getString("subject"), "subject");
        String description = seal.open(rs.getString("description"), "description");
        String place = seal.open(rs.getString("place"), "place");
        String involved = seal.open(rs.getString("involved"), "involved");
        String outcome = seal.open(rs.getString("outcome"), "outcome");
        return new CaseView(id, rs.getObject("tenant_id", UUID.class), rs.getString("number"),
                rs.getInt("fiscal_year"), channel, Source.valueOf(rs.getString("source")),
                category, subject, description, rs.getString("village"), place,
                rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), occurred == null ? null : occurred.toLocalDate(),
                rs.getString("occurred_text"), involved,
                rs.getObject("involved_unit_id", UUID.class),
                rs.getString("involved_unit_name"), rs.getBoolean("anonymous"), rs.getBoolean("notify_by_email"), null,
                CaseStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
                rs.getObject("unit_id", UUID.class), rs.getString("unit_name"), rs.getObject("duplicate_of", UUID.class),
                rs.getString("duplicate_number"), instant(rs, "filed_at"), rs.getString("filed_by_name"),
                instant(rs, "finished_at"), outcome, cause == null ? null : Cause.valueOf(cause),
                rs.getObject("risk_id", UUID.class), rs.getString("preventive_measure"), rating,
                rs.getString("satisfaction_comment"), instant(rs, "rated_at"), List.of(), List.of(), List.of(), seal.unopened());
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

    Optional<StoredFile> attachment(TenantId tenant, UUID caseId, UUID attachmentId) {
        return jdbc.sql("select * from complaint_attachment where tenant_id = ? and case_id = ? and id = ?")
                .params(tenant.value(), caseId, attachmentId)
                .query((rs, n) -> {
                    byte[] content = Sealer.opener(contentKey, tenant, caseId)
                            .openFile(rs.getBytes("content"), rs.getBoolean("encrypted"), attachmentId, "content");
                    return new StoredFile(rs.getString("file_name"), rs.getString("content_type"), content,
                            rs.getBoolean("visible_to_citizen"));
                })
                .optional();
    }

    Contact contact(TenantId tenant, UUID caseId) {
        return jdbc.sql("select * from complaint_contact where tenant_id = ? and case_id = ?").params(tenant.value(), caseId)
                .query((rs, n) -> new Contact(rs.getString("name"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("address")))
                .optional().orElse(Contact.NONE);
    }
}
