package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * An officer pastes a plan's text, reviews the items read from it, and adds them to a draft: the Ban Tom
 * seed (no "มิติที่ …" lines in its part ๓) and an invented plan in the usual template with its
 * dimension lines between the sheets (src/test/resources/plan/nongbua-plan.txt).
 */
@WebTest
class PlanImportPageTest {

    /**
     * The dimension each sheet of the Nong Bua text goes into, by the "มิติที่ …" and "๑.๑ …" lines before
     * it, in a plan with sub-dimensions 1.1, 1.2 and 4.1 only: a sub-dimension the plan lacks gives its dimension.
     */
    private static final List<String> NONG_BUA_DIMENSIONS = List.of("1.1", "1.1", "1.2", "2", "2", "3", "4.1", "4");

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired Plans plans;

    @Test
    void theSeedImportsToTwentyItemsAfterReview() throws Exception {
        Tenant tenant = fixtures.create();
        PlanSummary plan = plans.create(tenant.id(), new PlanContent(header(), List.of()));
        String seed = resource("/plan/bantom-seed.txt");
        RequestPostProcessor officer = officer(tenant);
        String html = mvc.perform(post("/console/plan/import").with(csrf()).with(officer).param("text", seed))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(html).contains("อ่านได้ 20 รายการ").contains("แผ่นที่ 3").contains("อ่านงบประมาณไม่ได้")
                .contains("มาตรการ NO Gift Policy");
        assertThat(plans.view(tenant.id(), plan.openRevisionId()).orElseThrow().allItems()).isEmpty();

        // The seed's part ๓ names no dimension: every row says so, and nothing goes to dimension 1 unasked.
        Document preview = page(html);
        List<Element> rows = preview.select("tbody tr");
        assertThat(rows).hasSize(20).allSatisfy(row -> {
            assertThat(selected(row, "dimensions")).isNull();
            assertThat(row.text()).contains("ไม่พบบรรทัด \"มิติที่ …\" ก่อนรายการนี้");
        });
        Map<String, List<String>> form = formData(preview);
        mvc.perform(save(form).with(officer)).andExpect(status().isUnprocessableContent());
        assertThat(plans.view(tenant.id(), plan.openRevisionId()).orElseThrow().allItems()).isEmpty();

        List<UUID> dimensions = plans.view(tenant.id(), plan.openRevisionId()).orElseThrow().dimensions().stream()
                .map(DimensionView::id).toList();
        for (int i = 0; i < 20; i++) {
            form.get("dimensions").set(i, dimensions.get(i % 4).toString());
        }
        mvc.perform(save(form).with(officer)).andExpect(status().is3xxRedirection());
        PlanView imported = plans.view(tenant.id(), plan.openRevisionId()).orElseThrow();
        assertThat(imported.allItems()).hasSize(20);
        assertThat(imported.dimensions()).allSatisfy(d -> assertThat(d.items()).hasSize(5));
        assertThat(imported.allItems().map(i -> i.content().targetCount()).toList()).contains(80, 60);
    }

