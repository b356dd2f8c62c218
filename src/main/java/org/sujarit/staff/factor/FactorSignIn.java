package org.sujarit.staff.factor;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;
import org.sujarit.staff.SignInCustomizer;

/** Puts the {@link FactorGate} on the staff chain, just before the rules of who may open what. */
@Component
class FactorSignIn implements SignInCustomizer {

    private final SecondFactorRequirement requirement;
    private final FactorKinds kinds;
    private final Clock clock;
    private final Duration validity;

    FactorSignIn(SecondFactorRequirement requirement, FactorKinds kinds, Clock clock,
                 @Value("${sujarit.sign-in.step-up-validity:PT5M}") Duration validity) {
        this.requirement = requirement;
        this.kinds = kinds;
        this.clock = clock;
        this.validity = validity;
    }

    @Override
    public void customize(HttpSecurity http) {
        http.addFilterBefore(new FactorGate(requirement, kinds, clock, validity), AuthorizationFilter.class);
    }
}
