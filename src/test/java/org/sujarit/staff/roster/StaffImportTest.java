package org.sujarit.staff.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.Sessions;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.UnitDetails;
import org.sujarit.tenant.UnitKind;
import org.sujarit.tenant.Units;

/** The tenant admin imports the staff list; every line checked, all or nothing; printed codes set first passwords. */
@WebTest
class StaffImportTest {

    private static final String NEW_PASSWORD = "ดอกคูนบานที่บ้านต๋อม-2569";

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired StaffUsers users;
    @Autowired Units units;
    @Autowired JdbcClient jdbc;

    @Test
    void aListWithOneBadLineSavesNothingAndNamesTheLine() throws Exception {
        Tenant tenant = fixtures.create();
        String csv = "ลำดับ,ชื่อ-สกุล,ตำแหน่ง,หน่วยงาน,อีเมล\n"
                + "1,นายสมชาย ใจดี,นักจัดการงานทั่วไป,กอง " + tenant.marker() + ",somchai." + tenant.marker() + "@example.org\n"
                + "2,นางสาวสมหญิง รักงาน,นิติกร,กองที่ไม่มีอยู่จริง,\n"
                + "3,,ผู้ช่วย,งาน " + tenant.marker() + ",not-an-email\n";
        String page = upload(tenant, "staff.csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("แถวที่ ๓").contains("ไม่พบหน่วยงานนี้ในหน่วยงานที่ใช้งานอยู่")
                .contains("แถวที่ ๔").contains("ไม่มีชื่อ-สกุล").contains("รูปแบบอีเมลไม่ถูกต้อง")
                .doesNotContain("แถวที่ ๒");
        assertThat(staffMembers(tenant)).isEmpty();

        String english = mvc.perform(multipart("/console/users/import").file(new MockMultipartFile("file", "staff.csv",
                        "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(admin(tenant))
                        .header("Accept-Language", "en").param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Line 3").contains("No active unit has this name");
    }

    @Test
    void anXlsxWithThaiHeadingsImportsAfterThePreviewAndAgainCreatesNobodyTwice() throws Exception {
        Tenant tenant = fixtures.create();
        units.create(tenant.id(), tenant.division().id(), UnitKind.SECTION, new UnitDetails("ฝ่ายแบบแผนและก่อสร้าง", null, null, null));
        byte[] xlsx = xlsx(List.of(
                List.of("ชื่อ", "นามสกุล", "ตำแหน่ง", "สังกัด", "อีเมล์"),
                List.of("สมชาย", "ใจดี", "นายช่างโยธา", "แบบแผน และก่อสร้าง", "Somchai." + tenant.marker() + "@Example.org"),
                List.of("สมศรี", "มีสุข", "ผู้ช่วยนายช่าง", "ฝ่าย  " + tenant.marker(), "")));
        MvcResult previewed = upload(tenant, "staff.xlsx", xlsx).andExpect(status().isOk()).andReturn();
        String preview = previewed.getResponse().getContentAsString();
        Cookie session = Sessions.cookieOf(previewed);
        assertThat(preview).contains("รายชื่อใหม่ ๒ คน มีบัญชีอยู่แล้ว ๐ คน").contains("สมชาย ใจดี");
        assertThat(staffMembers(tenant)).isEmpty();

        mvc.perform(post("/console/users/import/confirm").cookie(session).with(csrf()).with(admin(tenant))
                        .param("key", key(preview)))
                .andExpect(redirectedUrl("/console/users/invitations"));
        List<StaffUser> created = staffMembers(tenant);
        assertThat(created).extracting(StaffUser::displayName).containsExactlyInAnyOrder("สมชาย ใจดี", "สมศรี มีสุข");
        StaffUser somchai = created.stream().filter(u -> u.displayName().startsWith("สมชาย")).findFirst().orElseThrow();
        assertThat(somchai.username()).isEqualTo("somchai." + tenant.marker());
        assertThat(somchai.email()).isEqualTo("somchai." + tenant.marker() + "@example.org");
        assertThat(units.find(tenant.id(), somchai.unitId()).orElseThrow().nameTh()).isEqualTo("ฝ่ายแบบแผนและก่อสร้าง");
        StaffUser somsri = created.stream().filter(u -> u.displayName().startsWith("สมศรี")).findFirst().orElseThrow();
        assertThat(somsri.username()).isEqualTo(tenant.organisation().slug() + ".1");
        assertThat(somsri.unitId()).isEqualTo(tenant.section().id());
        assertThat(jdbc.sql("select position from app_user where id = ?").param(somsri.id()).query(String.class).single())
                .isEqualTo("ผู้ช่วยนายช่าง");
        assertThat(jdbc.sql("select count(*) from audit_event where tenant_id = ? and action = 'user.created'")
                .param(tenant.id().value()).query(Long.class).single()).isGreaterThanOrEqualTo(2);

        String again = upload(tenant, "staff.xlsx", xlsx).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("รายชื่อใหม่ ๐ คน มีบัญชีอยู่แล้ว ๒ คน");
    }

    @Test
    void aCsvInTheThaiCodePageIsRead() throws Exception {
        Tenant tenant = fixtures.create();
        byte[] tis620 = ("name,position,unit\nสมปอง ทองดี,พนักงานขับรถ,งาน " + tenant.marker() + "\n")
                .getBytes(Charset.forName("x-windows-874"));
        String preview = upload(tenant, "staff.csv", tis620).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("สมปอง ทองดี").contains("พนักงานขับรถ");
    }

    @Test
    void aPrintedCodeSetsTheFirstPasswordOnceAndTheStaffMemberLandsOnTheirOwnPage() throws Exception {
        Tenant tenant = fixtures.create();
        MvcResult previewed = upload(tenant, "staff.csv", ("ชื่อ-สกุล,ตำแหน่ง,หน่วยงาน\nสมใจ ดีงาม,ภารโรง,กอง "
                + tenant.marker() + "\n").getBytes(StandardCharsets.UTF_8)).andReturn();
        String preview = previewed.getResponse().getContentAsString();
        Cookie session = Sessions.cookieOf(previewed);
        mvc.perform(post("/console/users/import/confirm").cookie(session).with(csrf()).with(admin(tenant))
                .param("key", key(preview))).andExpect(status().is3xxRedirection());
        StaffUser somjai = staffMembers(tenant).get(0);
        mvc.perform(post("/login").with(csrf()).param("username", somjai.username()).param("password", "anything-at-all-2569"))
                .andExpect(redirectedUrl("/login?error=credentials"));

        String sheet = mvc.perform(post("/console/users/invitations/print").with(csrf()).with(admin(tenant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher code = Pattern.compile("class=\"code\">([A-Z0-9-]{14})<").matcher(sheet);
        assertThat(code.find()).isTrue();
        assertThat(sheet).contains("สมใจ ดีงาม").contains(somjai.username());
        assertThat(jdbc.sql("select count(*) from account_invitation where secret_hash = ?")
                .param(InvitationSecrets.hash(InvitationSecrets.plainCode(code.group(1)))).query(Long.class).single()).isEqualTo(1);
        assertThat(new String(jdbc.sql("select secret_hash from account_invitation where user_id = ?").param(somjai.id())
                .query(byte[].class).single(), StandardCharsets.ISO_8859_1)).doesNotContain(code.group(1));

        String wrong = mvc.perform(post("/activate").with(csrf()).param("username", somjai.username())
                        .param("code", "AAAA-BBBB-CCCC").param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("รหัสเปิดใช้บัญชีไม่ถูกต้อง").contains("value=\"" + somjai.username() + "\"");

        mvc.perform(post("/activate").with(csrf()).param("username", somjai.username().toUpperCase())
                        .param("code", code.group(1).toLowerCase().replace("-", " ")).param("password", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?activated"));
        mvc.perform(post("/activate").with(csrf()).param("username", somjai.username()).param("code", code.group(1))
                        .param("password", NEW_PASSWORD + "x").param("confirmPassword", NEW_PASSWORD + "x"))
                .andExpect(status().isUnprocessableContent());

        Cookie signedIn = Sessions.cookieOf(mvc.perform(post("/login").with(csrf()).param("username", somjai.username())
                .param("password", NEW_PASSWORD)).andExpect(redirectedUrl("/console/me")).andReturn());
        mvc.perform(get("/console/me").cookie(signedIn)).andExpect(status().isOk());
        mvc.perform(get("/console/users").cookie(signedIn)).andExpect(status().isForbidden());
        assertThat(users.find(tenant.id(), somjai.id()).orElseThrow().roles()).containsExactly(Role.STAFF_MEMBER);
    }

    @Test
    void reissuingACodeVoidsTheOldOne() throws Exception {
        Tenant tenant = fixtures.create();
        MvcResult previewed = upload(tenant, "staff.csv", ("ชื่อ-สกุล,ตำแหน่ง,หน่วยงาน\nสมคิด คิดดี,คนงาน,กอง "
                + tenant.marker() + "\n").getBytes(StandardCharsets.UTF_8)).andReturn();
        String preview = previewed.getResponse().getContentAsString();
        Cookie session = Sessions.cookieOf(previewed);
        mvc.perform(post("/console/users/import/confirm").cookie(session).with(csrf()).with(admin(tenant))
                .param("key", key(preview))).andExpect(status().is3xxRedirection());
        StaffUser somkid = staffMembers(tenant).get(0);
        String first = codeOn(mvc.perform(post("/console/users/" + somkid.id() + "/invitation").with(csrf()).with(admin(tenant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String second = codeOn(mvc.perform(post("/console/users/" + somkid.id() + "/invitation").with(csrf()).with(admin(tenant)))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(post("/activate").with(csrf()).param("username", somkid.username()).param("code", first)
                        .param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/activate").with(csrf()).param("username", somkid.username()).param("code", second)
                        .param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?activated"));
    }

    @Test
    void onlyTheTenantAdminImports() throws Exception {
        Tenant tenant = fixtures.create();
        for (Role role : List.of(Role.INTEGRITY_OFFICER, Role.STAFF_MEMBER)) {
            mvc.perform(get("/console/users/import").with(authentication(principals.authentication(tenant.username(role)))))
                    .andExpect(status().isForbidden());
        }
    }

    private ResultActions upload(Tenant tenant, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/console/users/import").file(new MockMultipartFile("file", name, "application/octet-stream",
                content)).with(csrf()).with(admin(tenant)));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin(Tenant tenant) {
        Authentication authentication = principals.authentication(tenant.username(Role.TENANT_ADMIN));
        return authentication(authentication);
    }

    private List<StaffUser> staffMembers(Tenant tenant) {
        return users.list(tenant.id()).stream().filter(u -> u.roles().equals(java.util.Set.of(Role.STAFF_MEMBER)))
                .filter(u -> !u.id().equals(tenant.userId(Role.STAFF_MEMBER))).toList();
    }

    private static String key(String preview) {
        Matcher key = Pattern.compile("name=\"key\" value=\"([0-9a-f-]{36})\"").matcher(preview);
        assertThat(key.find()).as("the preview's confirm form").isTrue();
        return key.group(1);
    }

    private static String codeOn(String page) {
        Matcher code = Pattern.compile("class=\"code\">([A-Z0-9-]{14})<").matcher(page);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("บุคลากร");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