    @Test
    void textWithoutSheetsOrABinaryFileIsExplained() throws Exception {
        Tenant tenant = fixtures.create();
        plans.create(tenant.id(), new PlanContent(new PlanHeader(2566, 2570, "แผน", null, null, List.of(), null, null), List.of()));
        var officer = authentication(principals.authentication(tenant.username(Role.INTEGRITY_OFFICER)));
        String none = mvc.perform(post("/console/plan/import").with(csrf()).with(officer).param("text", "ข้อความทั่วไป ไม่ใช่แผน"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(none).contains("ไม่พบรายละเอียดโครงการ").contains("ข้อความทั่วไป ไม่ใช่แผน");
        String binary = mvc.perform(multipart("/console/plan/import").file(new MockMultipartFile("file", "plan.txt",
                        "text/plain", new byte[] {0, 1, 2, (byte) 0xFF})).with(csrf()).with(officer))
                .andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(binary).contains("อ่านได้เฉพาะไฟล์ข้อความ");
    }

    @Test
    void eachItemGoesIntoTheDimensionWhoseLinePrecedesItAndAYearlessSumIsSavedOnce() throws Exception {
        Tenant tenant = fixtures.create();
        PlanSummary plan = plans.create(tenant.id(), new PlanContent(header(), withSubDimensions()));
        Map<String, UUID> dimensionIds = dimensionIds(tenant, plan);
        RequestPostProcessor officer = officer(tenant);

        Document preview = page(mvc.perform(post("/console/plan/import").with(csrf()).with(officer)
                .param("text", resource("/plan/nongbua-plan.txt"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString().transform(ThaiDigits::toArabic));
        List<Element> rows = preview.select("tbody tr");
        assertThat(rows).hasSize(8);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(selected(rows.get(i), "dimensions")).as("dimension of row %d", i + 1)
                    .isEqualTo(dimensionIds.get(NONG_BUA_DIMENSIONS.get(i)).toString());
        }
        // A sum without a year is asked about; the period's fiscal year is offered first when it names one.
        assertThat(rows.get(0).text()).contains("20,000").contains("ไม่ระบุปี");
        assertThat(rows.get(0).selectFirst("select[name=budgetYears]")).isNotNull();
        assertThat(selected(rows.get(0), "budgetYears")).isNull();
        assertThat(selected(rows.get(3), "budgetYears")).isEqualTo("2568");
        assertThat(selected(rows.get(7), "budgetYears")).isEqualTo("2569");
        for (int i : List.of(1, 2, 4, 5, 6)) {
            assertThat(rows.get(i).selectFirst("select[name=budgetYears]")).as("row %d", i + 1).isNull();
        }

        // Sent as the browser sends it, the year of the first item's sum is still to be chosen.
        Map<String, List<String>> form = formData(preview);
        String refused = mvc.perform(save(form).with(officer)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(refused).contains("ยังเลือกมิติหรือปีงบประมาณไม่ครบ 1 รายการ");
        assertThat(plans.view(tenant.id(), plan.openRevisionId()).orElseThrow().allItems()).isEmpty();

        form.get("budgetYears").set(0, "2568");
        mvc.perform(save(form).with(officer)).andExpect(status().is3xxRedirection());
        PlanView imported = plans.view(tenant.id(), plan.openRevisionId()).orElseThrow();
        List<String> names = imported.allItems().map(i -> i.content().name()).toList();
        assertThat(names).hasSize(8);
        Map<String, String> dimensionOf = new LinkedHashMap<>();
        allDimensions(imported.dimensions()).forEach(d -> d.items().forEach(i -> dimensionOf.put(i.content().name(), d.number())));
        assertThat(dimensionOf.get("โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบล")).isEqualTo("1.1");
        assertThat(dimensionOf.get("กิจกรรมปลูกจิตสำนึกรักษ์ท้องถิ่นแก่เยาวชนตำบลหนองบัว")).isEqualTo("1.2");
        assertThat(dimensionOf.get("มาตรการแสดงเจตจำนงสุจริตของผู้บริหารองค์การบริหารส่วนตำบลหนองบัว")).isEqualTo("2");
        assertThat(dimensionOf.get("โครงการประชาคมตำบลเพื่อจัดทำแผนพัฒนาท้องถิ่น")).isEqualTo("3");
        assertThat(dimensionOf.get("กิจกรรมติดตามประเมินผลการควบคุมภายใน")).isEqualTo("4.1");
        assertThat(dimensionOf.get("โครงการอบรมชุมชนเฝ้าระวังการทุจริตตำบลหนองบัว")).isEqualTo("4");

        Map<String, Budget> budgets = new LinkedHashMap<>();
        imported.allItems().forEach(i -> budgets.put(i.content().name(), i.content().budget()));
        Budget training = budgets.get("โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบล");
        assertThat(training.total()).isEqualByComparingTo("20000");
        assertThat(training.perYear()).containsOnlyKeys(2568);
        assertThat(budgets.get("มาตรการแสดงเจตจำนงสุจริตของผู้บริหารองค์การบริหารส่วนตำบลหนองบัว").perYear())
                .containsOnlyKeys(2568).containsValue(new BigDecimal("15000.00"));
        assertThat(budgets.get("โครงการอบรมชุมชนเฝ้าระวังการทุจริตตำบลหนองบัว").perYear())
                .containsOnlyKeys(2569).containsValue(new BigDecimal("30000.00"));
        // 20,000 + 40,000 (two years) + 0 + 15,000 + 25,000 (5,000 a year) + 50,000 (ปีละ 10,000) + 22,000 + 30,000
        assertThat(budgets.values().stream().map(Budget::total).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("202000");
    }

    @Test
    void anItemWhoseDimensionCannotBeReadSaysSoAndIsNotPutIntoDimensionOne() throws Exception {
        Tenant tenant = fixtures.create();
        PlanSummary plan = plans.create(tenant.id(), new PlanContent(header(), withSubDimensions()));
        Map<String, UUID> dimensionIds = dimensionIds(tenant, plan);
        RequestPostProcessor officer = officer(tenant);
        String text = resource("/plan/nongbua-plan.txt")
                .replace("""
                        มิติที่ ๑ การสร้างวัฒนธรรมสุจริต
                        ๑.๑ การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่น
                        และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น
                        """, "")
                .replace("มิติ ๓ การส่งเสริมบทบาท", "มิติ ๗ การส่งเสริมบทบาท").replace("๓.๑ จัดให้มี", "๗.๑ จัดให้มี");
        assertThat(text).doesNotContain("มิติที่ ๑ การสร้างวัฒนธรรมสุจริต\n๑.๑").contains("มิติ ๗");

        Document preview = page(mvc.perform(post("/console/plan/import").with(csrf()).with(officer).param("text", text))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic));
        List<Element> rows = preview.select("tbody tr");
        assertThat(rows).hasSize(8);
        for (int i : List.of(0, 1, 2, 5)) {
            assertThat(selected(rows.get(i), "dimensions")).as("row %d", i + 1).isNull();
        }
        for (int i : List.of(0, 1, 2)) {
            assertThat(rows.get(i).text()).as("row %d", i + 1).contains("ไม่พบบรรทัด \"มิติที่ …\" ก่อนรายการนี้");
        }
        assertThat(rows.get(5).text()).contains("ข้อความระบุมิติ 7.1 ซึ่งไม่มีในแผนนี้");
        String note = rows.get(0).selectFirst("select[name=dimensions]").attr("aria-describedby");
        assertThat(preview.getElementById(note)).isNotNull();
        assertThat(preview.getElementById(note).text()).startsWith("ไม่พบบรรทัด");
        assertThat(selected(rows.get(3), "dimensions")).isEqualTo(dimensionIds.get("2").toString());

        String english = page(mvc.perform(post("/console/plan/import").with(csrf()).with(officer).param("text", text)
                .param("lang", "en")).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic)).text();
        assertThat(english).contains("No \"มิติที่ …\" line comes before this item")
                .contains("The text names dimension 7.1, which this plan does not have");

        // Sent as it is, nothing goes into dimension 1 by default: the page comes back with what was chosen.
        Map<String, List<String>> form = formData(preview);
        form.get("budgetYears").set(0, "2567");
        form.get("dimensions").set(3, dimensionIds.get("3").toString());
        Document refused = page(mvc.perform(save(form).with(officer)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic));
        assertThat(refused.text()).contains("ยังเลือกมิติหรือปีงบประมาณไม่ครบ 4 รายการ");
        List<Element> kept = refused.select("tbody tr");
        assertThat(selected(kept.get(0), "budgetYears")).isEqualTo("2567");
        assertThat(selected(kept.get(3), "dimensions")).isEqualTo(dimensionIds.get("3").toString());
        assertThat(plans.view(tenant.id(), plan.openRevisionId()).orElseThrow().allItems()).isEmpty();

        for (int i : List.of(0, 1, 2)) {
            form.get("dimensions").set(i, dimensionIds.get("1").toString());
        }
        form.get("dimensions").set(5, dimensionIds.get("3").toString());
        mvc.perform(save(form).with(officer)).andExpect(status().is3xxRedirection());
        PlanView imported = plans.view(tenant.id(), plan.openRevisionId()).orElseThrow();
        assertThat(imported.allItems()).hasSize(8);
        assertThat(imported.dimensions().get(0).items()).hasSize(3);
    }

    private static PlanHeader header() {
        return new PlanHeader(2566, 2570, "แผน", null, null, List.of(), null, null);
    }

    /** The NACC dimensions with some of the template's sub-dimensions. */
    private static List<DimensionContent> withSubDimensions() {
        return List.of(
                new DimensionContent("1", "การสร้างวัฒนธรรมสุจริต", List.of(
                        new DimensionContent("1.1", "การสร้างจิตสำนึกและความตระหนักแก่บุคลากร", List.of(), List.of()),
                        new DimensionContent("1.2", "การสร้างจิตสำนึกและความตระหนักแก่ประชาชน", List.of(), List.of())), List.of()),
                new DimensionContent("2", "การบริหารราชการด้วยความโปร่งใส", List.of(), List.of()),
                new DimensionContent("3", "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", List.of(), List.of()),
                new DimensionContent("4", "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น", List.of(
                        new DimensionContent("4.1", "การจัดวางระบบและรายงานการควบคุมภายใน", List.of(), List.of())), List.of()));
    }

    private Map<String, UUID> dimensionIds(Tenant tenant, PlanSummary plan) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        allDimensions(plans.view(tenant.id(), plan.openRevisionId()).orElseThrow().dimensions())
                .forEach(d -> ids.put(d.number(), d.id()));
        return ids;
    }

    private static List<DimensionView> allDimensions(List<DimensionView> dimensions) {
        List<DimensionView> all = new ArrayList<>();
        for (DimensionView dimension : dimensions) {
            all.add(dimension);
            all.addAll(allDimensions(dimension.children()));
        }
        return all;
    }

    private RequestPostProcessor officer(Tenant tenant) {
        return authentication(principals.authentication(tenant.username(Role.INTEGRITY_OFFICER)));
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = PlanImportPageTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }

    /** The value of the option marked selected in the row's select, or null when none is. */
    private static String selected(Element row, String name) {
        Element option = row.selectFirst("select[name=" + name + "] option[selected]");
        return option == null || option.val().isEmpty() ? null : option.val();
    }

    /** The save form's fields as a browser sends them: each select's selected option, or its first when none is. */
    private static Map<String, List<String>> formData(Document page) {
        Element form = page.selectFirst("form[action$=/import/save]");
        Map<String, List<String>> data = new LinkedHashMap<>();
        data.put("text", new ArrayList<>(List.of(form.selectFirst("textarea[name=text]").wholeText())));
        for (Element field : form.select("select, input[type=hidden]")) {
            if (field.attr("name").equals("_csrf")) {
                continue;
            }
            String value = field.tagName().equals("select")
                    ? (field.selectFirst("option[selected]") != null ? field.selectFirst("option[selected]") : field.selectFirst("option")).val()
                    : field.val();
            data.computeIfAbsent(field.attr("name"), k -> new ArrayList<>()).add(value);
        }
        data.computeIfAbsent("budgetYears", k -> new ArrayList<>());
        return data;
    }

    private static MockHttpServletRequestBuilder save(Map<String, List<String>> form) {
        MockHttpServletRequestBuilder request = post("/console/plan/import/save").with(csrf());
        form.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return request;
    }
}
