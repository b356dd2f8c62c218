package org.sujarit.complaint.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.complaint.HandlingCases;
import org.sujarit.complaint.FilingComplaints;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.Cases;
import org.sujarit.audit.AuditEvent;
import org.sujarit.audit.AuditTrail;
import org.sujarit.complaint.CaseStatus;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Filing;
import org.sujarit.complaint.Filing.Upload;
import org.sujarit.complaint.Source;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.DatabaseDump;
import org.sujarit.support.LogOutput;
import org.sujarit.support.Photos;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * The identity vault of the corruption channel on real PostgreSQL: what a dump of the database and
 * the logs hold after a named report with a GPS-tagged photo (with JSON logs too:
 * {@link IdentityVaultInJsonLogsTest}), and the reveal workflow.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class IdentityVaultTest {

    static final String PASSPHRASE = "custodian vault passphrase 2569";

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired HandlingCases handlingCases;
    @Autowired Cases complaintCases;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired IdentityVault vault;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired StaffUsers users;

    /** What a reporter typed about themselves: nothing of it may be found in the database or the logs. */
    record Reporter(String name, String phone, String email, String nationalId) {

        static Reporter unique(String marker) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String phone = String.format("09%d %03d %04d", random.nextInt(1, 10), random.nextInt(1000), random.nextInt(10_000));
            String payload = "3" + String.format("%011d", random.nextLong(100_000_000_000L));
            int sum = 0;
            for (int i = 0; i < 12; i++) {
                sum += (payload.charAt(i) - '0') * (13 - i);
            }
            return new Reporter("นางสาวพิมพ์ใจ กล้าแจ้ง" + marker, phone, "pimjai." + marker + "@example.net",
                    payload + (11 - sum % 11) % 10);
        }

        List<String> secrets() {
            return List.of(name, phone, phone.replace(" ", ""), email, nationalId);
        }
    }

    @Test
    void aNamedReportWithAGpsTaggedPhotoLeavesNoIdentityNoPhotoAndNoGpsInTheDatabaseOrTheLogs(CapturedOutput output)
            throws Exception {
        Tenant t = fixtures.create();
        mvc.perform(post("/console/vault/setup").param("passphrase", PASSPHRASE).param("repeat", PASSPHRASE)
                        .with(csrf()).with(as(t, Role.IDENTITY_CUSTODIAN)))
                .andExpect(status().is3xxRedirection());
        Reporter reporter = Reporter.unique(t.marker());
        byte[] photo = Photos.withExif(Photos.jpeg(61, 47), 1, new int[] {19, 9, 37}, new int[] {99, 51, 23});

        mvc.perform(multipart("/" + t.organisation().slug() + "/complaints/corruption")
                        .file(new MockMultipartFile("files", "หลักฐาน.jpg", "image/jpeg", photo))
                        .param("categoryId", category(t)).param("subject", "เรียกรับเงินค่าตรวจแบบ " + t.marker())
                        .param("description", "เจ้าหน้าที่เรียกเงินสองพันบาทโดยไม่ออกใบเสร็จ ข้าพเจ้าถือบัตรประชาชนเลข "
                                + reporter.nationalId() + " ติดต่อ " + reporter.phone())
                        .param("contactName", reporter.name()).param("contactPhone", reporter.phone())
                        .param("contactEmail", reporter.email())
                        .param("contactAddress", "บ้านเลขที่ 12 หมู่ 3")
                        .param("notifyByEmail", "true").param("personalDataChecked", "true").with(csrf()))
                .andExpect(status().isOk());
        UUID caseId = jdbc.sql("select id from complaint_case where tenant_id = ?").param(t.id().value()).query(UUID.class)
                .single();
        assertThat(complaintCases.get(t.id(), caseId).description()).contains(reporter.nationalId());

        DatabaseDump dump = DatabaseDump.of(dataSource);
        for (String secret : reporter.secrets()) {
            assertThat(dump.holds(secret)).as("the dump holds %s", secret).isFalse();
            assertThat(LogOutput.searchable(output)).as("the logs hold %s", secret).doesNotContain(secret);
        }
        int exif = DatabaseDump.indexOf(photo, "Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        byte[] gps = Arrays.copyOfRange(photo, exif, exif + 150);
        assertThat(dump.holds(gps)).as("the dump holds the photo's EXIF GPS block").isFalse();
        assertThat(dump.holds(Arrays.copyOfRange(photo, photo.length - 300, photo.length)))
                .as("the dump holds the original photo").isFalse();
        assertThat(dump.holds("เรียกรับเงินค่าตรวจแบบ " + t.marker()))
                .as("the dump holds the report's subject").isFalse();
        // A general complaint's text is in the dump as typed: the search would have found plain text.
        filingComplaints.file(t.id(), new Filing(Channel.GENERAL, complaintSettings.activeCategories(t.id(), Channel.GENERAL).get(0).id(),
                "ไฟถนนดับ " + t.marker(), "หน้าโรงเรียน", null, null, null, null, null, null, null, null, true, null, false,
                Source.WEB, List.of()), null);
        assertThat(DatabaseDump.of(dataSource).holds("ไฟถนนดับ " + t.marker())).isTrue();

        // The application still reads what it needs: the photo for staff, the address for notices.
        CaseView c = complaintCases.get(t.id(), caseId);
        assertThat(complaintCases.attachment(t.id(), caseId, c.attachments().get(0).id()).orElseThrow().content())
                .startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(vault.noticeEmail(t.id(), caseId)).contains(reporter.email());
        assertThat(c.contact()).isEqualTo(Contact.NONE);
    }

    @Test
    void theAssignedOfficerSeesTheReportNotTheIdentityUntilACustodianRevealsItToThemForALimitedTime(CapturedOutput output)
            throws Exception {
        Tenant t = fixtures.create();
        vault.setUp(t.id(), t.userId(Role.IDENTITY_CUSTODIAN), PASSPHRASE);
        Reporter reporter = Reporter.unique(t.marker());
        UUID caseId = fileNamed(t, reporter);
        UUID officer = t.userId(Role.INTEGRITY_OFFICER);
        handlingCases.move(t.id(), caseId, CaseStatus.ACKNOWLEDGED, "รับทราบ", null, null, officer);
        handlingCases.move(t.id(), caseId, CaseStatus.ACCEPTED, "อยู่ในอำนาจ", null, null, officer);
        handlingCases.move(t.id(), caseId, CaseStatus.ASSIGNED, "มอบงาน", null, t.workUnit().id().value(), officer);

        String page = page(t, Role.UNIT_STAFF, caseId);
        assertThat(page).contains("รายละเอียดการเรียกรับเงิน " + t.marker()).doesNotContain(reporter.name())
                .doesNotContain(reporter.email()).contains("ขอทราบตัวตนผู้แจ้ง");
        assertThat(page(t, Role.INTEGRITY_OFFICER, caseId)).doesNotContain(reporter.name())
                .doesNotContain("/console/complaints/" + caseId + "/contact");
        mvc.perform(get("/console/complaints/" + caseId + "/contact").with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isNotFound());

        String blank = mvc.perform(post("/console/complaints/" + caseId + "/identity-requests").param("reason", " ")
                        .with(csrf()).with(as(t, Role.UNIT_STAFF)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("กรุณาระบุเหตุผล");
        mvc.perform(post("/console/complaints/" + caseId + "/identity-requests")
                        .param("reason", "ต้องสอบปากคำผู้แจ้งเพื่อยืนยันวันเวลา " + t.marker())
                        .with(csrf()).with(as(t, Role.UNIT_STAFF)))
                .andExpect(status().is3xxRedirection());
        assertThat(page(t, Role.UNIT_STAFF, caseId)).contains("รอผู้ดูแลข้อมูลตัวตนพิจารณา").doesNotContain(reporter.name());

        String custodianPage = mvc.perform(get("/console/vault").with(as(t, Role.IDENTITY_CUSTODIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(custodianPage).contains("ต้องสอบปากคำผู้แจ้งเพื่อยืนยันวันเวลา " + t.marker()).doesNotContain(reporter.name());
        UUID requestId = vault.pending(t.id()).get(0).id();
        String wrong = mvc.perform(post("/console/vault/requests/" + requestId + "/approve").param("passphrase", "not the passphrase")
                        .with(csrf()).with(as(t, Role.IDENTITY_CUSTODIAN)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(wrong).select(".form-errors").text()).isEqualTo("รหัสผ่านห้องนิรภัยไม่ถูกต้อง");
        mvc.perform(get("/console/vault").with(as(t, Role.UNIT_STAFF))).andExpect(status().isForbidden());
        mvc.perform(post("/console/vault/requests/" + requestId + "/approve").param("passphrase", PASSPHRASE)
                        .with(csrf()).with(as(t, Role.IDENTITY_CUSTODIAN)))
                .andExpect(status().is3xxRedirection());

        assertThat(page(t, Role.UNIT_STAFF, caseId)).contains(reporter.name()).contains(reporter.phone())
                .contains(reporter.email());
        assertThat(page(t, Role.INTEGRITY_OFFICER, caseId)).as("revealed to the requester alone")
                .doesNotContain(reporter.name());

        // 72 hours later the grant has lapsed: the page no longer shows it and the row no longer holds it.
        jdbc.sql("update identity_request set expires_at = now() - interval '1 minute' where id = ?").param(requestId).update();
        assertThat(page(t, Role.UNIT_STAFF, caseId)).doesNotContain(reporter.name()).contains("หมดเวลาแล้ว");
        assertThat(jdbc.sql("select identity is null and status = 'EXPIRED' from identity_request where id = ?")
                .param(requestId).query(Boolean.class).single()).isTrue();

        List<AuditEvent> events = trail.recent(t.id(), 50);
        assertThat(events).filteredOn(e -> e.recordId().equals(caseId.toString())).extracting(AuditEvent::action)
                .contains("identity.requested", "identity.approved", "identity.viewed");
        assertThat(events).filteredOn(e -> e.action().equals("identity.requested")).singleElement()
                .satisfies(e -> assertThat(e.actorLabel()).isEqualTo(t.username(Role.UNIT_STAFF)));
        assertThat(events).filteredOn(e -> e.action().equals("identity.approved")).singleElement()
                .satisfies(e -> assertThat(e.actorLabel()).isEqualTo(t.username(Role.IDENTITY_CUSTODIAN)));
        assertThat(events).extracting(AuditEvent::action).contains("identity.unlock-failed");
        for (String secret : reporter.secrets()) {
            assertThat(LogOutput.searchable(output)).as("the logs of a reveal hold %s", secret).doesNotContain(secret);
        }
    }

    @Test
    void aRefusalCarriesItsReasonToTheRequester() throws Exception {
        Tenant t = fixtures.create();
        vault.setUp(t.id(), t.userId(Role.IDENTITY_CUSTODIAN), PASSPHRASE);
        Reporter reporter = Reporter.unique(t.marker());
        UUID caseId = fileNamed(t, reporter);
        UUID requestId = vault.request(t.id(), caseId, t.userId(Role.INTEGRITY_OFFICER), "อยากทราบ");
        mvc.perform(post("/console/vault/requests/" + requestId + "/refuse").param("reason", "เหตุผลไม่เพียงพอ " + t.marker())
                        .with(csrf()).with(as(t, Role.IDENTITY_CUSTODIAN)))
                .andExpect(status().is3xxRedirection());
        assertThat(page(t, Role.INTEGRITY_OFFICER, caseId)).contains("เหตุผลไม่เพียงพอ " + t.marker())
                .doesNotContain(reporter.name());
        assertThat(trail.recent(t.id(), 20)).extracting(AuditEvent::action).contains("identity.refused");
    }

    @Test
    void wrongPassphrasesLockTheCustodianOutAndOnlyACustodianAddsAnother() {
        Tenant t = fixtures.create();
        UUID custodian = t.userId(Role.IDENTITY_CUSTODIAN);
        assertThatThrownBy(() -> vault.setUp(t.id(), custodian, "too short"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("vault.passphrase.short"));
        vault.setUp(t.id(), custodian, PASSPHRASE);
        assertThatThrownBy(() -> vault.setUp(t.id(), custodian, PASSPHRASE)).isInstanceOf(RuleViolation.class);
        UUID caseId = fileNamed(t, Reporter.unique(t.marker()));
        UUID requestId = vault.request(t.id(), caseId, t.userId(Role.INTEGRITY_OFFICER), "สอบปากคำ");
        for (int i = 0; i < IdentityVault.FAILURE_LIMIT; i++) {
            assertThatThrownBy(() -> vault.approve(t.id(), requestId, custodian, "a wrong passphrase!"))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("vault.passphrase.wrong"));
        }
        assertThatThrownBy(() -> vault.approve(t.id(), requestId, custodian, PASSPHRASE))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("vault.passphrase.locked"));
        assertThat(vault.pending(t.id())).hasSize(1);
        // Someone who holds no key cannot unlock, whatever they type.
        assertThatThrownBy(() -> vault.approve(t.id(), requestId, t.userId(Role.TENANT_ADMIN), PASSPHRASE))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("vault.notCustodian"));
    }

    @Test
    void anotherCustodianGetsAKeyOnlyFromACustodianWhoUnlocksAndThenDecidesWithTheirOwnPassphrase() {
        Tenant t = fixtures.create();
        UUID first = t.userId(Role.IDENTITY_CUSTODIAN);
        vault.setUp(t.id(), first, PASSPHRASE);
        UUID second = users.create(new NewStaffUser(t.id(), t.marker() + ".custodian2", "ผู้ดูแลคนที่สอง " + t.marker(), null,
                null, EnumSet.of(Role.IDENTITY_CUSTODIAN), null, TenantFixture.PASSWORD, false, false)).id();
        assertThat(vault.status(t.id(), second).custodian()).isFalse();
        assertThat(vault.candidates(t.id())).extracting(IdentityVault.Candidate::userId).containsExactly(second);
        assertThatThrownBy(() -> vault.addCustodian(t.id(), first, "not my passphrase", second, "second custodian passphrase"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("vault.passphrase.wrong"));
        assertThatThrownBy(() -> vault.addCustodian(t.id(), t.userId(Role.INTEGRITY_OFFICER), PASSPHRASE, second,
                "second custodian passphrase")).isInstanceOf(RuleViolation.class);
        vault.addCustodian(t.id(), first, PASSPHRASE, second, "second custodian passphrase");
        assertThat(vault.status(t.id(), second).custodian()).isTrue();

        Reporter reporter = Reporter.unique(t.marker());
        UUID caseId = fileNamed(t, reporter);
        UUID request = vault.request(t.id(), caseId, t.userId(Role.INTEGRITY_OFFICER), "สอบปากคำ");
        vault.approve(t.id(), request, second, "second custodian passphrase");
        assertThat(vault.revealed(t.id(), caseId, t.userId(Role.INTEGRITY_OFFICER)).orElseThrow().contact().email())
                .isEqualTo(reporter.email());
        assertThat(trail.recent(t.id(), 30)).extracting(AuditEvent::action).contains("identity.custodian-added");
    }

    @Test
    void anIdentityFiledBeforeTheVaultExistsIsSealedToTheEscrowKeyAndMovedIntoTheVaultAtSetUp() {
        Tenant t = fixtures.create();
        Reporter reporter = Reporter.unique(t.marker());
        UUID caseId = fileNamed(t, reporter);
        assertThat(jdbc.sql("select sealed_to from identity_sealed where case_id = ?").param(caseId).query(String.class).single())
                .isEqualTo("ESCROW");
        vault.setUp(t.id(), t.userId(Role.IDENTITY_CUSTODIAN), PASSPHRASE);
        assertThat(jdbc.sql("select sealed_to from identity_sealed where case_id = ?").param(caseId).query(String.class).single())
                .isEqualTo("VAULT");
        UUID requestId = vault.request(t.id(), caseId, t.userId(Role.INTEGRITY_OFFICER), "สอบปากคำ");
        vault.approve(t.id(), requestId, t.userId(Role.IDENTITY_CUSTODIAN), PASSPHRASE);
        assertThat(vault.revealed(t.id(), caseId, t.userId(Role.INTEGRITY_OFFICER)).orElseThrow().contact().name())
                .isEqualTo(reporter.name());
    }

    private UUID fileNamed(Tenant t, Reporter r) {
        UUID category = complaintSettings.activeCategories(t.id(), Channel.CORRUPTION).get(0).id();
        return filingComplaints.file(t.id(), new Filing(Channel.CORRUPTION, category, "เรียกรับเงิน " + t.marker(),
                "รายละเอียดการเรียกรับเงิน " + t.marker(), null, "สำนักงาน", null, null, null, null, null, null, false,
                new Contact(r.name(), r.phone(), r.email(), "บัตรประชาชน " + r.nationalId()), false, Source.WEB,
                List.of(new Upload("photo.jpg", Photos.jpeg(33, 21)))), null).caseId();
    }

    /** The page with its digits read as Arabic: Thai pages write them in Thai (see NumeralStyle). */
    private String page(Tenant t, Role role, UUID caseId) throws Exception {
        return ThaiDigits.toArabic(mvc.perform(get("/console/complaints/" + caseId).with(as(t, role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private String category(Tenant t) {
        return complaintSettings.activeCategories(t.id(), Channel.CORRUPTION).get(0).id().toString();
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}
