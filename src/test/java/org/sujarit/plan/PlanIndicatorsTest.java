package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.plan.Progress.Reporter;
import org.sujarit.shared.IndicatorSource.Value;
import org.sujarit.staff.Role;
import org.sujarit.support.IndicatorChecks;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * The plan's oversight figures, computed for several tenants at once: A publishes its 2566–2570 plan
 * in October 2567 (on time for FY2568, late for the years before) and reports FY2568's round 1 late
 * (1 May, Bangkok time, though still 30 April in UTC) and round 2 on time; B publishes a plan late
 * and reports nothing; C keeps a draft; D has no plan at all.
 */
@SpringBootTest
class PlanIndicatorsTest {

    @Autowired PlanIndicators indicators;
    @Autowired Plans plans;
    @Autowired Progress progress;
    @Autowired TenantFixture fixtures;
    @Autowired JdbcClient jdbc;

    private static final LocalDate AFTER_ROUND_2 = LocalDate.of(2025, 11, 15);

    @Test
    void figuresPerTenantAndYearFromThePublishedPlanAndRounds() {
        Tenant a = fixtures.create();
        PlanView planA = publish(a, 2566, 2570, "2024-10-15T10:00:00+07:00", List.of(
                new DimensionContent("1", "มิติที่หนึ่ง", List.of(), List.of(
                        item(a, "โครงการหนึ่ง", Map.of(2568, "20000", 2569, "30000")),
                        item(a, "โครงการสอง", Map.of(2568, "5000")))),
                new DimensionContent("2", "มิติที่สอง", List.of(new DimensionContent("2.1", "มิติย่อย", List.of(), List.of(
                        item(a, "โครงการสาม", Map.of(2568, "1000"))))), List.of()),
                new DimensionContent("3", "มิติที่สาม", List.of(), List.of())));
        List<ItemView> items = planA.allItems().toList();
        Round first = new Round(2568, 1);
        report(a, planA, items.get(0), first, ProgressStatus.DONE, Map.of(0, "3"));
        report(a, planA, items.get(1), first, ProgressStatus.IN_PROGRESS, Map.of());
        publishRound(a, planA, first, "2025-05-01T05:00:00+07:00");

        Map<String, Value> afterRound1 = IndicatorChecks.of(compute(LocalDate.of(2025, 6, 1), a), a.id().value(), 2568);
        assertThat(afterRound1.get("plan.score").value()).isEqualByComparingTo("50.00");
        assertThat(afterRound1.get("plan.kpis-met").value()).isEqualByComparingTo("16.67");
        assertThat(afterRound1.get("plan.round1-reported").value()).isEqualByComparingTo("1");
        assertThat(afterRound1.get("plan.round1-on-time").value()).isEqualByComparingTo("0");
        assertThat(afterRound1).doesNotContainKeys("plan.round2-reported", "plan.round2-on-time");

        Round second = new Round(2568, 2);
        report(a, planA, items.get(0), second, ProgressStatus.DONE, Map.of(0, "3", 1, "90"));
        report(a, planA, items.get(1), second, ProgressStatus.DONE, Map.of(0, "5", 1, "79"));
        report(a, planA, items.get(2), second, ProgressStatus.IN_PROGRESS, Map.of());
        publishRound(a, planA, second, "2025-10-31T23:00:00+07:00");

        Tenant b = fixtures.create();
        publish(b, 2568, 2572, "2025-01-10T09:00:00+07:00", List.of(new DimensionContent("1", "มิติที่หนึ่ง", List.of(),
                List.of(item(b, "โครงการของบี", Map.of(2568, "7000"))))));
        Tenant c = fixtures.create();
        plans.create(c.id(), content(c, 2566, 2570, List.of(new DimensionContent("1", "มิติที่หนึ่ง", List.of(),
                List.of(item(c, "โครงการร่าง", Map.of(2568, "9000")))))));
        Tenant d = fixtures.create();

        List<Value> all = compute(AFTER_ROUND_2, a, b, c, d);
        IndicatorChecks.wellDefined(indicators, all);

        Map<String, Value> a2568 = IndicatorChecks.of(all, a.id().value(), 2568);
        assertThat(numbers(a2568)).containsAllEntriesOf(Map.ofEntries(
                Map.entry("plan.published", "1"), Map.entry("plan.published-on-time", "1"),
                Map.entry("plan.items", "3"), Map.entry("plan.items-dimension-1", "2"), Map.entry("plan.items-dimension-2", "1"),
                Map.entry("plan.items-dimension-3", "0"), Map.entry("plan.items-dimension-4", "0"),
                Map.entry("plan.budget", "26000"), Map.entry("plan.budget-dimension-1", "25000"),
                Map.entry("plan.budget-dimension-2", "1000"), Map.entry("plan.budget-dimension-3", "0"),
                Map.entry("plan.round1-reported", "1"), Map.entry("plan.round1-on-time", "0"),
                Map.entry("plan.round2-reported", "1"), Map.entry("plan.round2-on-time", "1"),
                Map.entry("plan.score", "83.33"), Map.entry("plan.kpis-met", "50")));
        assertThat(a2568.get("plan.score").denominator()).isEqualByComparingTo("3");
        assertThat(a2568.get("plan.kpis-met").numerator()).isEqualByComparingTo("3");
        assertThat(a2568.get("plan.kpis-met").denominator()).isEqualByComparingTo("6");

        RoundStanding standing = progress.standing(a.id(), planA, second, AFTER_ROUND_2);
        assertThat(a2568.get("plan.score").value()).isEqualByComparingTo(standing.overall().score());
        assertThat(a2568.get("plan.kpis-met").numerator()).isEqualByComparingTo(BigDecimal.valueOf(standing.kpisMet().size()));
        assertThat(a2568.get("plan.kpis-met").denominator()).isEqualByComparingTo(BigDecimal.valueOf(standing.kpisTotal()));
        assertThat(a2568.get("plan.budget").value()).isEqualByComparingTo(standing.budgetInPlan());

        Map<String, Value> a2567 = IndicatorChecks.of(all, a.id().value(), 2567);
        assertThat(numbers(a2567)).containsAllEntriesOf(Map.of("plan.published", "1", "plan.published-on-time", "0",
                "plan.items", "3", "plan.budget", "0", "plan.round1-reported", "0", "plan.round1-on-time", "0",
                "plan.round2-reported", "0", "plan.round2-on-time", "0"));
        assertThat(a2567).doesNotContainKeys("plan.score", "plan.kpis-met");
        assertThat(numbers(IndicatorChecks.of(all, a.id().value(), 2569))).containsAllEntriesOf(Map.of(
                "plan.published-on-time", "1", "plan.budget", "30000", "plan.budget-dimension-1", "30000"));
        assertThat(IndicatorChecks.of(all, a.id().value(), 2569)).doesNotContainKeys("plan.round1-reported", "plan.round1-on-time");
        assertThat(IndicatorChecks.of(all, a.id().value(), 2566).get("plan.published-on-time").value()).isEqualByComparingTo("0");
        assertThat(IndicatorChecks.of(all, a.id().value(), 2570).get("plan.published-on-time").value()).isEqualByComparingTo("1");

        Map<String, Value> b2568 = IndicatorChecks.of(all, b.id().value(), 2568);
        assertThat(numbers(b2568)).containsAllEntriesOf(Map.of("plan.published", "1", "plan.published-on-time", "0",
                "plan.items", "1", "plan.budget", "7000", "plan.round1-reported", "0", "plan.round2-on-time", "0"));
        assertThat(b2568).doesNotContainKeys("plan.score", "plan.kpis-met");
        assertThat(all).filteredOn(v -> v.tenantId().equals(b.id().value())).extracting(Value::fiscalYear)
                .containsOnly(2568, 2569, 2570, 2571, 2572);

        Map<String, Value> c2568 = IndicatorChecks.of(all, c.id().value(), 2568);
        assertThat(numbers(c2568)).isEqualTo(Map.of("plan.published", "0", "plan.published-on-time", "0"));
        assertThat(numbers(IndicatorChecks.of(all, c.id().value(), 2570))).isEqualTo(Map.of("plan.published", "0"));

        assertThat(all).filteredOn(v -> v.tenantId().equals(d.id().value()))
                .extracting(Value::fiscalYear, Value::key, v -> v.value().intValue())
                .containsExactlyInAnyOrder(tuple(2569, "plan.published", 0),
                        tuple(2569, "plan.published-on-time", 0));

        List<Value> aAlone = compute(AFTER_ROUND_2, a);
        assertThat(all).filteredOn(v -> v.tenantId().equals(a.id().value())).containsExactlyInAnyOrderElementsOf(aAlone);
    }

