package org.sujarit.oversight.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sujarit.shared.ThaiDates;
import org.sujarit.staff.OversightScope;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * Follow-up between levels through the pages: a province overseer writes to an LAO of its province,
 * the LAO's integrity officer answers in the console, the overseer closes; each step lands in the
 * LAO's audit trail by id only. Nothing outside an overseer's scope is visible or changeable (404),
 * and one LAO never reads or answers another's request.
 */
@WebTest
class OversightRequestsTest {

    /** Uttaradit: NACC region 6, while the fixture's Phayao (56) is in region 5. */
    private static final String OTHER_PROVINCE = "53";

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired OversightRequests requests;
    @Autowired JdbcClient jdbc;

    @Test
    void aProvinceOverseerAsksTheLaoAnswersAndTheOverseerCloses() throws Exception {
        Tenant lao = fixtures.create();
        String subject = "ยังไม่เผยแพร่รายงาน O22 " + lao.marker();
        String due = ThaiDates.numericDate(requests.today().plusDays(10));

        MockHttpServletResponse form = perform(get("/oversight/laos/" + lao.organisation().slug()
                + "/requests/new?indicator=registers.gift-report&year=2569"), "oversight.phayao");
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains(lao.organisation().nameTh()).contains("value=\"registers.gift-report\"")
                .contains("value=\"2569\"");

        MockHttpServletResponse sent = perform(post("/oversight/laos/" + lao.organisation().slug() + "/requests")
                .param("indicator", "registers.gift-report").param("fiscalYear", "๒๕๖๙").param("subject", subject)
                .param("message", "ขอให้เผยแพร่รายงานประจำปีภายในกำหนด <b>ด่วน</b>").param("dueOn", due), "oversight.phayao");
        assertThat(sent.getStatus()).isEqualTo(302);
        UUID id = jdbc.sql("select id from oversight_request where tenant_id = ?").param(lao.id().value()).query(UUID.class).single();
        assertThat(jdbc.sql("select sender_level || ':' || sender_province || ':' || fiscal_year || ':' || status from oversight_request where id = ?")
                .param(id).query(String.class).single()).isEqualTo("PROVINCE:56:2569:OPEN");

        String officer = lao.username(Role.INTEGRITY_OFFICER);
        assertThat(perform(get("/console/oversight-requests"), officer).getContentAsString()).contains(subject);
        String page = perform(get("/console/oversight-requests/" + id), officer).getContentAsString();
        assertThat(page).contains(subject).contains("&lt;b&gt;ด่วน&lt;/b&gt;").doesNotContain("<b>ด่วน</b>");
        assertThat(perform(get("/console"), officer).getContentAsString()).contains("คำขอจากหน่วยกำกับติดตามที่รอตอบ");
        assertThat(perform(get("/console/oversight-requests"), lao.username(Role.UNIT_STAFF)).getStatus()).isEqualTo(403);

        assertThat(perform(post("/console/oversight-requests/" + id + "/answer").param("answer", "เผยแพร่แล้ว " + lao.marker()),
                lao.username(Role.TENANT_ADMIN)).getStatus()).isEqualTo(302);
        MockHttpServletResponse again = perform(post("/console/oversight-requests/" + id + "/answer").param("answer", "อีกครั้ง"), officer);
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains("คำขอนี้ตอบหรือปิดไปแล้ว");

        String overseerList = perform(get("/oversight/requests?status=ANSWERED"), "oversight.phayao").getContentAsString();
        assertThat(overseerList).contains(subject).contains("เผยแพร่แล้ว " + lao.marker());
        assertThat(perform(post("/oversight/requests/" + id + "/close"), "oversight.region5").getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select status from oversight_request where id = ?").param(id).query(String.class).single()).isEqualTo("CLOSED");

        List<String> trail = jdbc.sql("select action || ' ' || record_type || ' ' || record_id from audit_event where tenant_id = ? and record_type = 'oversight-request' order by seq")
                .param(lao.id().value()).query(String.class).list();
        assertThat(trail).containsExactly("oversight-request.sent oversight-request " + id,
                "oversight-request.answered oversight-request " + id, "oversight-request.closed oversight-request " + id);
        assertThat(jdbc.sql("select count(*) from audit_event where action || record_type || record_id like ? or action || record_type || record_id like ?")
                .params("%O22%", "%ด่วน%").query(Integer.class).single()).isZero();
    }

    @Test
    void aProvinceOverseerNeitherSeesNorSendsToNorClosesAnLaoOfAnotherProvince() throws Exception {
        Tenant mine = fixtures.create();
        Tenant other = fixtures.create(OTHER_PROVINCE);
        UUID toMine = send(mine, "oversight.nacc", "เรื่องของพะเยา " + mine.marker());
        UUID toOther = send(other, "oversight.nacc", "เรื่องของอุตรดิตถ์ " + other.marker());
        String slug = other.organisation().slug();

        assertThat(perform(get("/oversight/laos/" + slug + "/requests/new"), "oversight.phayao").getStatus()).isEqualTo(404);
        assertThat(perform(post("/oversight/laos/" + slug + "/requests").param("subject", "ทดสอบ").param("message", "ทดสอบ")
                .param("dueOn", ThaiDates.numericDate(requests.today().plusDays(5))), "oversight.phayao").getStatus()).isEqualTo(404);
        assertThat(perform(get("/oversight/laos/nosuchlao/requests/new"), "oversight.phayao").getStatus()).isEqualTo(404);
        assertThat(perform(post("/oversight/requests/" + toOther + "/close"), "oversight.phayao").getStatus()).isEqualTo(404);
        assertThat(perform(post("/oversight/requests/" + toOther + "/close"), "oversight.region5").getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from oversight_request where tenant_id = ?").param(other.id().value())
                .query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select status from oversight_request where id = ?").param(toOther).query(String.class).single()).isEqualTo("OPEN");

        for (String overseer : List.of("oversight.phayao", "oversight.region5")) {
            String list = perform(get("/oversight/requests"), overseer).getContentAsString();
            assertThat(list).as(overseer).contains(mine.marker()).doesNotContain(other.marker()).doesNotContain("อุตรดิตถ์");
        }
        assertThat(perform(get("/oversight/requests"), "oversight.nacc").getContentAsString())
                .contains(mine.marker()).contains(other.marker());
        assertThat(requests.inScope(OversightScope.province("56"), null, false)).extracting(OversightRequest::id)
                .contains(toMine).doesNotContain(toOther);
        assertThat(requests.inScope(OversightScope.region(6), null, false)).extracting(OversightRequest::id)
                .contains(toOther).doesNotContain(toMine);
    }

    @Test
    void anLaoNeitherReadsNorAnswersAnotherLaosRequest() throws Exception {
        Tenant a = fixtures.create();
        Tenant b = fixtures.create();
        UUID toA = send(a, "oversight.phayao", "เรื่องของ " + a.marker());
        for (Role role : List.of(Role.INTEGRITY_OFFICER, Role.TENANT_ADMIN)) {
            String attacker = b.username(role);
            assertThat(perform(get("/console/oversight-requests/" + toA), attacker).getStatus()).isEqualTo(404);
            assertThat(perform(post("/console/oversight-requests/" + toA + "/answer").param("answer", "คำตอบของ B"), attacker)
                    .getStatus()).isEqualTo(404);
            assertThat(perform(get("/console/oversight-requests"), attacker).getContentAsString()).doesNotContain(a.marker());
        }
        assertThat(jdbc.sql("select status || coalesce(answer, '') from oversight_request where id = ?").param(toA)
                .query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void theOverseerCountsOpenAnsweredAndOverdueRequestsPerProvinceAndRegion() throws Exception {
        Tenant phayao = fixtures.create();
        Tenant uttaradit = fixtures.create(OTHER_PROVINCE);
        RequestCounts phayaoBefore = province(OversightScope.nation(), "56");
        RequestCounts uttaraditBefore = province(OversightScope.nation(), OTHER_PROVINCE);

        UUID answered = send(phayao, "oversight.phayao", "ตอบแล้ว " + phayao.marker());
        UUID overdue = send(phayao, "oversight.phayao", "เกินกำหนด " + phayao.marker());
        send(phayao, "oversight.region5", "รอตอบ " + phayao.marker());
        UUID closed = send(uttaradit, "oversight.nacc", "ปิดแล้ว " + uttaradit.marker());
        requests.answer(phayao.id(), answered, "ดำเนินการแล้ว", phayao.userId(Role.INTEGRITY_OFFICER));
        // Time passes: the due date of one request goes by without an answer.
        jdbc.sql("update oversight_request set due_on = ? where id = ?").params(requests.today().minusDays(1), overdue).update();
        requests.close(OversightScope.nation(), closed);

        RequestCounts phayaoAfter = province(OversightScope.province("56"), "56");
        assertThat(phayaoAfter.open() - phayaoBefore.open()).isEqualTo(2);
        assertThat(phayaoAfter.overdue() - phayaoBefore.overdue()).isEqualTo(1);
        assertThat(phayaoAfter.answered() - phayaoBefore.answered()).isEqualTo(1);
        assertThat(phayaoAfter.closed() - phayaoBefore.closed()).isZero();
        RequestCounts uttaraditAfter = province(OversightScope.nation(), OTHER_PROVINCE);
        assertThat(uttaraditAfter.closed() - uttaraditBefore.closed()).isEqualTo(1);
        assertThat(uttaraditAfter.open()).isEqualTo(uttaraditBefore.open());

        assertThat(requests.perProvince(OversightScope.province("56"))).extracting(RequestCounts::provinceCode).containsExactly("56");
        assertThat(requests.perProvince(OversightScope.region(5))).extracting(RequestCounts::provinceCode)
                .contains("56").doesNotContain(OTHER_PROVINCE);
        List<RequestCounts> regions = OversightRequests.perRegion(requests.perProvince(OversightScope.nation()));
        RequestCounts region5 = regions.stream().filter(r -> r.region() == 5).findFirst().orElseThrow();
        assertThat(region5.open()).isEqualTo(requests.perProvince(OversightScope.region(5)).stream().mapToInt(RequestCounts::open).sum());
        assertThat(region5.open()).isGreaterThanOrEqualTo(phayaoAfter.open());

        String page = perform(get("/oversight/requests?overdue=true"), "oversight.phayao").getContentAsString();
        assertThat(page).contains("เกินกำหนด " + phayao.marker()).doesNotContain("ตอบแล้ว " + phayao.marker())
                .doesNotContain("รอตอบ " + phayao.marker()).contains("จำนวนคำขอแยกตามจังหวัด").doesNotContain("จำนวนคำขอแยกตามภาค");
        assertThat(perform(get("/oversight/requests"), "oversight.nacc").getContentAsString()).contains("จำนวนคำขอแยกตามภาค");
        assertThat(perform(get("/console/oversight-requests"), phayao.username(Role.INTEGRITY_OFFICER)).getContentAsString())
                .contains("เกินกำหนดตอบ");
    }

    @Test
    void aWrongRequestComesBackWithWhatWasTypedAndTheReason() throws Exception {
        Tenant lao = fixtures.create();
        String path = "/oversight/laos/" + lao.organisation().slug() + "/requests";
        String subject = "หัวข้อที่พิมพ์ไว้ " + lao.marker();

        MockHttpServletResponse christian = perform(post(path).param("subject", subject).param("message", "ข้อความ")
                .param("dueOn", "1/1/2027"), "oversight.phayao");
        assertThat(christian.getStatus()).isEqualTo(422);
        assertThat(christian.getContentAsString()).contains(subject).contains("value=\"1/1/2027\"").contains("คริสต์ศักราช");

        MockHttpServletResponse past = perform(post(path).param("subject", subject).param("message", "ข้อความ")
                .param("dueOn", ThaiDates.numericDate(requests.today().minusDays(1))), "oversight.phayao");
        assertThat(past.getStatus()).isEqualTo(422);
        assertThat(past.getContentAsString()).contains("กำหนดตอบต้องไม่ใช่วันที่ผ่านมาแล้ว").contains(subject);

        MockHttpServletResponse empty = perform(post(path).param("subject", " ").param("message", "ข้อความที่พิมพ์ไว้")
                .param("fiscalYear", "ปีหน้า").param("dueOn", ThaiDates.numericDate(requests.today())), "oversight.phayao");
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("ปีงบประมาณต้องเป็นปี พ.ศ. สี่หลัก").contains("ข้อความที่พิมพ์ไว้");

        // a one-letter subject was typed, so the page says it is too short, not that none was given
        MockHttpServletResponse short1 = perform(post(path).param("subject", "ก").param("message", "ข้อความที่พิมพ์ไว้")
                .param("dueOn", ThaiDates.numericDate(requests.today())), "oversight.phayao");
        assertThat(short1.getStatus()).isEqualTo(422);
        assertThat(short1.getContentAsString()).contains("เรื่องสั้นเกินไป").doesNotContain("กรุณาระบุเรื่อง")
                .contains("ข้อความที่พิมพ์ไว้");

        MockHttpServletResponse tooLong = perform(post(path).param("subject", subject).param("message", "ก".repeat(4001))
                .param("indicator", "Not A Key").param("dueOn", ThaiDates.numericDate(requests.today())), "oversight.phayao");
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains("รหัสตัวชี้วัดไม่ถูกต้อง");

        MockHttpServletResponse english = mvc.perform(post(path).param("subject", "").param("message", "m")
                .param("dueOn", ThaiDates.numericDate(requests.today())).param("lang", "en")
                .with(authentication(principals.authentication("oversight.phayao"))).with(csrf())).andReturn().getResponse();
        assertThat(english.getStatus()).isEqualTo(422);
        assertThat(english.getContentAsString()).contains("Please give a subject");

        assertThat(mvc.perform(post(path).param("subject", subject).param("message", "ข้อความ")
                        .param("dueOn", ThaiDates.numericDate(requests.today()))
                        .with(authentication(principals.authentication("oversight.phayao")))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from oversight_request where tenant_id = ?").param(lao.id().value())
                .query(Integer.class).single()).isZero();

        UUID id = send(lao, "oversight.phayao", subject);
        MockHttpServletResponse blank = perform(post("/console/oversight-requests/" + id + "/answer").param("answer", " "),
                lao.username(Role.INTEGRITY_OFFICER));
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(blank.getContentAsString()).contains("กรุณาเขียนคำตอบ");
        MockHttpServletResponse longAnswer = perform(post("/console/oversight-requests/" + id + "/answer")
                .param("answer", "คำตอบ" + "ข".repeat(4000)), lao.username(Role.INTEGRITY_OFFICER));
        assertThat(longAnswer.getStatus()).isEqualTo(422);
        assertThat(longAnswer.getContentAsString()).contains("คำตอบยาวเกิน").contains("คำตอบขขข");
    }

    private UUID send(Tenant lao, String overseer, String subject) {
        return requests.send(principals.principal(overseer), lao.organisation().slug(),
                new RequestDraft("plan.published", 2569, subject, "ข้อความ " + subject, requests.today().plusDays(7)));
    }

    private RequestCounts province(OversightScope scope, String code) {
        return requests.perProvince(scope).stream().filter(c -> c.provinceCode().equals(code)).findFirst()
                .orElse(new RequestCounts(code, null, null, 0, 0, 0, 0, 0));
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(authentication(principals.authentication(username))).with(csrf())).andReturn().getResponse();
    }
}
