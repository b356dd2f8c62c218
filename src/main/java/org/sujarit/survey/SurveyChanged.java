package org.sujarit.survey;

import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/**
 * A survey made, its questions revised, opened, closed, its results published or withdrawn, a
 * paper questionnaire typed in. An answer by link or invitation is not audited: its time in the
 * trail would order the answers and could join a staff member's invitation to what they answered.
 */
public record SurveyChanged(UUID tenantId, UUID survey, String verb) implements AuditableEvent {

    @Override
    public String action() {
        return "survey." + verb;
    }

    @Override
    public String recordType() {
        return "survey";
    }

    @Override
    public String recordId() {
        return survey.toString();
    }
}
