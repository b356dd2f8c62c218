package org.sujarit.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * A survey, test or consultation of one tenant, with what governs its answering; its questions are
 * the {@link Questionnaire} of its current {@code version}. Each move checks the status it starts
 * from.
 *
 * @param unitId      the unit that runs it (a unit's staff manage only their own); {@code null}: the
 *                    integrity officer's
 * @param passMark    a test's pass mark, as a percentage of its points
 * @param preTestId   on a post-test, the pre-test of the same training it is compared with
 * @param minAnswers  a staff survey shows no result until it has this many answers (at least 5)
 */
public record Survey(UUID id, TenantId tenant, Kind kind, Audience audience, UUID unitId, String titleTh,
                     String titleEn, String introTh, String introEn, String templateKey, Status status, int version,
                     LocalDate opensOn, LocalDate closesOn, BigDecimal passMark, boolean showScore, UUID preTestId,
                     int minAnswers, boolean onePerBrowser, boolean published) {

    public enum Kind { SURVEY, TEST, CONSULTATION }

    /** Who answers: anyone with the link (citizens, service users) or the tenant's staff by invitation. */
    public enum Audience { PUBLIC, STAFF }

    public enum Status { DRAFT, OPEN, CLOSED }

    /** How an answer came in; paper questionnaires typed in by staff are marked as such. */
    public enum Channel { LINK, INVITATION, PAPER }

    public String title(boolean english) {
        return english && titleEn != null ? titleEn : titleTh;
    }

    public String intro(boolean english) {
        return english && introEn != null ? introEn : introTh;
    }

    /** Whether an answer may come in on this day: open, and within its dates when it has them. */
    public boolean answerable(LocalDate day) {
        return status == Status.OPEN && (opensOn == null || !day.isBefore(opensOn))
                && (closesOn == null || !day.isAfter(closesOn));
    }

    public Survey open() {
        if (status == Status.OPEN) {
            throw new RuleViolation(null, "survey.status.alreadyOpen");
        }
        return with(Status.OPEN, version, published);
    }

    public Survey close() {
        if (status != Status.OPEN) {
            throw new RuleViolation(null, "survey.status.notOpen");
        }
        return with(Status.CLOSED, version, published);
    }

    /** Results on the portal and as open data; a staff survey's only once it has closed. */
    public Survey publish(boolean publish) {
        if (publish && status == Status.DRAFT) {
            throw new RuleViolation(null, "survey.publish.draft");
        }
        if (publish && audience == Audience.STAFF && status != Status.CLOSED) {
            throw new RuleViolation(null, "survey.publish.staffOpen");
        }
        return with(status, version, publish);
    }

    /** The next version of the questions, made when the current one already has answers. */
    public Survey nextVersion() {
        return with(status, version + 1, published);
    }

    public boolean test() {
        return kind == Kind.TEST;
    }

    private Survey with(Status status, int version, boolean published) {
        return new Survey(id, tenant, kind, audience, unitId, titleTh, titleEn, introTh, introEn, templateKey, status,
                version, opensOn, closesOn, passMark, showScore, preTestId, minAnswers, onePerBrowser, published);
    }
}
