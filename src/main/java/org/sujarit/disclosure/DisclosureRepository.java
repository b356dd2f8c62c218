package org.sujarit.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.disclosure.Disclosures.StoredFile;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;

/** The SQL of what a tenant publishes against the checklist and of who answers for an item. Every statement names the tenant. */
@Repository
class DisclosureRepository {

    private static final String COLUMNS = """
            id, fiscal_year, item_number, period, title, published_on, link_url, file_name, content_type, notes, status,
            replaced_by, withdrawn_reason, created_at, changed_at""";

    private final JdbcClient jdbc;

    DisclosureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Publication> publications(TenantId tenant, FiscalYear year, String number, boolean currentOnly) {
        return jdbc.sql("select " + COLUMNS + " from disclosure_publication where tenant_id = :tenant and fiscal_year = :year"
                        + (number == null ? "" : " and upper(item_number) = upper(:number)")
                        + (currentOnly ? " and status = 'CURRENT'" : "")
                        + " order by item_number, period, published_on desc, created_at desc")
                .param("tenant", tenant.value()).param("year", year.buddhistYear())
                .param("number", number == null ? "" : number)
                .query(DisclosureRepository::publication).list();
    }

    Optional<Publication> publication(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from disclosure_publication where tenant_id = ? and id = ?")
                .params(tenant.value(), id).query(DisclosureRepository::publication).optional();
    }

    Optional<StoredFile> file(TenantId tenant, UUID id, boolean evenPast) {
        return jdbc.sql("select file_name, content_type, content, status from disclosure_publication where tenant_id = ? and id = ? and content is not null")
                .params(tenant.value(), id)
                .query((rs, n) -> evenPast || "CURRENT".equals(rs.getString("status"))
                        ? new StoredFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")) : null)
                .optional();
    }

    UUID insert(TenantId tenant, FiscalYear year, String number, PublicationDraft draft, PublicationDraft.Checked checked,
                UUID by, Instant at) {
        return jdbc.sql("""
                        insert into disclosure_publication (tenant_id, fiscal_year, item_number, period, title, published_on, link_url,
                                                            file_name, content_type, content, notes, created_by, created_at, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), year.buddhistYear(), number, draft.period(), draft.title().strip(),
                        draft.publishedOn(), checked.link(), checked.fileName(), checked.contentType(),
                        draft.hasFile() ? draft.fileContent() : null, PublicationDraft.blankToNull(draft.notes()), by,
                        Timestamp.from(at), Timestamp.from(at))
                .query(UUID.class).single();
    }

    void markReplaced(TenantId tenant, UUID id, UUID replacement, Instant at) {
        jdbc.sql("update disclosure_publication set status = 'REPLACED', replaced_by = ?, changed_at = ? where tenant_id = ? and id = ?")
                .params(replacement, Timestamp.from(at), tenant.value(), id).update();
    }

    void markWithdrawn(TenantId tenant, UUID id, String reason, Instant at) {
        jdbc.sql("update disclosure_publication set status = 'WITHDRAWN', withdrawn_reason = ?, changed_at = ? where tenant_id = ? and id = ?")
                .params(reason, Timestamp.from(at), tenant.value(), id).update();
    }

    /** The units answering for the items of one checklist version, by item key. */
    Map<String, UUID> responsibilities(TenantId tenant, String keyPrefix) {
        Map<String, UUID> map = new HashMap<>();
        jdbc.sql("select item_key, unit_id from disclosure_responsibility where tenant_id = ? and item_key like ?")
                .params(tenant.value(), keyPrefix + "%")
                .query((ResultSet rs) -> {
                    map.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return map;
    }

    void assign(TenantId tenant, String itemKey, UUID unitId) {
        jdbc.sql("""
                insert into disclosure_responsibility (tenant_id, item_key, unit_id) values (?, ?, ?)
                on conflict (tenant_id, item_key) do update set unit_id = excluded.unit_id""")
                .params(tenant.value(), itemKey, unitId).update();
    }

    void unassign(TenantId tenant, String itemKey) {
        jdbc.sql("delete from disclosure_responsibility where tenant_id = ? and item_key = ?")
                .params(tenant.value(), itemKey).update();
    }

    private static Publication publication(ResultSet rs, int n) throws SQLException {
        return new Publication(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"), rs.getString("item_number"),
                rs.getString("period"), rs.getString("title"), rs.getObject("published_on", LocalDate.class),
                rs.getString("link_url"), rs.getString("file_name"), rs.getString("content_type"), rs.getString("notes"),
                Publication.Status.valueOf(rs.getString("status")), rs.getObject("replaced_by", UUID.class),
                rs.getString("withdrawn_reason"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("changed_at").toInstant());
    }
}
