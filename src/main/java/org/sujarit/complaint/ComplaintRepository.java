package org.sujarit.complaint;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.CaseView.DeadlineKind;
import org.sujarit.infrastructure.crypto.ContentKey;
import org.sujarit.complaint.vault.IdentityVault;
import org.sujarit.shared.TenantId;

/**
 * Loads a {@link Complaint} and writes what its moves did, then publishes what they say happened.
 * What a case's channel seals at rest — its text, its files, the reporter's contact (into the
 * identity vault) — is sealed here and nowhere else, decided once per save by the case's channel.
 * Every statement names the tenant.
 */
@Repository
class ComplaintRepository {

    private final JdbcClient jdbc;
    private final ContentKey contentKey;
    private final IdentityVault vault;
    private final ApplicationEventPublisher events;

    ComplaintRepository(JdbcClient jdbc, ContentKey contentKey, IdentityVault vault, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.contentKey = contentKey;
        this.vault = vault;
        this.events = events;
    }

    Optional<Complaint> load(TenantId tenant, UUID caseId) {
        return jdbc.sql("""
                        select channel, status, unit_id, finished_at, priority, satisfaction from complaint_case
                        where tenant_id = ? and id = ?""")
                .params(tenant.value(), caseId)
                .query((rs, n) -> {
                    Timestamp finished = rs.getTimestamp("finished_at");
                    int satisfaction = rs.getInt("satisfaction");
                    Integer rating = rs.wasNull() ? null : satisfaction;
                    return new Complaint(tenant, caseId, Channel.valueOf(rs.getString("channel")),
                            CaseStatus.valueOf(rs.getString("status")), rs.getObject("unit_id", UUID.class),
                            finished == null ? null : finished.toInstant(), Priority.valueOf(rs.getString("priority")), rating);
                })
                .optional();
    }

    Complaint get(TenantId tenant, UUID caseId) {
        return load(tenant, caseId).orElseThrow(() -> new ComplaintNotFound("case"));
    }

    /** Writes what the complaint's moves did, in order, in the caller's transaction; then publishes their events. */
    void save(Complaint complaint) {
        Sealer seal = Sealer.of(contentKey, complaint.tenant(), complaint.id(), complaint.channel());
        for (CaseWrite write : complaint.writes()) {
            write(complaint, seal, write);
        }
        complaint.events().forEach(events::publishEvent);
        complaint.saved();
    }

