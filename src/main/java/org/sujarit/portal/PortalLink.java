package org.sujarit.portal;

/**
 * A section a module adds to every tenant's public portal, e.g. the published plan at
 * {@code /{slug}/plan}.
 *
 * @param messageKey  the section's title in the message bundles
 * @param pathSuffix  appended to {@code /{slug}}, starting with a slash
 * @param description what the section holds, in the message bundles
 */
public record PortalLink(String messageKey, String pathSuffix, String description, int order) {
}
