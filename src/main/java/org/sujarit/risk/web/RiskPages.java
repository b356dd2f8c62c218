package org.sujarit.risk.web;

import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.KnownFactorEvidence;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskNotFound;
import org.sujarit.risk.RiskPlanLinks;
import org.sujarit.risk.RiskTypes;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/** What the risk pages share: the year's assessment, its risks and measures, who may edit, and a risk's page. */
@Component
class RiskPages {

    private final RiskAssessments risks;
    private final RiskPlanLinks plan;
    private final Units units;
    private final ObjectProvider<KnownFactorEvidence> knownFactors;

    RiskPages(RiskAssessments risks, RiskPlanLinks plan, Units units, ObjectProvider<KnownFactorEvidence> knownFactors) {
        this.risks = risks;
        this.plan = plan;
        this.units = units;
        this.knownFactors = knownFactors;
    }

    /** Whether a unit staff member's unit is the measure's unit or above it. */
    boolean isOwnUnit(TenantMember me, RiskView.Measure measure) {
        return me instanceof StaffPrincipal principal && principal.unit() != null && measure.unitId() != null
                && units.isWithin(me.tenant(), new UnitId(measure.unitId()), principal.unit());
    }

    AssessmentView assessment(TenantMember me, int year) {
        return risks.view(me.tenant(), year).orElseThrow(() -> new RiskNotFound("assessment"));
    }

    /**
     * A risk's page (a new one when {@code risk} is null): steps 1–4 on its form, its measures with
     * what the plan reports of them, and the form for another measure.
     */
    String riskPage(TenantMember me, AssessmentView assessment, RiskView risk, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("risk", risk);
        model.addAttribute("editable", !assessment.published() && officer());
        model.addAttribute("units", units.activeTree(me.tenant()));
        model.addAttribute("areas", RiskTypes.Area.values());
        model.addAttribute("missions", RiskTypes.Mission.values());
        model.addAttribute("factorKinds", RiskTypes.FactorKind.values());
        model.addAttribute("lights", RiskTypes.TrafficLight.values());
        model.addAttribute("qualities", RiskTypes.ControlQuality.values());
        model.addAttribute("changes", RiskTypes.Change.values());
        model.addAttribute("planItems", plan.items(me.tenant()));
        model.addAttribute("planProgress", plan.progress(me.tenant(), assessment));
        // Complaints whose cause analysis points at this risk, flags recorded against it: evidence that its factor is known.
        model.addAttribute("knownFactors", risk == null ? List.of()
                : knownFactors.orderedStream().flatMap(source -> source.evidenceFor(me, risk.id()).stream()).toList());
        if (!model.containsAttribute("measureForm")) {
            model.addAttribute("measureForm", MeasureForm.blank());
        }
        return "risk/risk";
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

    static UnitId unit(UUID unitId) {
        return unitId == null ? null : new UnitId(unitId);
    }
}
