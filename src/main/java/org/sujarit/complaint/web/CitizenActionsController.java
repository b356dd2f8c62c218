package org.sujarit.complaint.web;

import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.FollowingCases;
import org.sujarit.shared.RuleViolation;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Slugs;

/** A citizen acts on their case: adds information or files, rates the handling, asks for a reopening. */
@Controller
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/complaints/track/{number}")
class CitizenActionsController {

    private final CitizenAccess access;
    private final CitizenCasePage page;
    private final FollowingCases following;

    CitizenActionsController(CitizenAccess access, CitizenCasePage page, FollowingCases following) {
        this.access = access;
        this.page = page;
        this.following = following;
    }

    @PostMapping("/messages")
    String add(@PathVariable String slug, @PathVariable String number, @RequestParam(defaultValue = "") String text,
               @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
               HttpServletResponse response, HttpSession session, RedirectAttributes redirect) {
        return act(slug, number, session, model, response, redirect, "complaint.track.added", "text", text,
                c -> following.citizenAdds(c.tenant(), c.id(), text, Uploads.of(files)));
    }

    @PostMapping("/rating")
    String rate(@PathVariable String slug, @PathVariable String number, @RequestParam(defaultValue = "0") String satisfaction,
                @RequestParam(defaultValue = "") String comment, Model model, HttpServletResponse response,
                HttpSession session, RedirectAttributes redirect) {
        int stars = satisfaction.matches("[1-5]") ? Integer.parseInt(satisfaction) : 0;
        return act(slug, number, session, model, response, redirect, "complaint.track.rated", "comment", comment,
                c -> following.rate(c.tenant(), c.id(), stars, comment));
    }

    @PostMapping("/reopen")
    String reopen(@PathVariable String slug, @PathVariable String number, @RequestParam(defaultValue = "") String reason,
                  Model model, HttpServletResponse response, HttpSession session, RedirectAttributes redirect) {
        return act(slug, number, session, model, response, redirect, "complaint.track.reopened", "reason", reason,
                c -> following.reopenByCitizen(c.tenant(), c.id(), reason));
    }

    /** The case an action is on. */
    private record Target(org.sujarit.shared.TenantId tenant, java.util.UUID id) {
    }

    /** Runs a citizen's action on a case the session holds; a broken rule shows the case again with the text kept. */
    private String act(String slug, String number, HttpSession session, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, String notice, String field, String typed, Consumer<Target> action) {
        Organisation organisation = access.organisation(slug);
        CaseView c = access.granted(organisation, number, session);
        if (c == null) {
            return "redirect:/" + slug + "/complaints/track";
        }
        try {
            action.accept(new Target(organisation.id(), c.id()));
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/" + slug + "/complaints/track/" + c.number();
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", violation.messageKey());
            model.addAttribute("problemField", field);
            model.addAttribute("typed_" + field, typed);
            return page.show(organisation, c, model);
        }
    }
}
