package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.risk.RiskContent.MeasureContent;
import org.sujarit.risk.RiskTypes.Area;
import org.sujarit.risk.RiskTypes.Band;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.risk.RiskTypes.TrafficLight;
import org.sujarit.shared.IndicatorSource.Value;
import org.sujarit.staff.Role;
import org.sujarit.support.IndicatorChecks;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * The risk assessment's oversight figures for several tenants at once: A's FY2568 assessment on the
 * 3×3 matrix (six risks of every colour and rating, three measures at different stages) counts only
 * once published, and its FY2569 one on the 5×5 matrix is rated with that matrix's bands; B's
 * published assessment has no measures; C has none at all.
 */
@SpringBootTest
class RiskIndicatorsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Autowired RiskIndicators indicators;
    @Autowired RiskAssessments risks;
    @Autowired TenantFixture fixtures;

    @Test
    void figuresOfThePublishedAssessmentPerTenantAndYear() {
        Tenant a = fixtures.create();
        risks.create(a.id(), 2568, risks.matrix("NACC_3X3").orElseThrow().id());
        add(a, 2568, TrafficLight.GREEN, 1, 2, ControlQuality.GOOD);
        add(a, 2568, TrafficLight.YELLOW, 2, 3, ControlQuality.FAIR);
        UUID weak = add(a, 2568, TrafficLight.RED, 3, 3, ControlQuality.WEAK);
        UUID wellControlled = add(a, 2568, TrafficLight.RED, 3, 3, ControlQuality.GOOD);
        add(a, 2568, TrafficLight.ORANGE, null, null, null);
        add(a, 2568, null, 2, 2, ControlQuality.WEAK);
        UUID doneLast = measure(a, weak, "มาตรการหนึ่ง");
        UUID startedLast = measure(a, weak, "มาตรการสอง");
        measure(a, wellControlled, "มาตรการสาม");
        monitor(a, doneLast, 1, "IN_PROGRESS");
        monitor(a, doneLast, 2, "DONE");
        monitor(a, startedLast, 1, "DONE");
        monitor(a, startedLast, 2, "IN_PROGRESS");

        Map<String, Value> draft = IndicatorChecks.of(compute(a), a.id().value(), 2568);
        assertThat(numbers(draft)).isEqualTo(Map.of("risk.published", "0"));

        risks.publish(a.id(), 2568);
        risks.create(a.id(), 2569, risks.matrix("LIKELIHOOD_IMPACT_5X5").orElseThrow().id());
        add(a, 2569, TrafficLight.YELLOW, 2, 4, ControlQuality.FAIR);
        risks.publish(a.id(), 2569);
        Tenant b = fixtures.create();
        risks.create(b.id(), 2568, risks.matrix("NACC_3X3").orElseThrow().id());
        add(b, 2568, TrafficLight.GREEN, 1, 1, ControlQuality.GOOD);
        risks.publish(b.id(), 2568);
        Tenant c = fixtures.create();

        List<Value> all = compute(a, b, c);
        IndicatorChecks.wellDefined(indicators, all);

        Map<String, Value> a2568 = IndicatorChecks.of(all, a.id().value(), 2568);
        assertThat(numbers(a2568)).isEqualTo(Map.ofEntries(Map.entry("risk.published", "1"), Map.entry("risk.risks", "6"),
                Map.entry("risk.green", "1"), Map.entry("risk.yellow", "1"), Map.entry("risk.orange", "1"),
                Map.entry("risk.red", "2"), Map.entry("risk.residual-high", "1"), Map.entry("risk.residual-medium", "3"),
                Map.entry("risk.residual-low", "1"), Map.entry("risk.measures", "3"),
                Map.entry("risk.measures-monitored", "66.67"), Map.entry("risk.measures-done", "33.33")));
        assertThat(a2568.get("risk.measures-done").numerator()).isEqualByComparingTo("1");
        assertThat(a2568.get("risk.measures-done").denominator()).isEqualByComparingTo("3");
        Map<Band, Long> rated = risks.published(a.id(), 2568).orElseThrow().risks().stream()
                .filter(r -> r.residual() != null).collect(Collectors.groupingBy(RiskView::residual, Collectors.counting()));
        for (Band band : Band.values()) {
            assertThat(a2568.get(RiskIndicators.residual(band)).value().longValue()).as(band.name())
                    .isEqualTo(rated.getOrDefault(band, 0L));
        }

        Map<String, Value> a2569 = IndicatorChecks.of(all, a.id().value(), 2569);
        assertThat(numbers(a2569)).containsAllEntriesOf(Map.of("risk.residual-medium", "1", "risk.residual-high", "0",
                "risk.measures", "0"));

        Map<String, Value> b2568 = IndicatorChecks.of(all, b.id().value(), 2568);
        assertThat(numbers(b2568)).containsAllEntriesOf(Map.of("risk.risks", "1", "risk.green", "1", "risk.red", "0",
                "risk.residual-low", "1", "risk.measures", "0"));
        assertThat(b2568.get("risk.measures-done").value()).isNull();
        assertThat(b2568.get("risk.measures-done").denominator()).isEqualByComparingTo("0");

        assertThat(all).filteredOn(v -> v.tenantId().equals(c.id().value()))
                .extracting(Value::fiscalYear, Value::key, v -> v.value().intValue())
                .containsExactly(tuple(2568, "risk.published", 0));

        assertThat(all).filteredOn(v -> v.tenantId().equals(a.id().value())).containsExactlyInAnyOrderElementsOf(compute(a));

        risks.returnToDraft(a.id(), 2568);
        assertThat(numbers(IndicatorChecks.of(compute(a), a.id().value(), 2568))).isEqualTo(Map.of("risk.published", "0"));
    }

    @Test
    void riskChangesAloneConcernIt() {
        assertThat(indicators.name()).isEqualTo("risk");
        assertThat(indicators.affectedBy("risk.monitored")).isTrue();
        assertThat(indicators.affectedBy("risk.unpublished")).isTrue();
        assertThat(indicators.affectedBy("plan.published")).isFalse();
        assertThat(indicators.affectedBy("procurement.published")).isFalse();
    }

    private List<Value> compute(Tenant... tenants) {
        return indicators.compute(Arrays.stream(tenants).map(t -> t.id().value()).toList(), TODAY);
    }

    private static Map<String, String> numbers(Map<String, Value> values) {
        return values.values().stream().collect(Collectors.toMap(Value::key,
                v -> v.value() == null ? "null" : v.value().stripTrailingZeros().toPlainString(), (x, y) -> x, HashMap::new));
    }

    private UUID add(Tenant tenant, int year, TrafficLight light, Integer likelihood, Integer impact, ControlQuality quality) {
        return risks.addRisk(tenant.id(), year, new RiskContent(Area.BUDGET_RESOURCES, null, "กระบวนการ " + tenant.marker(),
                "ความเสี่ยง " + tenant.marker(), null, null, null, null, null, null, light, likelihood, impact, quality,
                null, null, List.of()), null);
    }

    private UUID measure(Tenant tenant, UUID risk, String name) {
        return risks.addMeasure(tenant.id(), risk, new MeasureContent(name + " " + tenant.marker(), null, null, null, null,
                null, null), null, null);
    }

    private void monitor(Tenant tenant, UUID measure, int round, String status) {
        risks.monitor(tenant.id(), measure, round, new RiskAssessments.Monitoring(status, "DONE".equals(status) ? 100 : 50,
                null, null, null, null), tenant.userId(Role.INTEGRITY_OFFICER));
    }
}
