package org.sujarit.staff;

import java.util.List;

import org.springframework.core.Ordered;

/**
 * One part of a member of staff's own sign-in settings, listed on the account page
 * ({@code /account}): the module that owns a way of signing in (one-time codes, passkeys, single
 * sign-on) says what it is, how it stands for this person and where it is managed.
 */
public interface AccountSection extends Ordered {

    /** What the page shows for this person; {@code null} when the section does not apply to them. */
    View view(StaffPrincipal me);

    @Override
    default int getOrder() {
        return 0;
    }

    /**
     * @param titleKey  message key of the section's title
     * @param statusKey message key of how it stands (e.g. "on", "2 passkeys"), with {@code args}
     * @param href      the page that manages it
     * @param required  {@code true} when this person's roles or tenant require a second factor
     */
    record View(String titleKey, String statusKey, List<Object> args, String href, boolean required) {
        public View {
            args = List.copyOf(args);
        }
    }
}