    private void write(Complaint c, Sealer seal, CaseWrite write) {
        TenantId tenant = c.tenant();
        if (write instanceof CaseWrite.Filed f) {
            insertCase(c, seal, f);
        } else if (write instanceof CaseWrite.Event e) {
            insertEvent(c, seal, e);
        } else if (write instanceof CaseWrite.Deadline d) {
            jdbc.sql("""
                            insert into complaint_deadline (tenant_id, case_id, kind, name_th, name_en, status, due_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant.value(), c.id(), d.kind().name(), d.nameTh(), d.nameEn(),
                            d.status() == null ? null : d.status().name(), Timestamp.from(d.dueAt()))
                    .update();
        } else if (write instanceof CaseWrite.DeadlinesMet m) {
            jdbc.sql("""
                            update complaint_deadline set met_at = ?, met_by = ?
                            where tenant_id = ? and case_id = ? and kind = ? and met_at is null""")
                    .params(Timestamp.from(m.at()), m.by(), tenant.value(), c.id(), m.kind().name()).update();
        } else if (write instanceof CaseWrite.MilestonesMet m) {
            jdbc.sql("""
                            update complaint_deadline set met_at = :at, met_by = 'STATUS'
                            where tenant_id = :tenant and case_id = :case and kind = 'MILESTONE' and met_at is null
                              and status in (:statuses)""")
                    .param("at", Timestamp.from(m.at())).param("tenant", tenant.value()).param("case", c.id())
                    .param("statuses", m.statuses()).update();
        } else if (write instanceof CaseWrite.Moved m) {
            jdbc.sql("""
                            update complaint_case set status = ?, unit_id = ?, finished_at = ?, outcome = coalesce(?, outcome),
                                   updated_at = ?
                            where tenant_id = ? and id = ?""")
                    .params(m.status().name(), m.unitId(), m.finishedAt() == null ? null : Timestamp.from(m.finishedAt()),
                            seal.text(m.outcome(), "outcome"), Timestamp.from(m.at()), tenant.value(), c.id())
                    .update();
        } else if (write instanceof CaseWrite.Reopened r) {
            jdbc.sql("""
                            update complaint_case set status = ?, finished_at = null, satisfaction = null,
                                   satisfaction_comment = null, rated_at = null, updated_at = ?
                            where tenant_id = ? and id = ?""")
                    .params(r.status().name(), Timestamp.from(r.at()), tenant.value(), c.id()).update();
        } else if (write instanceof CaseWrite.Touched t) {
            jdbc.sql("update complaint_case set updated_at = ? where tenant_id = ? and id = ?")
                    .params(Timestamp.from(t.at()), tenant.value(), c.id()).update();
        } else if (write instanceof CaseWrite.Prioritised p) {
            jdbc.sql("update complaint_case set priority = ? where tenant_id = ? and id = ?")
                    .params(p.priority().name(), tenant.value(), c.id()).update();
        } else if (write instanceof CaseWrite.DuplicateOf d) {
            jdbc.sql("update complaint_case set duplicate_of = ? where tenant_id = ? and id = ?")
                    .params(d.original(), tenant.value(), c.id()).update();
        } else if (write instanceof CaseWrite.CauseFound f) {
            jdbc.sql("""
                            update complaint_case set cause = ?, risk_id = ?, preventive_measure = ?
                            where tenant_id = ? and id = ?""")
                    .params(f.cause().name(), f.riskId(), f.preventiveMeasure(), tenant.value(), c.id()).update();
        } else if (write instanceof CaseWrite.Rated r) {
            jdbc.sql("""
                            update complaint_case set satisfaction = ?, satisfaction_comment = ?, rated_at = ?
                            where tenant_id = ? and id = ?""")
                    .params(r.satisfaction(), r.comment(), Timestamp.from(r.at()), tenant.value(), c.id()).update();
        }
    }

    private void insertCase(Complaint c, Sealer seal, CaseWrite.Filed w) {
        Filing f = w.filing();
        jdbc.sql("""
                insert into complaint_case (id, tenant_id, number, fiscal_year, channel, source, category_id, subject, description,
                                            village, place, latitude, longitude, occurred_on, occurred_text, involved,
                                            involved_unit_id, anonymous, notify_by_email, secret_hash, status, unit_id,
                                            filed_at, filed_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', null, ?, ?, ?)""")
                .params(c.id(), c.tenant().value(), w.number(), w.fiscalYear(), f.channel().name(), f.source().name(),
                        f.categoryId(), seal.text(f.subject(), "subject"), seal.text(f.description(), "description"),
                        f.village(), seal.text(f.place(), "place"), f.latitude(), f.longitude(),
                        f.occurredOn() == null ? null : Date.valueOf(f.occurredOn()), f.occurredText(),
                        seal.text(f.involved(), "involved"), f.involvedUnitId(), f.anonymous(), f.notifyByEmail(),
                        w.secretHash(), Timestamp.from(w.at()), w.filedBy(), Timestamp.from(w.at()))
                .update();
        Contact contact = f.contact();
        if (contact.isEmpty()) {
            return;
        }
        if (seal.sealing()) {
            vault.seal(c.tenant(), c.id(), contact, f.notifyByEmail());
        } else {
            jdbc.sql("insert into complaint_contact (case_id, tenant_id, name, phone, email, address) values (?, ?, ?, ?, ?, ?)")
                    .params(c.id(), c.tenant().value(), contact.name(), contact.phone(), contact.email(), contact.address())
                    .update();
        }
    }

    private void insertEvent(Complaint c, Sealer seal, CaseWrite.Event e) {
        jdbc.sql("""
                insert into complaint_event (id, tenant_id, case_id, at, kind, from_status, to_status, body, unit_id, actor_id,
                                             visible_to_citizen)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), c.tenant().value(), c.id(), Timestamp.from(e.at()), e.kind().name(),
                        e.from() == null ? null : e.from().name(), e.to() == null ? null : e.to().name(),
                        seal.text(e.body(), "event|" + e.id()), e.unitId(), e.actorId(), e.visibleToCitizen())
                .update();
        for (CheckedFile f : e.files()) {
            UUID id = UUID.randomUUID();
            // A sealed case's files are stored under the content key: a dump of the database holds no photo, no GPS tag.
            jdbc.sql("""
                    insert into complaint_attachment (id, tenant_id, case_id, event_id, file_name, content_type, size_bytes,
                                                      sha256, content, original, from_citizen, visible_to_citizen, uploaded_at,
                                                      encrypted, original_cleaned)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""")
                    .params(id, c.tenant().value(), c.id(), e.id(), f.name(), f.contentType(), f.content().length, f.sha256(),
                            seal.file(f.content(), id, "content"), seal.file(f.original(), id, "original"),
                            e.filesFromCitizen(), e.visibleToCitizen(), Timestamp.from(e.at()), seal.sealing())
                    .update();
        }
    }

    // --- numbers, secrets, lapses ----------------------------------------------------------------

    int nextNumber(TenantId tenant, int fiscalYear) {
        return jdbc.sql("""
                insert into complaint_sequence (tenant_id, fiscal_year, last_number) values (?, ?, 1)
                on conflict (tenant_id, fiscal_year) do update set last_number = complaint_sequence.last_number + 1
                returning last_number""")
                .params(tenant.value(), fiscalYear).query(Integer.class).single();
    }

    record Secret(UUID caseId, String hash) {
    }

    Optional<Secret> secret(TenantId tenant, String number) {
        return jdbc.sql("select id, secret_hash from complaint_case where tenant_id = ? and number = ?")
                .params(tenant.value(), number)
                .query((rs, n) -> new Secret(rs.getObject("id", UUID.class), rs.getString("secret_hash")))
                .optional();
    }

    record LapsedDeadline(UUID id, TenantId tenant, UUID caseId, DeadlineKind kind, Instant dueAt) {
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

    /** Claims the notice of a lapse; false when it was noticed already (by this run or another instance's). */
    boolean noticeLapse(TenantId tenant, UUID deadlineId, Instant at) {
        return jdbc.sql("""
                update complaint_deadline set overdue_noticed_at = ?
                where tenant_id = ? and id = ? and overdue_noticed_at is null""")
                .params(Timestamp.from(at), tenant.value(), deadlineId).update() == 1;
    }
}
