package org.sujarit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.disclosure.ItemState.State;
import org.sujarit.notification.DueItem;
import org.sujarit.shared.FiscalYear;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.Photos;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.Organisations;

/**
 * The disclosure checklist on real PostgreSQL: publishing against an item and a period with every
 * refusal keeping what was typed, replacing and withdrawing with history, who may publish, the
 * evidence the other modules publish by themselves, the public portal with its Thai search, the
 * JSON interface, the open-data files and catalogue, the checklist a platform admin loads, and the
 * reminders — each tenant seeing only its own.
 */
@WebTest
class DisclosuresTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired Disclosures disclosures;
    @Autowired Organisations organisations;
    @Autowired DisclosureDueItems dueItems;
    @Autowired Clock clock;

    @Test
    void anOfficerPublishesAndEveryRefusalKeepsWhatWasTyped() throws Exception {
        Tenant t = fixtures.create();
        int y = disclosures.currentYear().buddhistYear();
        String officer = t.username(Role.INTEGRITY_OFFICER);
        String base = "/console/disclosure/" + y + "/O1";
        String title = "ประกาศโครงสร้างส่วนราชการใหม่ " + t.marker();

        assertThat(state(t, "O1")).isIn(State.OVERDUE, State.DUE_SOON);
        Document wrongPeriod = refused(publish(base, officer, "M01", title, "https://example.org/a"), "งวดนี้ไม่ตรงกับความถี่ของรายการ");
        assertThat(wrongPeriod.select("#title").attr("value")).isEqualTo(title);
        Document badLink = refused(publish(base, officer, "ONCE", title, "javascript:alert(1)"), "ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https://");
        assertThat(badLink.select("#linkUrl").attr("value")).isEqualTo("javascript:alert(1)");
        refused(publish(base, officer, "ONCE", title, "https://example.org/a", LocalDate.now(clock).plusDays(3).toString()),
                "วันที่เผยแพร่ต้องไม่เป็นวันในอนาคต");
        Document badDate = refused(publish(base, officer, "ONCE", title, "https://example.org/a", "31/02/2569"),
                org.sujarit.shared.NumeralStyle.THAI.apply("ไม่มีวันที่ 31/02/2569 ในปฏิทิน"));
        assertThat(badDate.select("#title").attr("value")).isEqualTo(title);
        assertThat(badDate.select("#publishedOn").attr("value")).isEqualTo("31/02/2569");
        refused(publish(base, officer, "ONCE", "", "https://example.org/a"), "กรุณากรอกชื่อเรื่อง");
        refused(publish(base, officer, "ONCE", title, ""), "กรุณาแนบไฟล์ ใส่ลิงก์ หรือพิมพ์ข้อความ");
        // A file named .pdf that is not a PDF is refused by its content.
        Document fake = refused(publish(base, officer, "ONCE", title, "")
                .file(new MockMultipartFile("file", "โครงสร้าง.pdf", "application/pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))),
                "รับเฉพาะไฟล์ PDF");
        assertThat(fake.text()).contains("โปรดเลือกไฟล์อีกครั้ง");

        mvc.perform(publish(base, officer, "ONCE", title, "")
                        .file(new MockMultipartFile("file", "โครงสร้าง.jpg", "image/jpeg", Photos.jpeg(30, 20))))
                .andExpect(status().is3xxRedirection());
        assertThat(state(t, "O1")).isEqualTo(State.CURRENT);
        Publication first = disclosures.publications(t.id(), disclosures.currentYear(), "O1", true).get(0);
        assertThat(first.contentType()).isEqualTo("image/jpeg");
        String slug = t.organisation().slug();
        assertThat(mvc.perform(get("/" + slug + "/disclosure/files/" + first.id())).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        // Replaced: the new version is current, the old one stays in the history and leaves the portal.
        mvc.perform(multipart("/console/disclosure/publications/" + first.id() + "/replace").with(csrf()).with(as(officer))
                        .param("title", title + " ฉบับแก้ไข").param("publishedOn", LocalDate.now(clock).toString())
                        .param("notes", "แก้ไขชื่อกองให้ถูกต้อง"))
                .andExpect(status().is3xxRedirection());
        List<Publication> history = disclosures.publications(t.id(), disclosures.currentYear(), "O1", false);
        assertThat(history).extracting(Publication::status)
                .containsExactlyInAnyOrder(Publication.Status.CURRENT, Publication.Status.REPLACED);
        mvc.perform(get("/" + slug + "/disclosure/files/" + first.id())).andExpect(status().isNotFound());
        mvc.perform(get("/console/disclosure/publications/" + first.id() + "/file").with(as(officer))).andExpect(status().isOk());
        String portal = mvc.perform(get("/" + slug + "/disclosure")).andReturn().getResponse().getContentAsString();
        assertThat(portal).contains(title + " ฉบับแก้ไข");

        // Withdrawn only with a reason, then gone from the portal.
        UUID current = disclosures.publications(t.id(), disclosures.currentYear(), "O1", true).get(0).id();
        mvc.perform(post("/console/disclosure/publications/" + current + "/withdraw").with(csrf()).with(as(officer))
                .param("reason", " ")).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/disclosure/publications/" + current + "/withdraw").with(csrf()).with(as(officer))
                .param("reason", "เผยแพร่ผิดฉบับ")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/" + slug + "/disclosure")).andReturn().getResponse().getContentAsString())
                .doesNotContain(title);
        assertThat(state(t, "O1")).isIn(State.OVERDUE, State.DUE_SOON);
    }

    @Test
    void unitStaffPublishOnlyForTheItemsOfTheirUnit() throws Exception {
        Tenant t = fixtures.create();
        int y = disclosures.currentYear().buddhistYear();
        String staff = t.username(Role.UNIT_STAFF);
        mvc.perform(publish("/console/disclosure/" + y + "/O12", staff, "M01", "สรุปผลการจัดซื้อจัดจ้าง ต.ค.", "https://example.org/p"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/disclosure/" + y + "/O12/unit").with(csrf()).with(as(staff))
                .param("unitId", t.workUnit().id().value().toString())).andExpect(status().isForbidden());
        mvc.perform(post("/console/disclosure/" + y + "/O12/unit").with(csrf()).with(as(t.username(Role.INTEGRITY_OFFICER)))
                .param("unitId", t.section().id().value().toString())).andExpect(status().is3xxRedirection());
        // The fixture's unit staff work in the work unit beneath the section that answers for the item.
        mvc.perform(publish("/console/disclosure/" + y + "/O12", staff, "M01", "สรุปผลการจัดซื้อจัดจ้าง ต.ค.", "https://example.org/p"))
                .andExpect(status().is3xxRedirection());
        ItemState item = disclosures.item(t.id(), t.organisation().slug(), disclosures.currentYear(), "O12");
        assertThat(item.unitId()).isEqualTo(t.section().id().value());
        assertThat(item.periods().get(0).covered()).isTrue();
        // Another tenant's staff find no trace of it.
        Tenant other = fixtures.create();
        assertThat(disclosures.publications(other.id(), disclosures.currentYear(), "O12", false)).isEmpty();
        UUID published = disclosures.publications(t.id(), disclosures.currentYear(), "O12", true).get(0).id();
        mvc.perform(post("/console/disclosure/publications/" + published + "/withdraw").with(csrf())
                .with(as(other.username(Role.INTEGRITY_OFFICER))).param("reason", "ลอง")).andExpect(status().isNotFound());
    }

    @Test
    void whatTheOtherModulesPublishCountsByItself() {
        Tenant t = fixtures.create();
        Catalogue catalogue = disclosures.catalogue(t.id(), t.organisation().slug(), disclosures.currentYear());
        ItemState channel = catalogue.items().stream().filter(i -> i.item().number().equals("O18")).findFirst().orElseThrow();
        assertThat(channel.state()).isEqualTo(State.CURRENT);
        assertThat(channel.periods().get(0).evidence()).extracting(e -> e.path())
                .containsExactly("/" + t.organisation().slug() + "/complaints/corruption");
        // Ban Tom's published plan 2566–2570 answers FY2568's O25 and FY2566's o36; its risk assessment FY2566's o34.
        var banTom = organisations.findBySlug("bantom").orElseThrow();
        Catalogue fy2568 = disclosures.catalogue(banTom.id(), "bantom", new FiscalYear(2568));
        assertThat(fy2568.items().stream().filter(i -> i.item().number().equals("O25")).findFirst().orElseThrow().state())
                .isEqualTo(State.CURRENT);
        Catalogue fy2566 = disclosures.catalogue(banTom.id(), "bantom", new FiscalYear(2566));
        assertThat(fy2566.checklist().version()).isEqualTo(2566);
        assertThat(fy2566.items().stream().filter(i -> i.item().number().equals("o34")).findFirst().orElseThrow()
                .periods().get(0).evidence()).extracting(e -> e.path()).containsExactly("/bantom/risk/2566");
        assertThat(fy2566.items().stream().filter(i -> i.item().number().equals("o21")).findFirst().orElseThrow().state())
                .isEqualTo(State.OVERDUE);
    }

    @Test
    void thePortalFindsThaiWordsInsideSentencesAndServesJsonAndOpenData() throws Exception {
        Tenant t = fixtures.create();
        FiscalYear year = disclosures.currentYear();
        disclosures.publish(t.id(), year, "O4", new PublicationDraft("Q1", "=HYPERLINK(\"http://evil\") ข่าวการประชุมประชาคมหมู่บ้าน",
                LocalDate.now(clock), null, null, null, "เทศบาลจัดประชุมประชาคมเพื่อรับฟังความคิดเห็นเรื่องถนนสายใหม่"),
                t.userId(Role.INTEGRITY_OFFICER));
        String slug = t.organisation().slug();
        Document found = Jsoup.parse(mvc.perform(get("/" + slug + "/disclosure").param("q", "ประชาคม"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(found.select(".disclosure-items h3").eachText()).singleElement().asString().contains("O4");
        Document words = Jsoup.parse(mvc.perform(get("/" + slug + "/disclosure").param("q", "ถนนสาย"))
                .andReturn().getResponse().getContentAsString());
        assertThat(words.select(".disclosure-items h3").eachText()).singleElement().asString().contains("O4");
        Document procurement = Jsoup.parse(mvc.perform(get("/" + slug + "/disclosure").param("q", "จัดซื้อ").param("view", "ita"))
                .andReturn().getResponse().getContentAsString());
        assertThat(procurement.select(".disclosure-items h3").eachText()).allMatch(h -> h.contains("จัดซื้อ")).hasSize(2);

        String json = mvc.perform(get("/api/v1/orgs/" + slug + "/disclosures")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"number\":\"O4\"").contains("ข่าวการประชุมประชาคมหมู่บ้าน").contains("\"readiness\"");

        byte[] csv = mvc.perform(get("/" + slug + "/open-data/disclosures-" + year + ".csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("\"'=HYPERLINK(\"\"http://evil\"\") ข่าวการประชุมประชาคมหมู่บ้าน\"");
        String catalog = mvc.perform(get("/" + slug + "/open-data/catalog.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(catalog).contains("\"@type\":\"dcat:Catalog\"").contains("dcat:downloadURL")
                .contains("/" + slug + "/open-data/disclosures-" + year + ".csv");
        assertThat(mvc.perform(get("/" + slug + "/open-data")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("disclosures-" + year + ".json");
        mvc.perform(get("/" + slug + "/disclosure").param("year", "2400")).andExpect(status().isNotFound());
    }

    @Test
    void aPlatformAdminLoadsNextYearsChecklistOnce() throws Exception {
        String file = """
                code: ITA-TEST
                version: 1
                firstYear: 2690
                name: {th: "ตัวชี้วัดทดสอบ", en: "Test indicators"}
                items:
                  - {number: O1, group: BASIC, frequency: ON_CHANGE, due: START+P0D, th: "โครงสร้าง", en: "Structure"}
                  - {number: O2, group: BUDGET, frequency: MONTHLY, due: END+P15D, auto: procurement-summary, th: "จัดซื้อ", en: "Procurement"}
                """;
        MockMultipartFile upload = new MockMultipartFile("file", "ita-2690.yml", "application/x-yaml", file.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/disclosure/checklists").file(upload).with(csrf()).with(as(t().username(Role.INTEGRITY_OFFICER))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/disclosure/checklists").file(upload).with(csrf()).with(as("platform.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(disclosures.checklist(new FiscalYear(2690)).items()).hasSize(2);
        assertThat(disclosures.checklist(new FiscalYear(2570)).version()).isEqualTo(2568);
        String again = mvc.perform(multipart("/admin/disclosure/checklists").file(upload).with(csrf()).with(as("platform.admin")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("มีรายการตัวชี้วัดรหัสและฉบับนี้อยู่แล้ว");
        String broken = mvc.perform(multipart("/admin/disclosure/checklists").with(csrf()).with(as("platform.admin"))
                        .file(new MockMultipartFile("file", "x.yml", "text/plain", file.replace("MONTHLY", "WEEKLY").replace("version: 1", "version: 2")
                                .getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(broken).contains("O2: frequency");
    }

    @Test
    void remindersGoToTheResponsibleUnitForPeriodsWithoutEvidence() {
        Tenant t = fixtures.create();
        FiscalYear year = disclosures.currentYear();
        disclosures.assign(t.id(), year, "O9", new org.sujarit.tenant.UnitId(t.section().id().value()));
        // Five days into the fiscal year: what was due on its first day is overdue and still mailed.
        LocalDate today = year.firstDay().plusDays(5);
        List<DueItem> mine = dueItems.dueItems(today).stream().filter(d -> d.tenantId().equals(t.id().value())).toList();
        assertThat(mine).filteredOn(d -> d.href().endsWith("/O9")).singleElement()
                .satisfies(d -> assertThat(d.unitId()).isEqualTo(t.section().id().value()));
        assertThat(mine).noneMatch(d -> d.href().endsWith("/O18"));
        assertThat(dueItems.dueItems(year.firstDay().plusDays(40)))
                .noneMatch(d -> d.tenantId().equals(t.id().value()) && d.href().endsWith("/O9"));
        disclosures.publish(t.id(), year, "O9", new PublicationDraft("ONCE", "คู่มือการขอรับบริการ", year.firstDay(), "https://example.org/m",
                null, null, null), t.userId(Role.INTEGRITY_OFFICER));
        assertThat(dueItems.dueItems(today)).noneMatch(d -> d.tenantId().equals(t.id().value()) && d.href().endsWith("/O9"));
    }

    private Tenant t() {
        return fixtures.create();
    }

    @Test
    void thePublicationDateIsTypedAndShownInTheBuddhistEra() throws Exception {
        Tenant t = fixtures.create();
        int y = disclosures.currentYear().buddhistYear();
        String officer = t.username(Role.INTEGRITY_OFFICER);
        String base = "/console/disclosure/" + y + "/O1";
        LocalDate today = LocalDate.now(clock);
        Document form = Jsoup.parse(mvc.perform(get(base).with(as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("#publishedOn").val()).isEqualTo(buddhist(today));
        assertThat(form.select("#publishedOn").attr("type")).isEqualTo("text");

        LocalDate earlier = today.minusDays(40);
        String christian = String.format("%d/%d/%d", earlier.getDayOfMonth(), earlier.getMonthValue(), earlier.getYear());
        Document refused = refused(publish(base, officer, "ONCE", "ประกาศ " + t.marker(), "https://example.org/a", christian),
                org.sujarit.shared.NumeralStyle.THAI.apply("ปี " + earlier.getYear() + " เป็นปีคริสต์ศักราช โปรดกรอกปีพุทธศักราช ซึ่งน่าจะเป็น " + (earlier.getYear() + 543)));
        assertThat(refused.select("#publishedOn").val()).isEqualTo(christian);
        assertThat(refused.select("#title").val()).isEqualTo("ประกาศ " + t.marker());

        mvc.perform(publish(base, officer, "ONCE", "ประกาศ " + t.marker(), "https://example.org/a", buddhist(earlier)))
                .andExpect(status().is3xxRedirection());
        Publication saved = disclosures.publications(t.id(), disclosures.currentYear(), "O1", true).get(0);
        assertThat(saved.publishedOn()).isEqualTo(earlier);
    }

    private static String buddhist(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() + 543);
    }

    private State state(Tenant t, String number) {
        return disclosures.item(t.id(), t.organisation().slug(), disclosures.currentYear(), number).state();
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder publish(
            String base, String username, String period, String title, String link) {
        return publish(base, username, period, title, link, LocalDate.now(clock).toString());
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder publish(
            String base, String username, String period, String title, String link, String date) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(base + "/publications")
                .with(csrf()).with(as(username)).param("period", period).param("title", title)
                .param("publishedOn", date).param("linkUrl", link);
    }

    private Document refused(org.springframework.test.web.servlet.RequestBuilder request, String message) throws Exception {
        Document page = Jsoup.parse(mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.text()).contains(message);
        return page;
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return authentication(principals.authentication(username));
    }
}
