package org.sujarit.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.sujarit.risk.ControlPrinciples;
import org.sujarit.risk.ControlResult;
import org.sujarit.risk.ControlSelfAssessments;
import org.sujarit.risk.SelfAssessment;
import org.sujarit.risk.SelfAssessmentAnswers;
import org.sujarit.risk.SelfAssessmentAnswers.PrincipleAnswer;
import org.sujarit.staff.Role;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * Gives a tenant a complete FY 2566 ปค.๔, saved by its integrity officer: principle 8 needs
 * improvement, 11 does not apply, the others are adequate; component 1 has a conclusion. Every text
 * carries the tenant's marker.
 */
@Component
public class SelfAssessmentFixture {

    public static final int YEAR = 2566;
    public static final LocalDate ASSESSED_ON = LocalDate.of(2023, 10, 16);

    private final ControlSelfAssessments assessments;

    SelfAssessmentFixture(ControlSelfAssessments assessments) {
        this.assessments = assessments;
    }

    public static ControlResult result(int principle) {
        return principle == 8 ? ControlResult.NEEDS_IMPROVEMENT
                : principle == 11 ? ControlResult.NOT_APPLICABLE : ControlResult.ADEQUATE;
    }

    public static String conclusion(int principle, String marker) {
        return "ข้อสรุปหลักการ " + principle + " " + marker;
    }

    public SelfAssessment answered(Tenant tenant) {
        String marker = tenant.marker();
        Map<Integer, PrincipleAnswer> answers = new HashMap<>();
        for (int principle = 1; principle <= ControlPrinciples.COUNT; principle++) {
            answers.put(principle, new PrincipleAnswer(result(principle), conclusion(principle, marker)));
        }
        assessments.save(tenant.id(), YEAR, new SelfAssessmentAnswers(answers,
                Map.of(1, "สภาพแวดล้อมการควบคุมเหมาะสม " + marker), "ผลการประเมินโดยรวมเพียงพอ " + marker,
                "นายผู้ประเมิน " + marker, "ปลัดเทศบาล", ASSESSED_ON), tenant.userId(Role.INTEGRITY_OFFICER));
        return assessments.view(tenant.id(), YEAR);
    }
}
