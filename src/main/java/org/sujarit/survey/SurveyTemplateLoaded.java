package org.sujarit.survey;

import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/** A platform admin loaded a survey template, offered to every LAO from then on: on the platform's chain. */
public record SurveyTemplateLoaded(String templateKey) implements AuditableEvent {

    @Override
    public UUID tenantId() {
        return null;
    }

    @Override
    public String action() {
        return "survey-template.loaded";
    }

    @Override
    public String recordType() {
        return "survey-template";
    }

    @Override
    public String recordId() {
        return templateKey;
    }
}
