package org.sujarit.complaint.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.sujarit.complaint.CaseAccess;
import org.sujarit.complaint.CaseSearch;
import org.sujarit.complaint.CaseStatus;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.CaseView.Deadline;
import org.sujarit.complaint.Cause;
import org.sujarit.complaint.ComplaintNotFound;
import org.sujarit.complaint.Cases;
import org.sujarit.complaint.Priority;
import org.sujarit.complaint.vault.IdentityVault;
import org.sujarit.complaint.web.CaseForms.CauseForm;
import org.sujarit.complaint.web.CaseForms.DuplicateForm;
import org.sujarit.complaint.web.CaseForms.MoveForm;
import org.sujarit.complaint.web.CaseForms.NoteForm;
import org.sujarit.complaint.web.CaseForms.PriorityForm;
import org.sujarit.complaint.web.CaseForms.ReopenForm;
import org.sujarit.complaint.web.CaseForms.ReplyForm;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Units;

/** What the case page and its forms share: finding a case the viewer may read, and the page's model. */
@Component
class CasePages {

    /** Steps whose message the citizen reads is required. */
    static final Set<CaseStatus> MESSAGE_REQUIRED = Set.of(CaseStatus.NOT_ACCEPTED, CaseStatus.REFERRED, CaseStatus.RESOLVED);

    private final Cases cases;
    private final CaseAccess access;
    private final Units units;
    private final RiskAssessments risks;
    private final Clock clock;
    private final IdentityVault vault;

    CasePages(Cases cases, CaseAccess access, Units units, RiskAssessments risks, Clock clock, IdentityVault vault) {
        this.vault = vault;
        this.cases = cases;
        this.access = access;
        this.units = units;
        this.risks = risks;
        this.clock = clock;
    }

    /** The case, when the viewer may read it; 404 otherwise, whether it exists or not. */
    CaseView readable(TenantMember me, UUID caseId) {
        CaseView c = cases.find(me.tenant(), caseId).orElseThrow(() -> new ComplaintNotFound("case"));
        if (!access.mayRead(me, c)) {
            throw new ComplaintNotFound("case");
        }
        return c;
    }

    /** The case, when the viewer may reply to it and add notes. */
    CaseView workable(TenantMember me, UUID caseId) {
        CaseView c = readable(me, caseId);
        if (!access.works(me, c)) {
            throw new AccessDeniedException("Not a case of the viewer's unit");
        }
        return c;
    }

    /**
     * The case page. {@code contact} is shown when given (the officer asked for it); {@code active}
     * names the form that came back with errors, which opens with what was typed.
     */
    String show(TenantMember me, CaseView c, Contact contact, String active, Model model) {
        Instant now = clock.instant();
        boolean handles = access.handles(me);
        model.addAttribute("c", c);
        model.addAttribute("overdue", c.overdue(now));
        model.addAttribute("deadlines", c.deadlines().stream().map(d -> DeadlineRow.of(d, c, now, clock)).toList());
        model.addAttribute("seesContact", access.seesContact(me));
        model.addAttribute("contact", contact);
        model.addAttribute("contactOnRequest", c.channel().sealsAtRest());
        identity(me, c, model);
        model.addAttribute("handles", handles);
        model.addAttribute("works", access.works(me, c));
        Set<CaseStatus> steps = access.steps(me, c);
        model.addAttribute("steps", CaseSearch.statuses().stream().filter(steps::contains).toList());
        // A step sent from a page that was out of date: the case has moved on meanwhile.
        model.addAttribute("staleStep", active != null && active.startsWith("move-")
                && steps.stream().noneMatch(s -> active.equals("move-" + s.name())));
        model.addAttribute("defaultUnit", c.unitId() != null ? c.unitId() : c.category().unitId());
        model.addAttribute("messageRequired", MESSAGE_REQUIRED);
        model.addAttribute("reopenable", handles && (c.status().finished() || c.status() == CaseStatus.RESOLVED));
        model.addAttribute("analysable", handles && c.status().handled());
        model.addAttribute("active", active);
        model.addAttribute("units", units.activeTree(me.tenant()));
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("causes", Cause.values());
        if (handles && c.status().handled()) {
            model.addAttribute("riskOptions", riskOptions(me, c));
        }
        addIfAbsent(model, "moveForm", MoveForm.blank(c));
        addIfAbsent(model, "reopenForm", ReopenForm.blank());
        addIfAbsent(model, "replyForm", ReplyForm.blank());
        addIfAbsent(model, "noteForm", NoteForm.blank());
        addIfAbsent(model, "priorityForm", new PriorityForm(c.priority()));
        addIfAbsent(model, "duplicateForm", new DuplicateForm(c.duplicateOfNumber() == null ? "" : c.duplicateOfNumber()));
        addIfAbsent(model, "causeForm", CauseForm.of(c));
        return "complaint/case";
    }

    /**
     * A named corruption report's identity is in the vault: whoever handles the case may ask a
     * custodian for it, and sees it only while a grant lasts.
     */
    private void identity(TenantMember me, CaseView c, Model model) {
        boolean sealed = c.channel().sealsAtRest() && !c.anonymous();
        boolean mayRequest = sealed && (access.handles(me) || access.works(me, c)) && vault.sealed(me.tenant(), c.id());
        model.addAttribute("identitySealed", sealed);
        model.addAttribute("identityRequestable", mayRequest);
        if (mayRequest) {
            model.addAttribute("revealed", vault.revealed(me.tenant(), c.id(), me.userId()).orElse(null));
            model.addAttribute("identityRequest", vault.latest(me.tenant(), c.id(), me.userId()).orElse(null));
        }
        addIfAbsent(model, "identityForm", new IdentityController.RequestForm(""));
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    /** A risk the cause may be linked to: those of this and last fiscal year's assessments. */
    record RiskOption(UUID id, int fiscalYear, int position, String event) {
    }

    private List<RiskOption> riskOptions(TenantMember me, CaseView c) {
        FiscalYear current = FiscalYear.containing(LocalDate.now(clock));
        List<RiskOption> options = new ArrayList<>();
        for (FiscalYear year : List.of(current, current.previous())) {
            risks.view(me.tenant(), year.buddhistYear()).map(AssessmentView::risks).orElse(List.of())
                    .forEach(r -> options.add(new RiskOption(r.id(), year.buddhistYear(), r.position(), r.event())));
        }
        if (c.riskId() != null && options.stream().noneMatch(o -> o.id().equals(c.riskId()))) {
            options.add(new RiskOption(c.riskId(), 0, 0, null));
        }
        return options;
    }

    /** A deadline with where it stands now and its due day in the tenant's time zone. */
    record DeadlineRow(Deadline deadline, State state, LocalDate dueOn, LocalDate metOn) {

        enum State { MET, MET_LATE, OVERDUE, DUE, NOT_NEEDED }

        static DeadlineRow of(Deadline d, CaseView c, Instant now, Clock clock) {
            State state = d.met() ? (d.metLate() ? State.MET_LATE : State.MET)
                    : c.status().handled() ? State.NOT_NEEDED
                    : d.overdue(now) ? State.OVERDUE : State.DUE;
            return new DeadlineRow(d, state, LocalDate.ofInstant(d.dueAt(), clock.getZone()),
                    d.metAt() == null ? null : LocalDate.ofInstant(d.metAt(), clock.getZone()));
        }
    }
}
