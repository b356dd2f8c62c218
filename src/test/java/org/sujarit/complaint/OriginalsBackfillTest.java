package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.Filing.Upload;
import org.sujarit.infrastructure.crypto.ContentKey;
import org.sujarit.infrastructure.files.ImageMetadata;
import org.sujarit.support.DatabaseDump;
import org.sujarit.support.Photos;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * Photos kept as sent before originals were cleaned — in the clear for a general complaint, under the content key for
 * a corruption report — lose who took them, with what and where when the application starts, and stay as they were
 * stored otherwise.
 */
@WebTest
class OriginalsBackfillTest {

    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired Cases complaintCases;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired OriginalsBackfill backfill;
    @Autowired ContentKey contentKey;
    @Autowired JdbcClient jdbc;

    @Test
    void originalsKeptAsSentAreCleanedInPlace() {
        Tenant t = fixtures.create();
        Photos.Author author = new Photos.Author("Somchai " + t.marker(), "Makerphone " + t.marker(), "MP-" + t.marker(),
                "SN-" + t.marker(), "สมชาย " + t.marker(), "ถ่ายโดย " + t.marker());
        byte[] sent = Photos.withAuthor(Photos.jpeg(30, 20), author, new int[] {19, 9, 37}, new int[] {99, 51, 23});
        byte[] cleaned = ImageMetadata.strip(sent, "image/jpeg").orElseThrow();
        UUID general = file(t, Channel.GENERAL, sent);
        UUID corruption = file(t, Channel.CORRUPTION, sent);
        UUID unreadable = file(t, Channel.GENERAL, sent);
        // As the rows stood before: the original as sent, not yet cleaned, its digest that of the file as sent.
        keptAsSent(t, general, sent, false);
        keptAsSent(t, corruption, sent, true);
        keptAsSent(t, unreadable, Arrays.copyOf(sent, sent.length / 2), false);
        assertThat(new String(original(general), StandardCharsets.ISO_8859_1)).contains(author.artist());

        backfill.run(null);

        assertThat(original(general)).isEqualTo(cleaned);
        assertThat(new String(original(general), StandardCharsets.ISO_8859_1)).doesNotContain(author.artist(), "Exif");
        assertThat(sha256(general)).isEqualTo(CheckedFile.sha256(cleaned));
        UUID corruptionFile = attachment(corruption);
        assertThat(contentKey.decrypt(original(corruption), "attachment|" + t.id().value() + "|" + corruption + "|"
                + corruptionFile + "|original")).isEqualTo(cleaned);
        assertThat(DatabaseDump.indexOf(original(corruption), author.artist().getBytes(StandardCharsets.US_ASCII))).isNegative();
        assertThat(original(unreadable)).as("an original that cannot be followed is not kept").isNull();
        assertThat(jdbc.sql("select count(*) from complaint_attachment where tenant_id = ? and not original_cleaned")
                .param(t.id().value()).query(Integer.class).single()).isZero();
        // What is served is left as it was.
        CaseView c = complaintCases.get(t.id(), corruption);
        assertThat(complaintCases.attachment(t.id(), corruption, c.attachments().get(0).id()).orElseThrow().content())
                .startsWith((byte) 0xFF, (byte) 0xD8);
    }

    private UUID file(Tenant t, Channel channel, byte[] photo) {
        return filingComplaints.file(t.id(), new Filing(channel, complaintSettings.activeCategories(t.id(), channel).get(0).id(),
                "ภาพถ่าย " + t.marker(), "รายละเอียด", null, null, null, null, null, null, null, null, true, Contact.NONE, false,
                Source.WEB, List.of(new Upload("photo.jpg", photo))), null).caseId();
    }

    private void keptAsSent(Tenant t, UUID caseId, byte[] original, boolean encrypted) {
        UUID id = attachment(caseId);
        byte[] stored = encrypted ? contentKey.encrypt(original, "attachment|" + t.id().value() + "|" + caseId + "|" + id
                + "|original") : original;
        jdbc.sql("update complaint_attachment set original = ?, sha256 = ?, original_cleaned = false where id = ?")
                .params(stored, CheckedFile.sha256(original), id).update();
    }

    private UUID attachment(UUID caseId) {
        return jdbc.sql("select id from complaint_attachment where case_id = ?").param(caseId).query(UUID.class).single();
    }

    private byte[] original(UUID caseId) {
        return jdbc.sql("select original from complaint_attachment where case_id = ?").param(caseId)
                .query((rs, n) -> rs.getBytes(1)).list().get(0);
    }

    private String sha256(UUID caseId) {
        return jdbc.sql("select sha256 from complaint_attachment where case_id = ?").param(caseId).query(String.class).single();
    }
}
