package org.sujarit.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.plan.Budget;
import org.sujarit.plan.DimensionContent;
import org.sujarit.plan.ItemContent;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.Kpi;
import org.sujarit.plan.KpiType;
import org.sujarit.plan.MeasurementMethod;
import org.sujarit.plan.Period;
import org.sujarit.plan.PlanContent;
import org.sujarit.plan.PlanHeader;
import org.sujarit.plan.PlanSummary;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Plans;
import org.sujarit.plan.Progress;
import org.sujarit.plan.ProgressEntry;
import org.sujarit.plan.ProgressEvidence;
import org.sujarit.plan.ProgressStatus;
import org.sujarit.plan.Result;
import org.sujarit.plan.Round;
import org.sujarit.plan.Step;
import org.sujarit.staff.Role;
import org.sujarit.support.TenantFixture.Tenant;

/** Gives a test tenant a plan (2566–2570) with one item of its work unit, a round-1 report and a link as evidence. */
@Component
public class PlanFixture {

    private final Plans plans;
    private final Progress progress;
    private final ProgressEvidence evidence;
    private final TransactionTemplate transaction;

    PlanFixture(Plans plans, Progress progress, ProgressEvidence evidence, TransactionTemplate transaction) {
        this.plans = plans;
        this.progress = progress;
        this.evidence = evidence;
        this.transaction = transaction;
    }

    public record TenantWithPlan(Tenant tenant, PlanView plan, ItemView item, UUID evidenceId) {
    }

    public static ItemContent item(String name, String unitPath) {
        return new ItemContent(ItemKind.PROJECT, name, "หลักการและเหตุผลของ" + name, List.of("เพื่อทดสอบ"),
                "บุคลากร", 60, List.of(new Step("จัดทำโครงการ", List.of(Step.of("ขออนุมัติ"))), Step.of("รายงานผล")),
                new Period("เดือนมกราคม – เดือนมีนาคม", List.of(1, 2, 3)),
                new Budget(false, Map.of(2568, new BigDecimal("20000")), "๒๐,๐๐๐ บาท"), unitPath, "หน่วยงานทดสอบ",
                List.of(new Result("เผยแพร่อย่างน้อย ๓ ช่องทาง",
                        new Kpi(KpiType.COUNT_AT_LEAST, new BigDecimal("3"), "ช่องทาง", MeasurementMethod.COUNT))),
                List.of(new Result("ผู้เข้าร่วมพึงพอใจไม่น้อยกว่าร้อยละ ๘๐",
                        new Kpi(KpiType.PERCENT_AT_LEAST, new BigDecimal("80"), null, MeasurementMethod.SURVEY))));
    }

    public TenantWithPlan withReportedItem(Tenant tenant) {
        return transaction.execute(status -> {
            String unitPath = "กอง " + tenant.marker() + "/ฝ่าย " + tenant.marker() + "/งาน " + tenant.marker();
            PlanContent content = new PlanContent(new PlanHeader(2566, 2570, "แผนทดสอบ " + tenant.marker(), null, null,
                    List.of(), null, null), List.of(new DimensionContent("1", "การสร้างวัฒนธรรมสุจริต", List.of(),
                    List.of(item("โครงการทดสอบ " + tenant.marker(), unitPath)))));
            PlanSummary summary = plans.create(tenant.id(), content);
            PlanView plan = plans.view(tenant.id(), summary.openRevisionId()).orElseThrow();
            ItemView item = plan.allItems().findFirst().orElseThrow();
            var report = progress.save(tenant.id(), plan, item.key(), new Round(2568, 1),
                    new ProgressEntry(ProgressStatus.IN_PROGRESS, null, null, new BigDecimal("20000"), null, null, null,
                            "ดำเนินการ " + tenant.marker(), null, null, Map.of(item.outputs().get(0).key(), new BigDecimal("2"))),
                    new Progress.Reporter(tenant.userId(Role.INTEGRITY_OFFICER), true, null));
            UUID link = evidence.addLink(tenant.id(), report.id(), "หลักฐาน " + tenant.marker(), "https://example.org/" + tenant.marker());
            return new TenantWithPlan(tenant, plan, item, link);
        });
    }
}
