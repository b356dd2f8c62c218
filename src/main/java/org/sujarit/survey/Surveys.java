package org.sujarit.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.Role;
import org.sujarit.tenant.Unit;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;
import org.sujarit.staff.StaffPrincipal;

/**
 * Making and running surveys: the integrity officer manages every survey of the tenant, a unit's
 * staff only their own unit's. Questions answered once are frozen: revising them makes a new
 * version, and results say which version each answer was given to.
 */
@Service
public class Surveys {

    /** A survey as its pages show it: its settings, its current questions, how many answers it has. */
    public record View(Survey survey, Questionnaire questions, long answers, boolean versionAnswered) {
    }

    private final SurveyRepository surveys;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Surveys(SurveyRepository surveys, Units units, ApplicationEventPublisher events, Clock clock) {
        this.surveys = surveys;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID create(StaffPrincipal me, SurveyDraft draft, Questionnaire questions, String templateKey) {
        draft.check();
        questions.checkDraft();
        UUID unit = unitFor(me, draft.unitId());
        checkPreTest(me, draft);
        Survey survey = new Survey(UUID.randomUUID(), me.tenant(), draft.kind(), draft.audience(), unit, draft.titleTh(),
                draft.titleEn(), draft.introTh(), draft.introEn(), templateKey, Survey.Status.DRAFT, 1, draft.opensOn(),
                draft.closesOn(), draft.passMark(), draft.showScore(), draft.preTestId(),
                draft.minAnswers() == null ? 5 : draft.minAnswers(), true, false);
        surveys.insert(survey, questions, me.userId(), clock.instant());
        events.publishEvent(new SurveyChanged(me.tenant().value(), survey.id(), "created"));
        return survey.id();
    }

    @Transactional
    public void settle(StaffPrincipal me, UUID id, SurveyDraft draft) {
        Survey s = managed(me, id);
        draft.check();
        if (draft.kind() != s.kind() || draft.audience() != s.audience()) {
            throw new RuleViolation("kind", "survey.kind.fixed");
        }
        checkPreTest(me, draft);
        surveys.update(new Survey(s.id(), s.tenant(), s.kind(), s.audience(), unitFor(me, draft.unitId()), draft.titleTh(),
                draft.titleEn(), draft.introTh(), draft.introEn(), s.templateKey(), s.status(), s.version(),
                draft.opensOn(), draft.closesOn(), draft.passMark(), draft.showScore(), draft.preTestId(),
                draft.minAnswers() == null ? s.minAnswers() : draft.minAnswers(), s.onePerBrowser(), s.published()));
        events.publishEvent(new SurveyChanged(s.tenant().value(), s.id(), "changed"));
    }

    /**
     * New questions: the same version while it has no answer, the next one once it has. A draft may
     * be left without questions; a survey that has been opened may not.
     */
    @Transactional
    public int revise(StaffPrincipal me, UUID id, Questionnaire questions) {
        Survey s = managed(me, id);
        if (s.status() == Survey.Status.DRAFT) {
            questions.checkDraft();
        } else {
            questions.check();
        }
        Survey revised = surveys.answered(s.tenant(), s.id(), s.version()) ? s.nextVersion() : s;
        surveys.update(revised);
        surveys.saveQuestions(revised, questions, clock.instant());
        events.publishEvent(new SurveyChanged(s.tenant().value(), s.id(), "revised"));
        return revised.version();
    }

    /** Opens the survey to answers; its questions must then be answerable (at least one question). */
    @Transactional
    public void open(StaffPrincipal me, UUID id) {
        Survey s = managed(me, id);
        surveys.questions(s.tenant(), s.id(), s.version()).check();
        move(me, id, s.open(), "opened");
    }

    @Transactional
    public void close(StaffPrincipal me, UUID id) {
        move(me, id, managed(me, id).close(), "closed");
    }

    @Transactional
    public void publish(StaffPrincipal me, UUID id, boolean publish) {
        move(me, id, managed(me, id).publish(publish), publish ? "published" : "withdrawn");
    }

    @Transactional(readOnly = true)
    public View view(StaffPrincipal me, UUID id) {
        Survey s = managed(me, id);
        return new View(s, surveys.questions(s.tenant(), s.id(), s.version()), surveys.count(s.tenant(), s.id()),
                surveys.answered(s.tenant(), s.id(), s.version()));
    }

    /** How many answers each survey the user manages has, by its id (0 when none). */
    @Transactional(readOnly = true)
    public Map<UUID, Long> answerCounts(StaffPrincipal me) {
        Map<UUID, Long> counts = surveys.counts(me.tenant());
        return list(me).stream().collect(Collectors.toMap(Survey::id, s -> counts.getOrDefault(s.id(), 0L)));
    }

    /** The surveys the user manages, newest first. */
    @Transactional(readOnly = true)
    public List<Survey> list(StaffPrincipal me) {
        return surveys.list(me.tenant()).stream().filter(s -> manages(me, s)).toList();
    }

    /**
     * A key for a new question that no version of the survey has given to another question: {@code q}
     * and one more than the highest such number any version holds, so that an answer to one question
     * is never counted for another (a key dropped before anyone answered its question may come back).
     */
    @Transactional(readOnly = true)
    public String newKey(StaffPrincipal me, UUID id) {
        Survey s = managed(me, id);
        int highest = surveys.keys(s.tenant(), s.id()).stream()
                .filter(key -> key.matches("q\\d{1,6}")).mapToInt(key -> Integer.parseInt(key.substring(1)))
                .max().orElse(0);
        return "q" + (highest + 1);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The survey if the user may manage it; the same "not found" for another tenant's or unit's. */
    Survey managed(StaffPrincipal me, UUID id) {
        return surveys.find(me.tenant(), id).filter(s -> manages(me, s)).orElseThrow(SurveyNotFound::new);
    }

    static boolean manages(StaffPrincipal me, Survey s) {
        return me.has(Role.INTEGRITY_OFFICER)
                || (me.has(Role.UNIT_STAFF) && me.unit() != null && me.unit().value().equals(s.unitId()));
    }

    private void move(StaffPrincipal me, UUID id, Survey moved, String verb) {
        surveys.update(moved);
        events.publishEvent(new SurveyChanged(me.tenant().value(), id, verb));
    }

    /** The officer may give a survey to any active unit of the tenant (or none); a unit's staff make their own unit's. */
    private UUID unitFor(StaffPrincipal me, UUID asked) {
        if (me.has(Role.INTEGRITY_OFFICER)) {
            if (asked != null && units.find(me.tenant(), new UnitId(asked)).filter(Unit::active).isEmpty()) {
                throw new RuleViolation("unitId", "survey.unit.unknown");
            }
            return asked;
        }
        if (me.has(Role.UNIT_STAFF) && me.unit() != null) {
            return me.unit().value();
        }
        throw new SurveyNotFound();
    }

    private void checkPreTest(StaffPrincipal me, SurveyDraft draft) {
        if (draft.preTestId() != null && surveys.find(me.tenant(), draft.preTestId())
                .filter(pre -> pre.kind() == Survey.Kind.TEST && manages(me, pre)).isEmpty()) {
            throw new RuleViolation("preTestId", "survey.preTest.unknown");
        }
    }
}
