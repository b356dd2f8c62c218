package org.sujarit.staff;

import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A way of signing in, or a rule about it, added to the staff security chain by the module that
 * owns it (second factors, passkeys, single sign-on): each bean of this type is applied to the
 * chain in {@link #getOrder()} order, after the password form, before the chain is built.
 */
public interface SignInCustomizer extends Ordered {

    void customize(HttpSecurity http) throws Exception;

    @Override
    default int getOrder() {
        return 0;
    }
}