    @Test
    void theSqlOfAKpiMetIsTheKpisOwnRule() {
        record Case(KpiType type, String target, String actual) {
        }
        List<Case> cases = List.of(new Case(KpiType.COUNT_AT_LEAST, "3", "3"), new Case(KpiType.COUNT_AT_LEAST, "3", "2.99"),
                new Case(KpiType.COUNT_AT_LEAST, "0", "0"), new Case(KpiType.PERCENT_AT_LEAST, "80", "80.00"),
                new Case(KpiType.PERCENT_AT_LEAST, "80", "79.99"), new Case(KpiType.TIMES_PER_YEAR, "4", "5"),
                new Case(KpiType.TIMES_PER_YEAR, "4", null), new Case(KpiType.YES_NO, null, "1"),
                new Case(KpiType.YES_NO, null, "0"), new Case(KpiType.YES_NO, null, null));
        for (Case c : cases) {
            BigDecimal target = c.target() == null ? null : new BigDecimal(c.target());
            BigDecimal actual = c.actual() == null ? null : new BigDecimal(c.actual());
            boolean sql = jdbc.sql("select coalesce(" + PlanIndicators.KPI_MET + ", false) from "
                            + "(select cast(? as text) as kpi_type, cast(? as numeric) as kpi_target) res, "
                            + "(select cast(? as numeric) as actual) a")
                    .params(c.type().name(), target, actual).query(Boolean.class).single();
            assertThat(sql).as(c.toString())
                    .isEqualTo(new Kpi(c.type(), target, null, MeasurementMethod.COUNT).isMetBy(actual));
        }
    }

