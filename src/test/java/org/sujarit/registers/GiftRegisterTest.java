package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sujarit.audit.AuditEvent;
import org.sujarit.audit.AuditTrail;
import org.sujarit.shared.ThaiDates;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * A member of staff records gifts at /console/me/gifts under the year's rule; bad input comes back on
 * the form with 422 and what was typed; the basic staff role reaches only its own records; the integrity
 * officer's and the executive's views of other people's records are in the audit trail; the executive decides.
 */
@WebTest
class GiftRegisterTest {

    /** A company's tax ID with a correct check digit. */
    static final String TAX_ID = "0105512345671";

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;

    @Test
    void aGiftBeyondTheRuleReportedGoesToTheExecutiveWhoDecides() throws Exception {
        Tenant t = fixtures.create();
        UUID id = recorded(t, Role.STAFF_MEMBER, Map.of("value", "๕,๐๐๐", "action", "REPORTED"));
        Map<String, Object> row = jdbc.sql("select over_limit, report_due, received_on, value from gift where id = ?").param(id)
                .query().singleRow();
        assertThat(row.get("over_limit")).isEqualTo(true);
        assertThat(row.get("value").toString()).isEqualTo("5000.00");
        assertThat(((java.sql.Date) row.get("report_due")).toLocalDate())
                .isEqualTo(((java.sql.Date) row.get("received_on")).toLocalDate().plusDays(30));

        String own = page(get("/console/me/gifts/" + id), t.username(Role.STAFF_MEMBER), 200);
        assertThat(own).contains("รอผู้บริหารวินิจฉัย", "บริษัท ตัวอย่าง " + t.marker());
        assertThat(page(get("/console/me"), t.username(Role.STAFF_MEMBER), 200))
                .contains("บันทึก/รายงานการรับของขวัญ", "รอผู้บริหารวินิจฉัย ๑ รายการ");

        // The integrity officer may read it but not decide.
        page(post("/console/registers/gifts/" + id + "/decision").param("decision", "KEEP_FOR_AGENCY").param("reason", "x"),
                t.username(Role.INTEGRITY_OFFICER), 403);
        String refused = page(post("/console/registers/gifts/" + id + "/decision").param("decision", "KEEP_FOR_AGENCY")
                .param("reason", " "), t.username(Role.EXECUTIVE), 422);
        assertThat(refused).contains("กรุณาระบุเหตุผลของคำวินิจฉัย");
        page(post("/console/registers/gifts/" + id + "/decision").param("decision", "KEEP_FOR_AGENCY")
                .param("reason", "มอบเป็นของหน่วยงาน"), t.username(Role.EXECUTIVE), 302);
        assertThat(jdbc.sql("select decision from gift where id = ?").param(id).query(String.class).single())
                .isEqualTo("KEEP_FOR_AGENCY");
        assertThat(actions(t)).contains("gift.recorded", "gift.decided");
        page(post("/console/registers/gifts/" + id + "/decision").param("decision", "RETURN").param("reason", "อีกครั้ง"),
                t.username(Role.EXECUTIVE), 422);
        assertThat(jdbc.sql("select decision from gift where id = ?").param(id).query(String.class).single())
                .isEqualTo("KEEP_FOR_AGENCY");
    }

    @Test
    void acceptedWithinTheRuleIsRefusedBeyondItWithTheReasonAndNothingLost() throws Exception {
        Tenant t = fixtures.create();
        Document form = Jsoup.parse(page(request(t, Map.of("value", "5000", "action", "ACCEPTED")), t.username(Role.STAFF_MEMBER), 422));
        assertThat(form.select("#action-error, .error").text()).contains("รับไว้ตามหลักเกณฑ์ไม่ได้", "๓,๐๐๐ บาท", "ภายใน ๓๐ วัน");
        assertThat(form.select("input[name=giverName]").val()).isEqualTo("บริษัท ตัวอย่าง " + t.marker());
        assertThat(form.select("input[name=value]").val()).isEqualTo("5000");
        // From a relative, the same value is within the rule.
        recorded(t, Role.STAFF_MEMBER, Map.of("value", "5000", "action", "ACCEPTED", "giverKind", "PERSON",
                "relative", "true", "relation", "บิดา", "giverTaxId", ""));
        // Within the limit, accepted stands.
        recorded(t, Role.STAFF_MEMBER, Map.of("value", "2500", "action", "ACCEPTED"));
        assertThat(count(t)).isEqualTo(2);
    }

