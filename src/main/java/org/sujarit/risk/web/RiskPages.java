package org.sujarit.risk.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskNotFound;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/** What the risk pages share: the year's assessment, its risks and measures, and who may edit. */
@Component
class RiskPages {

    private final RiskAssessments risks;
    private final Units units;

    RiskPages(RiskAssessments risks, Units units) {
        this.risks = risks;
        this.units = units;
    }

    /** Whether a unit staff member's unit is the measure's unit or above it. */
    boolean isOwnUnit(TenantMember me, RiskView.Measure measure) {
        return me instanceof StaffPrincipal principal && principal.unit() != null && measure.unitId() != null
                && units.isWithin(me.tenant(), new UnitId(measure.unitId()), principal.unit());
    }

    AssessmentView assessment(TenantMember me, int year) {
        return risks.view(me.tenant(), year).orElseThrow(() -> new RiskNotFound("assessment"));
    }

    static RiskView risk(AssessmentView assessment, UUID riskId) {
        return assessment.risks().stream().filter(r -> r.id().equals(riskId)).findFirst()
                .orElseThrow(() -> new RiskNotFound("risk"));
    }

    static RiskView.Measure measure(AssessmentView assessment, UUID measureId) {
        return assessment.risks().stream().flatMap(r -> r.measures().stream()).filter(m -> m.id().equals(measureId))
                .findFirst().orElseThrow(() -> new RiskNotFound("measure"));
    }

    static RiskView riskOfMeasure(AssessmentView assessment, UUID measureId) {
        return assessment.risks().stream().filter(r -> r.measures().stream().anyMatch(m -> m.id().equals(measureId)))
                .findFirst().orElseThrow(() -> new RiskNotFound("measure"));
    }

    static boolean officer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_INTEGRITY_OFFICER"));
    }
}