    @Test
    void planChangesAloneConcernIt() {
        assertThat(indicators.name()).isEqualTo("plan");
        assertThat(indicators.affectedBy("plan.round-published")).isTrue();
        assertThat(indicators.affectedBy("plan.kpi-overridden")).isTrue();
        assertThat(indicators.affectedBy("risk.published")).isFalse();
        assertThat(indicators.affectedBy("survey.answered")).isFalse();
    }

    private List<Value> compute(LocalDate today, Tenant... tenants) {
        return indicators.compute(Arrays.stream(tenants).map(t -> t.id().value()).toList(), today);
    }

    private static Map<String, String> numbers(Map<String, Value> values) {
        Map<String, String> numbers = new HashMap<>();
        values.forEach((key, value) -> numbers.put(key, value.value() == null ? null : value.value().stripTrailingZeros().toPlainString()));
        return numbers;
    }

    private PlanView publish(Tenant tenant, int firstYear, int lastYear, String publishedAt, List<DimensionContent> dimensions) {
        PlanSummary created = plans.create(tenant.id(), content(tenant, firstYear, lastYear, dimensions));
        plans.approve(tenant.id(), created.openRevisionId(), tenant.userId(Role.EXECUTIVE));
        plans.publish(tenant.id(), created.openRevisionId(), tenant.userId(Role.INTEGRITY_OFFICER));
        jdbc.sql("update plan_revision set published_at = ? where tenant_id = ? and id = ?")
                .params(at(publishedAt), tenant.id().value(), created.openRevisionId()).update();
        return plans.published(tenant.id()).orElseThrow();
    }

    private static PlanContent content(Tenant tenant, int firstYear, int lastYear, List<DimensionContent> dimensions) {
        return new PlanContent(new PlanHeader(firstYear, lastYear, "แผน " + tenant.marker(), null, null, List.of(), null, null),
                dimensions);
    }

    private static ItemContent item(Tenant tenant, String name, Map<Integer, String> budget) {
        ItemContent base = PlanFixture.item(name + " " + tenant.marker(),
                "กอง " + tenant.marker() + "/ฝ่าย " + tenant.marker() + "/งาน " + tenant.marker());
        Map<Integer, BigDecimal> amounts = new HashMap<>();
        budget.forEach((year, amount) -> amounts.put(year, new BigDecimal(amount)));
        return new ItemContent(base.kind(), base.name(), base.rationale(), base.objectives(), base.targetGroup(),
                base.targetCount(), base.method(), base.period(), new Budget(false, amounts, null), base.responsibleUnit(),
                base.responsibleText(), base.outputs(), base.outcomes());
    }

    /** A report of the item; actuals by position among its results (0 the output, 1 the outcome). */
    private void report(Tenant tenant, PlanView plan, ItemView item, Round round, ProgressStatus status,
                        Map<Integer, String> actuals) {
        List<UUID> results = Stream.concat(item.outputs().stream(), item.outcomes().stream())
                .map(ResultView::key).toList();
        Map<UUID, BigDecimal> byKey = new HashMap<>();
        actuals.forEach((position, actual) -> byKey.put(results.get(position), new BigDecimal(actual)));
        progress.save(tenant.id(), plan, item.key(), round, new ProgressEntry(status, null, null, null, null, null, null,
                null, null, null, byKey), new Reporter(tenant.userId(Role.INTEGRITY_OFFICER), true, null));
    }

    private void publishRound(Tenant tenant, PlanView plan, Round round, String publishedAt) {
        progress.publishRound(tenant.id(), plan.planId(), round, tenant.userId(Role.INTEGRITY_OFFICER));
        jdbc.sql("update progress_round set published_at = ? where tenant_id = ? and plan_id = ? and fiscal_year = ? and round = ?")
                .params(at(publishedAt), tenant.id().value(), plan.planId(), round.fiscalYear(), round.number()).update();
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(OffsetDateTime.parse(instant).toInstant());
    }
}
