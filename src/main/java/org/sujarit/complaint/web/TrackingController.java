package org.sujarit.complaint.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.complaint.CaseNumber;
import org.sujarit.complaint.CaseSecret;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.FollowingCases;
import org.sujarit.complaint.FollowingCases.Lookup;
import org.sujarit.infrastructure.guard.Friction;
import org.sujarit.infrastructure.guard.RateLimiter;
import org.sujarit.infrastructure.guard.RateLimiter.Limit;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Slugs;

/**
 * A citizen follows their case with its number and secret: the look-up and the case's page; and
 * forgetting the cases this browser opened.
 */
@Controller
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/complaints/track")
class TrackingController {

    private final CitizenAccess access;
    private final CitizenCasePage page;
    private final FollowingCases following;
    private final RateLimiter limits;
    /** Look-ups from one address, whatever the case (wrong guesses at one case number are limited apart, in FollowingCases). */
    private final Limit lookup;
    private final Friction friction;

    TrackingController(CitizenAccess access, CitizenCasePage page, FollowingCases following, RateLimiter limits,
                       Friction friction,
                       @Value("${sujarit.complaints.lookups-per-10-minutes:30}") int lookupsPer10Minutes) {
        this.access = access;
        this.page = page;
        this.following = following;
        this.limits = limits;
        this.friction = friction;
        this.lookup = new Limit("complaint-lookup", lookupsPer10Minutes, Duration.ofMinutes(10));
    }

    @GetMapping
    String trackForm(@PathVariable String slug, Model model) {
        model.addAttribute("organisation", access.organisation(slug));
        friction.challenge(model);
        return "complaint/citizen/track";
    }

    @PostMapping
    String track(@PathVariable String slug, @RequestParam(defaultValue = "") String number,
                 @RequestParam(defaultValue = "") String secret,
                 @RequestParam(name = "powChallenge", required = false) String powChallenge,
                 @RequestParam(name = "powCounter", required = false) String powCounter, Model model,
                 HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        Organisation organisation = access.organisation(slug);
        model.addAttribute("organisation", organisation);
        model.addAttribute("number", number);
        friction.challenge(model);
        if (!limits.tryAcquire(lookup, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("problem", "complaint.track.tooMany");
            return "complaint/citizen/track";
        }
        String refused = friction.check(powChallenge, powCounter, model);
        if (refused != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", refused);
            return "complaint/citizen/track";
        }
        String n = CaseNumber.normalise(number);
        if (n == null || CaseSecret.normalise(secret).isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", "complaint.track.malformed");
            return "complaint/citizen/track";
        }
        Lookup found = following.lookUp(organisation.id(), n, secret);
        switch (found.result()) {
            case FOUND -> {
                access.grant(session, found.caseId());
                return "redirect:/" + slug + "/complaints/track/" + n;
            }
            case LOCKED -> {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                model.addAttribute("problem", "complaint.track.locked");
                model.addAttribute("problemArg", Math.max(1, (found.retryAfter().toSeconds() + 59) / 60));
            }
            default -> {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                model.addAttribute("problem", "complaint.track.notFound");
            }
        }
        return "complaint/citizen/track";
    }

    @GetMapping("/{number}")
    String show(@PathVariable String slug, @PathVariable String number, Model model, HttpSession session) {
        Organisation organisation = access.organisation(slug);
        CaseView c = access.granted(organisation, number, session);
        if (c == null) {
            return "redirect:/" + slug + "/complaints/track";
        }
        return page.show(organisation, c, model);
    }

    /** Forgets the cases this browser opened, e.g. on a shared computer. */
    @PostMapping("/forget")
    String forget(@PathVariable String slug, HttpSession session, RedirectAttributes redirect) {
        access.forget(session);
        redirect.addFlashAttribute("notice", "complaint.track.forgotten");
        return "redirect:/" + slug + "/complaints/track";
    }

}
