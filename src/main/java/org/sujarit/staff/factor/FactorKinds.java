package org.sujarit.staff.factor;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Whether a person has any second factor set up: one-time codes, or another kind (passkeys). */
@Component
public class FactorKinds {

    private final OneTimeCodes codes;
    private final ObjectProvider<SecondFactorKind> others;

    FactorKinds(OneTimeCodes codes, ObjectProvider<SecondFactorKind> others) {
        this.codes = codes;
        this.others = others;
    }

    public boolean anySetUp(UUID userId) {
        return codes.active(userId) || others.stream().anyMatch(kind -> kind.setUp(userId));
    }
}
