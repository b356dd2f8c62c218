package org.sujarit.staff.factor;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;

/**
 * The actions that ask for a fresh second factor (step-up) even in a signed-in session: revealing a
 * whistleblower's identity (the custodian's vault page, where requests are approved, and handing a
 * key to another custodian), changing a member's roles, and exporting staff's personal data (the
 * registers of interests, gifts and integrity agreements).
 * <p>
 * A form that changes something is asked for <em>before it is shown</em>: the page that holds it
 * is itself a step-up page, so what the person types afterwards is never lost to a detour. Its
 * POST is checked again; only when the fresh factor ran out while the form was open (after {@code
 * sujarit.sign-in.step-up-validity}) is the person sent to step up and back to the form.
 */
final class StepUpRules {

    private static final String UUID_PATTERN = "[0-9a-fA-F-]{36}";

    record Rule(String method, Pattern path, Predicate<StaffPrincipal> who, Function<Matcher, String> back) {

        boolean matches(HttpServletRequest request, String path, StaffPrincipal me) {
            return method.equals(request.getMethod()) && this.path.matcher(path).matches() && who.test(me);
        }
    }

    static final List<Rule> RULES = List.of(
            get("/console/vault", Role.IDENTITY_CUSTODIAN),
            post("/console/vault/requests/" + UUID_PATTERN + "/approve", Role.IDENTITY_CUSTODIAN, m -> "/console/vault"),
            post("/console/vault/custodians", Role.IDENTITY_CUSTODIAN, m -> "/console/vault"),
            get("/console/users/(" + UUID_PATTERN + ")", Role.TENANT_ADMIN),
            post("/console/users/(" + UUID_PATTERN + ")/assignment", Role.TENANT_ADMIN, m -> "/console/users/" + m.group(1)),
            get("/console/registers/interests/interests\\.xlsx", null),
            get("/console/registers/gifts/register\\.xlsx", null),
            get("/console/registers/agreements/year\\.xlsx", null));

    private StepUpRules() {
    }

    /** Where to come back to after stepping up for this request, or {@code null} when it needs no step-up. */
    static String stepUpFor(HttpServletRequest request, String path, StaffPrincipal me) {
        for (Rule rule : RULES) {
            if (rule.matches(request, path, me)) {
                Matcher matcher = rule.path().matcher(path);
                matcher.matches();
                return rule.back().apply(matcher);
            }
        }
        return null;
    }

    private static Rule get(String path, Role role) {
        return new Rule("GET", Pattern.compile(path), who(role), m -> m.group(0));
    }

    private static Rule post(String path, Role role, Function<Matcher, String> back) {
        return new Rule("POST", Pattern.compile(path), who(role), back);
    }

    private static Predicate<StaffPrincipal> who(Role role) {
        return me -> role == null || me.has(role);
    }
}
