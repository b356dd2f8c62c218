package org.sujarit.complaint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.vault.IdentityVault;

/**
 * At start-up, seals what corruption reports filed before the identity vault hold in plain text:
 * the reporter's contact moves into the vault (the notice e-mail kept only if notices were asked
 * for), texts and files go under the content key. A migration cannot do it: the keys are not in
 * the database.
 */
@Component
@Order(0)
class VaultBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VaultBackfill.class);

    private final BackfillRepository repository;
    private final CaseViews views;
    private final IdentityVault vault;
    private final TransactionTemplate transaction;

    VaultBackfill(BackfillRepository repository, CaseViews views, IdentityVault vault, TransactionTemplate transaction) {
        this.repository = repository;
        this.views = views;
        this.vault = vault;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        var cases = repository.unsealedCases();
        for (var c : cases) {
            try {
                seal(c);
            } catch (RuntimeException e) {
                // Only the kind of failure: a database message may quote the values it was given.
                log.error("Corruption report {} could not be sealed ({}); the next start tries again", c.caseId(),
                        e.getClass().getSimpleName());
            }
        }
        if (!cases.isEmpty()) {
            log.info("Sealed {} corruption reports filed before the identity vault", cases.size());
        }
    }

    private void seal(BackfillRepository.Unsealed c) {
        transaction.executeWithoutResult(status -> {
            Contact contact = views.contact(c.tenant(), c.caseId());
            if (!contact.isEmpty()) {
                boolean notices = views.find(c.tenant(), c.caseId()).map(CaseView::notifyByEmail).orElse(false);
                if (!vault.sealed(c.tenant(), c.caseId())) {
                    vault.seal(c.tenant(), c.caseId(), contact, notices);
                }
                repository.deleteContact(c.tenant(), c.caseId());
            }
            repository.sealInPlace(c.tenant(), c.caseId());
        });
    }
}
