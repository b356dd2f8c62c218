package org.sujarit.shared;

import java.util.Collection;

/**
 * An entry a module adds to the staff console's navigation. The console shows the entries whose
 * roles intersect the signed-in user's, ordered by {@link #order()}.
 *
 * @param messageKey label in the message bundles
 * @param href       where it leads
 * @param roles      role names (without {@code ROLE_}) that see it
 */
public record ConsoleLink(String messageKey, String href, Collection<String> roles, int order) {
}
