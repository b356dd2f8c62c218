package org.sujarit.survey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.TenantId;

/** The surveys whose results a tenant has published, for its portal and its open data; no other survey is found. */
@Service
public class PublishedSurveys {

    private final SurveyRepository surveys;

    PublishedSurveys(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Survey> list(TenantId tenant) {
        return surveys.list(tenant).stream().filter(PublishedSurveys::shown).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Survey> find(TenantId tenant, UUID id) {
        return surveys.find(tenant, id).filter(PublishedSurveys::shown);
    }

    /** Published; a staff survey only while it is closed (one opened again is not shown until it closes). */
    private static boolean shown(Survey s) {
        return s.published() && (s.audience() == Survey.Audience.PUBLIC || s.status() == Survey.Status.CLOSED);
    }
}
