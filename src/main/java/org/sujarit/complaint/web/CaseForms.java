package org.sujarit.complaint.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sujarit.complaint.CaseStatus;
import org.sujarit.complaint.Cause;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.Filing;
import org.sujarit.complaint.Priority;

/** The small forms of a case's page; the rules behind them are the case's ({@code Complaint}). */
final class CaseForms {

    private CaseForms() {
    }

    /** A workflow step: the reason is kept internal, the message goes to the citizen. */
    record MoveForm(@NotNull(message = "{validation.required}") CaseStatus to,
                    @Size(max = Filing.TEXT_MAX, message = "{validation.tooLong}") String reason,
                    @Size(max = Filing.TEXT_MAX, message = "{validation.tooLong}") String message,
                    UUID unitId) {

        static MoveForm blank(CaseView c) {
            return new MoveForm(null, "", "", c.unitId() != null ? c.unitId() : c.category().unitId());
        }
    }

    record ReopenForm(@Size(max = Filing.TEXT_MAX, message = "{validation.tooLong}") String reason) {

        static ReopenForm blank() {
            return new ReopenForm("");
        }
    }

    /** A reply the citizen reads; an explanation is the one the 15-day rule asks for when action takes longer. */
    record ReplyForm(@Size(max = Filing.TEXT_MAX, message = "{validation.tooLong}") String text, Boolean explanation) {

        static ReplyForm blank() {
            return new ReplyForm("", false);
        }

        boolean isExplanation() {
            return Boolean.TRUE.equals(explanation);
        }
    }

    record NoteForm(@Size(max = Filing.TEXT_MAX, message = "{validation.tooLong}") String text) {

        static NoteForm blank() {
            return new NoteForm("");
        }
    }

    record PriorityForm(@NotNull(message = "{validation.required}") Priority priority) {
    }

    record DuplicateForm(@Size(max = 40, message = "{validation.tooLong}") String originalNumber) {
    }

    record CauseForm(@NotNull(message = "{validation.required}") Cause cause, UUID riskId,
                     @Size(max = Filing.TEXT_MAX, message = "{validation.tooLong}") String preventiveMeasure) {

        static CauseForm of(CaseView c) {
            return new CauseForm(c.cause(), c.riskId(), c.preventiveMeasure() == null ? "" : c.preventiveMeasure());
        }
    }
}
