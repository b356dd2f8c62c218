package org.sujarit.tenant;

/** How the public reaches a local government; every part is optional. */
public record Contacts(String address, String phone, String email, String website) {

    public static Contacts none() {
        return new Contacts(null, null, null, null);
    }
}
