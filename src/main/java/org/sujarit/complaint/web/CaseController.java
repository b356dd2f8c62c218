package org.sujarit.complaint.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.sujarit.complaint.CaseAccess;
import org.sujarit.complaint.CaseDisclosures;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.ComplaintNotFound;
import org.sujarit.shared.TenantMember;

/** A case's page, the contact of who filed it (the officer's only), and its files. */
@Controller
@RequestMapping("/console/complaints/{caseId}")
@PreAuthorize(CaseController.READERS)
class CaseController {

    static final String READERS = "hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF', 'EXECUTIVE', 'INTERNAL_AUDITOR')";

    private final CasePages pages;
    private final CaseAccess access;
    private final CaseDisclosures disclosures;

    CaseController(CasePages pages, CaseAccess access, CaseDisclosures disclosures) {
        this.pages = pages;
        this.access = access;
        this.disclosures = disclosures;
    }

    /** The page; the officer sees a general complaint's contact at once, a corruption report's only through the vault. */
    @GetMapping
    String show(@AuthenticationPrincipal TenantMember me, @PathVariable UUID caseId, Model model) {
        CaseView c = pages.readable(me, caseId);
        boolean contactAtOnce = access.seesContact(me) && !c.channel().sealsAtRest();
        return pages.show(me, c, contactAtOnce ? disclosures.contact(me.tenant(), c) : null, null, model);
    }

    /** The page with the contact of a general complaint shown. */
    @GetMapping("/contact")
    String contact(@AuthenticationPrincipal TenantMember me, @PathVariable UUID caseId, Model model) {
        CaseView c = pages.readable(me, caseId);
        if (!access.seesContact(me)) {
            throw new AccessDeniedException("Only the integrity officer sees who filed a case");
        }
        if (c.channel().sealsAtRest()) {
            // A reporter's identity is in the vault: only a custodian's grant reveals it.
            throw new ComplaintNotFound("contact");
        }
        return pages.show(me, c, disclosures.contact(me.tenant(), c), null, model);
    }

    /** A file: images may open in the browser, anything else is downloaded; the type is never sniffed. */
    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal TenantMember me, @PathVariable UUID caseId,
                                      @PathVariable UUID attachmentId) {
        CaseView c = pages.readable(me, caseId);
        return Attachments.response(disclosures.attachment(me.tenant(), c, attachmentId)
                .orElseThrow(() -> new ComplaintNotFound("attachment")));
    }
}
