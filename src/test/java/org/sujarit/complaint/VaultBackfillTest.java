package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.Filing.Upload;
import org.sujarit.complaint.vault.IdentityVault;
import org.sujarit.staff.Role;
import org.sujarit.support.Photos;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** A corruption report stored in plain text before the vault existed is sealed when the application starts. */
@WebTest
class VaultBackfillTest {

    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired Cases complaintCases;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired IdentityVault vault;
    @Autowired VaultBackfill backfill;
    @Autowired JdbcClient jdbc;

    @Test
    void aReportWrittenInPlainTextIsSealedInPlace() {
        Tenant t = fixtures.create();
        vault.setUp(t.id(), t.userId(Role.IDENTITY_CUSTODIAN), "backfill vault passphrase");
        UUID category = complaintSettings.activeCategories(t.id(), Channel.CORRUPTION).get(0).id();
        byte[] photo = Photos.jpeg(30, 20);
        UUID caseId = filingComplaints.file(t.id(), new Filing(Channel.CORRUPTION, category, "เรื่อง " + t.marker(), "รายละเอียด",
                null, null, null, null, null, null, null, null, false, new Contact("ผู้แจ้ง " + t.marker(), null, null, "ที่อยู่"),
                false, Source.WEB, List.of(new Upload("a.jpg", photo))), null).caseId();
        // As the row stood before the vault: plain text, a readable contact, a plain file.
        jdbc.sql("update complaint_case set subject = ?, description = 'แจ้งก่อนมีห้องนิรภัย' where id = ?")
                .params("เรื่องเก่า " + t.marker(), caseId).update();
        jdbc.sql("delete from identity_sealed where case_id = ?").param(caseId).update();
        jdbc.sql("insert into complaint_contact (case_id, tenant_id, name, address) values (?, ?, ?, 'ที่อยู่')")
                .params(caseId, t.id().value(), "ผู้แจ้งเก่า " + t.marker()).update();
        jdbc.sql("update complaint_attachment set content = ?, original = null, encrypted = false where case_id = ?")
                .params(photo, caseId).update();

        backfill.run(null);

        assertThat(jdbc.sql("select count(*) from complaint_contact where case_id = ?").param(caseId).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select subject from complaint_case where id = ?").param(caseId).query(String.class).single())
                .startsWith("sealed:v1:");
        CaseView c = complaintCases.get(t.id(), caseId);
        assertThat(c.subject()).isEqualTo("เรื่องเก่า " + t.marker());
        assertThat(c.description()).isEqualTo("แจ้งก่อนมีห้องนิรภัย");
        assertThat(complaintCases.attachment(t.id(), caseId, c.attachments().get(0).id()).orElseThrow().content())
                .isEqualTo(photo);
        UUID request = vault.request(t.id(), caseId, t.userId(Role.INTEGRITY_OFFICER), "สอบปากคำ");
        vault.approve(t.id(), request, t.userId(Role.IDENTITY_CUSTODIAN), "backfill vault passphrase");
        assertThat(vault.revealed(t.id(), caseId, t.userId(Role.INTEGRITY_OFFICER)).orElseThrow().contact().name())
                .isEqualTo("ผู้แจ้งเก่า " + t.marker());
    }
}
