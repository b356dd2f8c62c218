package org.sujarit.staff.web;

/**
 * Setting a first password: with the token of a mailed link, or with the user name and the code
 * printed on paper. Passwords are never shown again; the rest is kept when the form comes back.
 */
record ActivationForm(String token, String username, String code, String password, String confirmPassword) {

    static ActivationForm withToken(String token) {
        return new ActivationForm(token, null, null, null, null);
    }

    boolean byLink() {
        return token != null && !token.isBlank();
    }
}
