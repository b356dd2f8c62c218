package org.sujarit.support;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.sujarit.complaint.FilingComplaints;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.Cases;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.FilingComplaints.Filed;
import org.sujarit.complaint.Filing;
import org.sujarit.complaint.Filing.Upload;
import org.sujarit.complaint.Source;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * Files two complaints for a test tenant through the web channel: a general one with a photo and
 * a corruption report, both with the complainant's contact. Every text carries the tenant's marker.
 */
@Component
public class ComplaintFixture {

    /** A real PNG: photos are re-encoded on upload, so their bytes must decode. */
    public static final byte[] PNG = Photos.png(8, 6);

    private final FilingComplaints filingComplaints;
    private final Cases complaintCases;
    private final ComplaintSettings complaintSettings;

    ComplaintFixture(FilingComplaints filingComplaints, Cases complaintCases, ComplaintSettings complaintSettings) {
        this.filingComplaints = filingComplaints;
        this.complaintCases = complaintCases;
        this.complaintSettings = complaintSettings;
    }

    public record TenantWithCases(Tenant tenant, Filed general, Filed corruption, UUID generalCategoryId, UUID attachmentId) {
    }

    public TenantWithCases withCases(Tenant tenant) {
        String marker = tenant.marker();
        UUID general = complaintSettings.activeCategories(tenant.id(), Channel.GENERAL).get(0).id();
        UUID corruption = complaintSettings.activeCategories(tenant.id(), Channel.CORRUPTION).get(0).id();
        Filed g = filingComplaints.file(tenant.id(), filing(Channel.GENERAL, general, "ไฟถนนดับ " + marker,
                new Contact("ผู้ร้อง " + marker, "081 111 1111", null, null),
                List.of(new Upload("ภาพถ่าย " + marker + ".png", PNG))), null);
        Filed c = filingComplaints.file(tenant.id(), filing(Channel.CORRUPTION, corruption, "เรียกรับเงิน " + marker,
                new Contact("ผู้แจ้ง " + marker, null, "whistle-" + marker + "@example.org", null), List.of()), null);
        UUID attachment = complaintCases.get(tenant.id(), g.caseId()).attachments().get(0).id();
        return new TenantWithCases(tenant, g, c, general, attachment);
    }

    /** Files {@code n} general complaints at the tenant (the counts oversight tests need); @return their case ids. */
    public List<UUID> general(Tenant tenant, int n) {
        UUID category = complaintSettings.activeCategories(tenant.id(), Channel.GENERAL).get(0).id();
        List<UUID> cases = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(filingComplaints.file(tenant.id(), filing(Channel.GENERAL, category, "ถนนชำรุด " + i + " " + tenant.marker(),
                    new Contact("ผู้ร้อง " + i, "081 111 1111", null, null), List.of()), null).caseId());
        }
        return cases;
    }

    private static Filing filing(Channel channel, UUID category, String subject, Contact contact, List<Upload> files) {
        return new Filing(channel, category, subject, "รายละเอียด " + subject, "3", "หน้าตลาด", null, null, null, null,
                null, null, false, contact, false, Source.WEB, files);
    }
}
