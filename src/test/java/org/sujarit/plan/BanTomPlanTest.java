package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/** The Ban Tom demo plan as stored: all 20 projects in four dimensions, and the seed's defects found. */
@SpringBootTest
class BanTomPlanTest {

    @Autowired Plans plans;
    @Autowired Organisations organisations;

    @Test
    void theDemoPlanIsPublishedWithAllTwentyProjects() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        PlanView plan = plans.published(banTom.id()).orElseThrow();
        assertThat(plan.header().firstYear()).isEqualTo(2566);
        assertThat(plan.header().lastYear()).isEqualTo(2570);
        assertThat(plan.header().objectives()).hasSize(5);
        assertThat(plan.dimensions()).extracting(DimensionView::number).containsExactly("1", "2", "3", "4");
        List<ItemView> items = plan.allItems().toList();
        assertThat(items).hasSize(20);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.content().name()).isNotBlank();
            assertThat(item.content().period().months()).isNotEmpty();
            assertThat(item.outputs()).isNotEmpty();
        });
        assertThat(items.stream().filter(i -> i.unitName() != null).map(ItemView::unitName).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("งานนิติการ ฝ่ายปกครอง สำนักปลัด", "งานนโยบายและแผน ฝ่ายปกครอง สำนักปลัด");
        ItemView ethics = items.get(0);
        assertThat(ethics.content().name()).contains("ประมวลจริยธรรม");
        assertThat(ethics.outputs()).extracting(r -> r.result().kpi()).containsExactly(
                new Kpi(KpiType.COUNT_AT_LEAST, new java.math.BigDecimal("3"), "ช่องทาง", MeasurementMethod.COUNT),
                new Kpi(KpiType.PERCENT_AT_LEAST, new java.math.BigDecimal("80"), "ร้อยละ", MeasurementMethod.SURVEY));
        assertThat(plan.approvedBy()).isEqualTo("นายกเทศมนตรีตำบลบ้านต๋อม");
    }

    @Test
    void theQualityChecksFindTheSeedsRealDefects() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        PlanView plan = plans.published(banTom.id()).orElseThrow();
        List<QualityFinding> findings = PlanQuality.check(plan, banTom.nameTh());
        Set<String> kinds = findings.stream().map(QualityFinding::messageKey).collect(Collectors.toSet());
        assertThat(kinds).contains("quality.budgetText", "quality.placeholder", "quality.nameMisspelled",
                "quality.noUnit", "quality.outputNoKpi");
        assertThat(findings).filteredOn(f -> f.messageKey().equals("quality.budgetText"))
                .singleElement().satisfies(f -> {
                    assertThat(f.itemName()).contains("ผลประโยชน์ทับซ้อน");
                    assertThat(f.detail()).contains("งานนิติการ");
                });
        assertThat(findings).filteredOn(f -> f.messageKey().equals("quality.placeholder"))
                .extracting(QualityFinding::detail)
                .anyMatch(d -> d.contains("ชื่อองค์กรปกครองส่วนท้องถิ่น"))
                .anyMatch(d -> d.contains("ระบุชื่อ"));
        assertThat(findings).filteredOn(f -> f.messageKey().equals("quality.nameMisspelled"))
                .extracting(QualityFinding::detail).contains("บ้านต้อม", "บ้านต่อม").doesNotContain("บ้านต๋อม");
        assertThat(findings).filteredOn(f -> f.itemId() == null && f.messageKey().equals("quality.nameMisspelled"))
                .extracting(QualityFinding::field).contains("foreword");
    }
}
