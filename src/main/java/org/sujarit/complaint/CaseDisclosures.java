package org.sujarit.complaint;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.ComplaintChanged.Change;
import org.sujarit.shared.TenantId;

/**
 * What staff open that may identify a whistleblower: the contact data of a case and its files.
 * Opening them on a corruption report leaves a row in the audit trail (who, when, which case).
 */
@Service
public class CaseDisclosures {

    private final CaseViews repository;
    private final ApplicationEventPublisher events;

    CaseDisclosures(CaseViews repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Transactional
    public Contact contact(TenantId tenant, CaseView c) {
        Contact contact = repository.contact(tenant, c.id());
        if (c.channel().sealsAtRest()) {
            events.publishEvent(ComplaintChanged.ofCase(tenant.value(), c.id(), Change.CONTACT_VIEWED));
        }
        return contact;
    }

    @Transactional
    public Optional<StoredFile> attachment(TenantId tenant, CaseView c, UUID attachmentId) {
        Optional<StoredFile> file = repository.attachment(tenant, c.id(), attachmentId);
        if (file.isPresent() && c.channel().sealsAtRest()) {
            events.publishEvent(ComplaintChanged.ofCase(tenant.value(), c.id(), Change.ATTACHMENT_VIEWED));
        }
        return file;
    }
}
