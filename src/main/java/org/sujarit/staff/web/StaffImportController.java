package org.sujarit.staff.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.roster.StaffImport;
import org.sujarit.staff.roster.StaffListRejected;
import org.sujarit.staff.roster.StaffListRejected.LineProblem;
import org.sujarit.tenant.Units;

/**
 * The tenant admin's import of the staff list: upload, then a preview of who is new and who is
 * already there, then confirmation. Between the two the file waits in the admin's session (kept
 * in PostgreSQL), under a key the preview page carries, and is checked again on confirmation.
 */
@Controller
@RequestMapping("/console/users/import")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class StaffImportController {

    private static final String SESSION_PREFIX = "staff-import.";

    private final StaffImport staffImport;
    private final Units units;

    StaffImportController(StaffImport staffImport, Units units) {
        this.staffImport = staffImport;
        this.units = units;
    }

    @GetMapping
    String form() {
        return "staff/import";
    }

    @PostMapping
    String preview(@AuthenticationPrincipal TenantMember me, @RequestParam(name = "file", required = false) MultipartFile file,
                   HttpSession session, Model model, HttpServletResponse response) {
        byte[] content = bytes(file);
        try {
            StaffImport.Preview preview = staffImport.preview(me.tenant(), content);
            String key = UUID.randomUUID().toString();
            session.setAttribute(SESSION_PREFIX + key, content);
            model.addAttribute("preview", preview);
            model.addAttribute("key", key);
            model.addAttribute("unitNames", UnitNames.of(units, me.tenant()));
            return "staff/import-preview";
        } catch (StaffListRejected rejected) {
            return rejected(rejected.problems(), model, response);
        }
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal TenantMember me, @RequestParam(defaultValue = "") String key,
                   HttpSession session, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Object content = session.getAttribute(SESSION_PREFIX + key);
        if (!(content instanceof byte[] bytes)) {
            return rejected(List.of(new LineProblem(0, null, "staff.import.expired")), model, response);
        }
        try {
            List<UUID> created = staffImport.confirm(me.tenant(), bytes, false);
            session.removeAttribute(SESSION_PREFIX + key);
            redirect.addFlashAttribute("imported", created.size());
            return "redirect:/console/users/invitations";
        } catch (StaffListRejected rejected) {
            return rejected(rejected.problems(), model, response);
        }
    }

    private static String rejected(List<LineProblem> problems, Model model, HttpServletResponse response) {
        FormErrors.unprocessable(response);
        model.addAttribute("importProblems", problems);
        return "staff/import";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
