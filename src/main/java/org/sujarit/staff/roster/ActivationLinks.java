package org.sujarit.staff.roster;

/** Where a member of staff sets their first password: the public activation page. */
public final class ActivationLinks {

    public static final String PAGE = "/activate";

    private ActivationLinks() {
    }

    static String path(String token) {
        return PAGE + "?token=" + token;
    }
}
