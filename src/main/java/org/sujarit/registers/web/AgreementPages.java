package org.sujarit.registers.web;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.registers.Agreement;
import org.sujarit.registers.AgreementPdf;
import org.sujarit.registers.Agreement.Side;
import org.sujarit.registers.Agreement.Stage;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Units;

/** What the agreement pages share: the choices of the form, and one agreement's page for whoever may see it. */
@Component
class AgreementPages {

    static final String MINE = "/console/me/agreements";
    static final String REGISTER = "/console/registers/agreements";

    private final StaffUsers users;
    private final Units units;
    private final AgreementPdf pdf;
    private final Organisations organisations;

    AgreementPages(StaffUsers users, Units units, AgreementPdf pdf, Organisations organisations) {
        this.users = users;
        this.units = units;
        this.pdf = pdf;
        this.organisations = organisations;
    }

    /** The agreement as PDF in Sarabun, in the tenant's numerals. */
    ResponseEntity<byte[]> document(TenantMember me, Agreement agreement) {
        Organisation organisation = organisations.get(me.tenant());
        return DocumentFiles.file(pdf.print(agreement, organisation.nameTh(), organisation.numerals()),
                MediaType.APPLICATION_PDF, "ข้อตกลงการปฏิบัติราชการ-" + agreement.fiscalYear() + ".pdf");
    }

    /** The form of one agreement; {@code action} is where it is sent. */
    String form(TenantMember me, Object form, String action, UUID editing, String back, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        model.addAttribute("editing", editing);
        model.addAttribute("back", back);
        choices(me, model);
        return "registers/agreement-form";
    }

    void choices(TenantMember me, Model model) {
        model.addAttribute("accounts", users.list(me.tenant()).stream().filter(StaffUser::active).toList());
        model.addAttribute("units", units.activeTree(me.tenant()));
    }

    String view(TenantMember me, Agreement agreement, String base, Model model) {
        UUID user = me.userId();
        model.addAttribute("agreement", agreement);
        model.addAttribute("base", base);
        model.addAttribute("side", agreement.sideOf(user).orElse(null));
        model.addAttribute("maySign", agreement.awaits(user));
        model.addAttribute("mayAssess", agreement.assessableBy(user));
        model.addAttribute("mayEdit", agreement.assessmentHash() == null
                && (base.equals(REGISTER) ? AgreementRoles.officer() : agreement.supervisor().id().equals(user)));
        model.addAttribute("personSigned", agreement.current(Stage.AGREEMENT, Side.PERSON).orElse(null));
        model.addAttribute("supervisorSigned", agreement.current(Stage.AGREEMENT, Side.SUPERVISOR).orElse(null));
        model.addAttribute("assessmentSigned", agreement.current(Stage.ASSESSMENT, Side.SUPERVISOR).orElse(null));
        if (!model.containsAttribute("signForm")) {
            model.addAttribute("signForm", new AgreementSignForm(agreement.contentHash()));
        }
        return "registers/agreement-view";
    }
}