    @Test
    void badInputComesBackOnTheFormWithThaiMessagesAndNothingSaved() throws Exception {
        Tenant t = fixtures.create();
        String member = t.username(Role.STAFF_MEMBER);
        String future = ThaiDates.numericDate(LocalDate.now().plusDays(3));
        Map<Map<String, String>, String> cases = Map.of(
                Map.of("value", "ห้าพันบาท"), "มูลค่าต้องเป็นตัวเลข",
                Map.of("receivedOn", future), "วันที่ต้องไม่เป็นวันในอนาคต",
                Map.of("giverTaxId", "0105512345670"), "เลขประจำตัวผู้เสียภาษีไม่ถูกต้อง",
                Map.of("giverKind", "PERSON", "relative", "true", "relation", ""), "กรุณาระบุความเกี่ยวพัน",
                Map.of("receivedOn", "31/02/2568"), "",
                Map.of("occasion", ""), "กรุณากรอกข้อมูลนี้");
        for (var c : cases.entrySet()) {
            Document form = Jsoup.parse(page(request(t, c.getKey()), member, 422));
            assertThat(form.select(".error").text()).as(c.getKey().toString()).contains(c.getValue()).isNotBlank();
            assertThat(form.select("input[name=description]").val()).isEqualTo("กระเช้าผลไม้");
            c.getKey().forEach((field, typed) -> {
                if (!form.select("input[type=text][name=" + field + "]").isEmpty()) {
                    assertThat(form.select("input[name=" + field + "]").val()).isEqualTo(typed);
                }
            });
        }
        assertThat(count(t)).isZero();
    }

    @Test
    void aMemberOfStaffOpensOnlyTheirOwnRecords() throws Exception {
        Tenant t = fixtures.create();
        UUID others = recorded(t, Role.UNIT_STAFF, Map.of("value", "500", "action", "ACCEPTED"));
        String member = t.username(Role.STAFF_MEMBER);
        page(get("/console/me/gifts/" + others), member, 404);
        page(get("/console/me/gifts/" + others + "/report.pdf"), member, 404);
        page(get("/console/registers/gifts/" + others), member, 403);
        page(get("/console/registers/gifts"), member, 403);
        page(get("/console/registers/gifts/people/" + t.userId(Role.UNIT_STAFF)), member, 403);
        assertThat(page(get("/console/me/gifts"), member, 200)).doesNotContain("บริษัท ตัวอย่าง " + t.marker());
        assertThat(actions(t)).doesNotContain("gift.viewed");
    }

    @Test
    void everyViewOfAnotherPersonsRecordIsAudited() throws Exception {
        Tenant t = fixtures.create();
        UUID id = recorded(t, Role.STAFF_MEMBER, Map.of("value", "800", "action", "DECLINED"));
        page(get("/console/registers/gifts/" + id), t.username(Role.INTEGRITY_OFFICER), 200);
        page(get("/console/registers/gifts/people/" + t.userId(Role.STAFF_MEMBER)), t.username(Role.EXECUTIVE), 200);
        String register = page(get("/console/registers/gifts").param("year", "").param("action", "DECLINED")
                .param("overLimit", "false"), t.username(Role.INTEGRITY_OFFICER), 200);
        assertThat(register).contains("บริษัท ตัวอย่าง " + t.marker());
        assertThat(page(get("/console/registers/gifts").param("overLimit", "true"), t.username(Role.INTEGRITY_OFFICER), 200))
                .doesNotContain("บริษัท ตัวอย่าง " + t.marker());
        List<AuditEvent> events = trail.recent(t.id(), 50);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("gift.viewed");
            assertThat(e.recordId()).isEqualTo(id.toString());
            assertThat(e.actorId()).isEqualTo(t.userId(Role.INTEGRITY_OFFICER));
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("gift-person.viewed");
            assertThat(e.recordId()).isEqualTo(t.userId(Role.STAFF_MEMBER).toString());
            assertThat(e.actorId()).isEqualTo(t.userId(Role.EXECUTIVE));
        });
        assertThat(events).extracting(AuditEvent::action).contains("gift-register.viewed");
        // The owner opening their own record is no view of another person's.
        long views = events.stream().filter(e -> e.action().equals("gift.viewed")).count();
        page(get("/console/me/gifts/" + id), t.username(Role.STAFF_MEMBER), 200);
        assertThat(trail.recent(t.id(), 50).stream().filter(e -> e.action().equals("gift.viewed")).count()).isEqualTo(views);
    }

    private UUID recorded(Tenant t, Role role, Map<String, String> fields) throws Exception {
        var response = mvc.perform(request(t, fields).with(csrf()).with(authentication(principals.authentication(t.username(role)))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(Jsoup.parse(response.getContentAsString()).select(".error, .form-errors").text())
                .isEqualTo(302);
        return UUID.fromString(response.getRedirectedUrl().substring("/console/me/gifts/".length()));
    }

    private MockHttpServletRequestBuilder request(Tenant t, Map<String, String> fields) {
        Map<String, String> all = new java.util.HashMap<>(Map.of("giverName", "บริษัท ตัวอย่าง " + t.marker(),
                "giverKind", "ORGANISATION", "giverTaxId", TAX_ID, "occasion", "ปีใหม่", "category", "GOODS",
                "description", "กระเช้าผลไม้", "value", "1000", "receivedOn",
                ThaiDates.numericDate(LocalDate.now().minusDays(2)), "action", "DECLINED"));
        all.putAll(fields);
        MockHttpServletRequestBuilder request = post("/console/me/gifts");
        all.forEach(request::param);
        return request;
    }

    private String page(MockHttpServletRequestBuilder request, String username, int expected) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(principals.authentication(username))))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private List<String> actions(Tenant t) {
        return trail.recent(t.id(), 100).stream().map(AuditEvent::action).toList();
    }

    private int count(Tenant t) {
        return jdbc.sql("select count(*) from gift where tenant_id = ?").param(t.id().value()).query(Integer.class).single();
    }
}
