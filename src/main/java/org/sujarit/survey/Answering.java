package org.sujarit.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.StaffPrincipal;

/**
 * Taking answers: from anyone with a public survey's link, from staff invited to a staff survey,
 * and from staff typing in a paper questionnaire (marked as such). An answer keeps the day it came
 * in, never the time, the address, the browser or the account.
 */
@Service
public class Answering {

    /** An open questionnaire as the respondent sees it. */
    public record Form(Survey survey, Questionnaire questions) {
    }

    /**
     * What became of a submission: kept (with the score, on a test that shows it), or sent back
     * with the problems beside the answers.
     */
    public record Outcome(AnswerSheet sheet, Score score) {

        public boolean kept() {
            return sheet.valid();
        }
    }

    /** A test's score: points out of the most, as a percentage, and whether it passed. */
    public record Score(int points, int max, BigDecimal percent, boolean passed) {
    }

    private final SurveyRepository surveys;
    private final SurveyInvitationRepository invitations;
    private final Surveys managing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Answering(SurveyRepository surveys, SurveyInvitationRepository invitations, Surveys managing,
              ApplicationEventPublisher events, Clock clock) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.managing = managing;
        this.events = events;
        this.clock = clock;
    }

    /** A public survey of the tenant, whatever its status (the page says when it is not open). */
    @Transactional(readOnly = true)
    public Optional<Form> publicForm(TenantId tenant, UUID id) {
        return surveys.find(tenant, id).filter(s -> s.audience() == Survey.Audience.PUBLIC && s.status() != Survey.Status.DRAFT)
                .map(s -> new Form(s, surveys.questions(tenant, s.id(), s.version())));
    }

    public boolean answerable(Survey survey) {
        return survey.answerable(LocalDate.now(clock));
    }

    /** An answer from a public link; refused (as not answerable) when the survey is not open today. */
    @Transactional
    public Outcome answer(TenantId tenant, UUID id, Map<String, List<String>> form) {
        return answer(publicForm(tenant, id).orElseThrow(SurveyClosed::new), form);
    }

    /** An answer from a public link to the form the respondent's page was read from (no second read of it). */
    @Transactional
    public Outcome answer(Form f, Map<String, List<String>> form) {
        if (f.survey().audience() != Survey.Audience.PUBLIC || !answerable(f.survey())) {
            throw new SurveyClosed();
        }
        return keep(f, form, Survey.Channel.LINK);
    }

    /**
     * An answer from a member of staff the survey invited, by their link or code or signed in, in
     * one transaction: the survey row is locked, an account already in the set of who has answered
     * is refused, the answer is kept like any other (the day only, no account), and the account
     * joins the sorted set. The invitation is not touched, and nothing is audited or logged: either
     * would put the account beside the moment an answer came in.
     *
     * @throws SurveyNotFound         not a staff survey of the tenant the account was invited to
     * @throws SurveyClosed           not open today
     * @throws SurveyAlreadyAnswered  the account has answered it
     */
    @Transactional
    public Outcome answerInvited(TenantId tenant, UUID id, UUID user, Map<String, List<String>> form) {
        Survey s = surveys.lock(tenant, id)
                .filter(x -> x.audience() == Survey.Audience.STAFF && x.status() != Survey.Status.DRAFT)
                .filter(x -> invitations.invited(tenant, id, user))
                .orElseThrow(SurveyNotFound::new);
        if (!answerable(s)) {
            throw new SurveyClosed();
        }
        if (surveys.hasAnswered(tenant, id, user)) {
            throw new SurveyAlreadyAnswered();
        }
        Outcome outcome = keep(new Form(s, surveys.questions(tenant, id, s.version())), form, Survey.Channel.INVITATION);
        if (outcome.kept()) {
            surveys.addAnswered(s, user);
        }
        return outcome;
    }

    /** A paper questionnaire typed in by staff who manage the survey; open or closed, never a draft. */
    @Transactional
    public Outcome typeIn(StaffPrincipal me, UUID id, Map<String, List<String>> form) {
        Survey s = managing.managed(me, id);
        if (s.status() == Survey.Status.DRAFT) {
            throw new SurveyClosed();
        }
        Outcome outcome = keep(new Form(s, surveys.questions(s.tenant(), s.id(), s.version())), form, Survey.Channel.PAPER);
        if (outcome.kept()) {
            events.publishEvent(new SurveyChanged(s.tenant().value(), s.id(), "paper-typed-in"));
        }
        return outcome;
    }

    Outcome keep(Form f, Map<String, List<String>> form, Survey.Channel channel) {
        AnswerSheet sheet = AnswerSheet.read(f.questions(), form);
        if (!sheet.valid()) {
            return new Outcome(sheet, null);
        }
        Score score = score(f, sheet);
        surveys.saveResponse(f.survey(), UUID.randomUUID(), LocalDate.now(clock), channel,
                score == null ? null : score.percent(), score == null ? null : score.passed(), sheet.answers());
        return new Outcome(sheet, score);
    }

    private static Score score(Form f, AnswerSheet sheet) {
        if (!f.survey().test() || f.questions().maxPoints() == 0) {
            return null;
        }
        int points = f.questions().points(sheet.answers());
        int max = f.questions().maxPoints();
        BigDecimal percent = BigDecimal.valueOf(points * 100L).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
        return new Score(points, max, percent, percent.compareTo(f.survey().passMark()) >= 0);
    }
}
