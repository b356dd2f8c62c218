package org.sujarit.complaint;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.infrastructure.crypto.ContentKey;
import org.sujarit.shared.TenantId;

/**
 * The SQL of the start-up jobs that bring cases stored by earlier versions up to today's rules
 * ({@link VaultBackfill}, {@link OriginalsBackfill}); every statement names the tenant.
 */
@Repository
class BackfillRepository {

    private final JdbcClient jdbc;
    private final ContentKey contentKey;

    BackfillRepository(JdbcClient jdbc, ContentKey contentKey) {
        this.jdbc = jdbc;
        this.contentKey = contentKey;
    }

    /** A case whose channel seals at rest, written before its text and files were sealed: tenant and case. */
    record Unsealed(TenantId tenant, UUID caseId) {
    }

    List<Unsealed> unsealedCases() {
        return jdbc.sql("""
                select c.tenant_id, c.id from complaint_case c where c.channel in (:sealing) and (c.subject not like 'sealed:v1:%'
                   or exists (select 1 from complaint_attachment a where a.case_id = c.id and not a.encrypted)
                   or exists (select 1 from complaint_contact k where k.case_id = c.id)
                   or exists (select 1 from complaint_event e where e.case_id = c.id and e.body not like 'sealed:v1:%'))""")
                .param("sealing", Channel.sealingAtRest())
                .query((rs, n) -> new Unsealed(new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class))).list();
    }

    void deleteContact(TenantId tenant, UUID caseId) {
        jdbc.sql("delete from complaint_contact where tenant_id = ? and case_id = ?").params(tenant.value(), caseId).update();
    }

    /** Seals in place what such a case holds in plain text; what is sealed already is left. */
    void sealInPlace(TenantId tenant, UUID caseId) {
        Sealer seal = Sealer.opener(contentKey, tenant, caseId);
        for (String field : List.of("subject", "description", "place", "involved", "outcome")) {
            String stored = jdbc.sql("select " + field + " from complaint_case where tenant_id = ? and id = ?")
                    .params(tenant.value(), caseId).query((rs, n) -> rs.getString(1)).list().get(0);
            if (stored != null && !stored.startsWith(Sealer.SEALED)) {
                jdbc.sql("update complaint_case set " + field + " = ? where tenant_id = ? and id = ?")
                        .params(seal.sealText(stored, field), tenant.value(), caseId).update();
            }
        }
        jdbc.sql("select id, body from complaint_event where tenant_id = ? and case_id = ? and body not like 'sealed:v1:%'")
                .params(tenant.value(), caseId).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                .forEach(e -> jdbc.sql("update complaint_event set body = ? where tenant_id = ? and id = ?")
                        .params(seal.sealText(e.getValue(), "event|" + e.getKey()), tenant.value(), e.getKey()).update());
        jdbc.sql("select id, content, original from complaint_attachment where tenant_id = ? and case_id = ? and not encrypted")
                .params(tenant.value(), caseId)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getBytes(2), rs.getBytes(3)}).list()
                .forEach(row -> {
                    UUID id = (UUID) row[0];
                    jdbc.sql("update complaint_attachment set content = ?, original = ?, encrypted = true where tenant_id = ? and id = ?")
                            .params(seal.sealFile((byte[]) row[1], id, "content"), seal.sealFile((byte[]) row[2], id, "original"),
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
        Sealer seal = Sealer.opener(contentKey, file.tenant(), file.caseId());
        return jdbc.sql("select content_type, content, original, encrypted from complaint_attachment"
                        + " where tenant_id = ? and case_id = ? and id = ?")
                .params(file.tenant().value(), file.caseId(), file.id())
                .query((rs, n) -> {
                    boolean encrypted = rs.getBoolean("encrypted");
                    return new KeptFile(rs.getString("content_type"),
                            seal.openFile(rs.getBytes("content"), encrypted, file.id(), "content"),
                            seal.openFile(rs.getBytes("original"), encrypted, file.id(), "original"), encrypted);
                })
                .optional();
    }

    /** Keeps {@code original} (null: none) in place of the one kept as sent, under the content key if the file is. */
    void replaceOriginal(AttachmentKey file, KeptFile kept, byte[] original, String sha256) {
        Sealer seal = Sealer.opener(contentKey, file.tenant(), file.caseId());
        byte[] stored = kept.encrypted() ? seal.sealFile(original, file.id(), "original") : original;
        jdbc.sql("""
                update complaint_attachment set original = ?, sha256 = ?, original_cleaned = true
                 where tenant_id = ? and case_id = ? and id = ?""")
                .params(stored, sha256, file.tenant().value(), file.caseId(), file.id())
                .update();
    }
}
