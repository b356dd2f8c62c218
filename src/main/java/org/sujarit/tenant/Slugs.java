package org.sujarit.tenant;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule for a tenant's URL slug ({@code /bantom}): lower-case letters, digits and hyphens,
 * 3–40 characters, and none of the first path segments the application itself uses.
 */
public final class Slugs {

    public static final String PATTERN = "[a-z][a-z0-9-]{1,38}[a-z0-9]";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);
    private static final Set<String> RESERVED = Set.of("login", "logout", "console", "admin", "oversight",
            "account", "api", "actuator", "error", "css", "js", "fonts", "images", "static", "health", "about",
            "help", "privacy", "terms", "sujarit", "www", "open-data", "favicon", "open311");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && COMPILED.matcher(slug).matches() && !slug.contains("--");
    }

    public static boolean isReserved(String slug) {
        return RESERVED.contains(slug);
    }
}
