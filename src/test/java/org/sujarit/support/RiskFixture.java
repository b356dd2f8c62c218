package org.sujarit.support;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskContent;
import org.sujarit.risk.RiskContent.MeasureContent;
import org.sujarit.risk.RiskTypes.Area;
import org.sujarit.risk.RiskTypes.Change;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.risk.RiskTypes.FactorKind;
import org.sujarit.risk.RiskTypes.Mission;
import org.sujarit.risk.RiskTypes.TrafficLight;
import org.sujarit.staff.Role;
import org.sujarit.support.PlanFixture.TenantWithPlan;

/**
 * Gives a tenant with a plan a draft FY 2566 assessment on the NACC 3×3 matrix: one rated risk of
 * its work unit with internal notes, one measure carried out by the plan's item, monitored in round 1.
 * Every text carries the tenant's marker.
 */
@Component
public class RiskFixture {

    public static final int YEAR = 2566;

    private final RiskAssessments risks;
    private final TransactionTemplate transaction;

    RiskFixture(RiskAssessments risks, TransactionTemplate transaction) {
        this.risks = risks;
        this.transaction = transaction;
    }

    public record TenantWithRisk(TenantWithPlan plan, UUID assessmentId, UUID riskId, UUID measureId) {

        public TenantFixture.Tenant tenant() {
            return plan.tenant();
        }
    }

    public static RiskContent risk(String marker) {
        return new RiskContent(Area.BUDGET_RESOURCES, Mission.CORE, "การจัดซื้อจัดจ้าง " + marker,
                "ความเสี่ยงทดสอบ " + marker, "พฤติการณ์ " + marker, FactorKind.KNOWN, "หลักฐานภายใน " + marker,
                "ปัจจัยเสี่ยง " + marker, "การควบคุมภายใน " + marker, null, TrafficLight.YELLOW, 2, 3,
                ControlQuality.FAIR, Change.NEW, null, List.of());
    }

    public TenantWithRisk withAssessment(TenantWithPlan plan) {
        return transaction.execute(status -> {
            String marker = plan.tenant().marker();
            UUID matrix = risks.matrix("NACC_3X3").orElseThrow().id();
            UUID assessment = risks.create(plan.tenant().id(), YEAR, matrix);
            UUID risk = risks.addRisk(plan.tenant().id(), YEAR, risk(marker), plan.tenant().workUnit().id());
            UUID measure = risks.addMeasure(plan.tenant().id(), risk, new MeasureContent("มาตรการทดสอบ " + marker,
                    "ต.ค. ๖๕ – ก.ย. ๖๖", null, null, null, null, null), plan.tenant().workUnit().id(), plan.item().key());
            risks.monitor(plan.tenant().id(), measure, 1, new RiskAssessments.Monitoring("IN_PROGRESS", 40,
                    "ผลการติดตาม " + marker, null, null, null), plan.tenant().userId(Role.INTEGRITY_OFFICER));
            return new TenantWithRisk(plan, assessment, risk, measure);
        });
    }
}
