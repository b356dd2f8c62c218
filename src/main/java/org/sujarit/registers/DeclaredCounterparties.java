package org.sujarit.registers;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.shared.TenantId;

/** The first source of counterparties: what each person declared in their latest yearly declaration. */
@Component
class DeclaredCounterparties implements Counterparty.Source {

    static final String SOURCE = "declaration";

    private final DeclarationRepository repository;

    DeclaredCounterparties(DeclarationRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Counterparty> counterparties(TenantId tenant) {
        return repository.declaredCounterparties(tenant);
    }
}
