package org.sujarit.complaint.web;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.ComplaintNotFound;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.FollowingCases;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Slugs;

/** A citizen downloads what belongs to their case: its files they may see, and the receipt (without the secret). */
@Controller
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/complaints/track")
class CitizenFilesController {

    private static final Logger log = LoggerFactory.getLogger(CitizenFilesController.class);

    private final CitizenAccess access;
    private final FollowingCases following;
    private final ComplaintSettings settings;
    private final ReceiptPdf receipts;

    CitizenFilesController(CitizenAccess access, FollowingCases following, ComplaintSettings settings, ReceiptPdf receipts) {
        this.access = access;
        this.following = following;
        this.settings = settings;
        this.receipts = receipts;
    }

    @GetMapping("/{number}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable String number, @PathVariable UUID fileId,
                                HttpSession session) {
        Organisation organisation = access.organisation(slug);
        CaseView c = granted(organisation, number, session);
        return Attachments.response(following.attachment(organisation.id(), c.id(), fileId)
                .orElseThrow(() -> new ComplaintNotFound("file")));
    }

    @GetMapping("/{number}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String slug, @PathVariable String number, HttpSession session) {
        Organisation organisation = access.organisation(slug);
        CaseView c = granted(organisation, number, session);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("receipt-" + c.number() + ".pdf").build().toString())
                .body(receipts.receipt(organisation, c.forCitizen(), settings.settings(organisation.id())));
    }

    @ExceptionHandler(DocumentUnavailable.class)
    ModelAndView unavailable(DocumentUnavailable e) {
        return DocumentFiles.unavailable(log, e, "complaint.receipt.unavailable");
    }

    private CaseView granted(Organisation organisation, String number, HttpSession session) {
        CaseView c = access.granted(organisation, number, session);
        if (c == null) {
            throw new ComplaintNotFound("case");
        }
        return c;
    }
}
