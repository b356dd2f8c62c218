package org.sujarit.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.staff.SignedInUsers;
import org.sujarit.staff.StaffPrincipal;

@Controller
class LoginController {

    private final SignedInUsers signedIn;

    LoginController(SignedInUsers signedIn) {
        this.signedIn = signedIn;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) Integer locked,
                 @AuthenticationPrincipal StaffPrincipal principal, HttpSession session, HttpServletResponse response,
                 Model model) {
        if (principal != null) {
            return "redirect:" + signedIn.homeOf(principal);
        }
        Object typed = session.getAttribute(SignedInUsers.TYPED_USERNAME);
        session.removeAttribute(SignedInUsers.TYPED_USERNAME);
        model.addAttribute("username", typed == null ? "" : typed);
        model.addAttribute("failed", error != null);
        model.addAttribute("lockedMinutes", locked);
        if (error != null || locked != null) {
            response.setStatus(locked != null ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.UNAUTHORIZED.value());
        }
        return "staff/login";
    }
}
