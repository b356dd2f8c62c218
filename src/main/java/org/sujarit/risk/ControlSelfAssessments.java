package org.sujarit.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.risk.ControlSelfAssessmentRepository.SummaryRow;
import org.sujarit.risk.ControlSelfAssessmentRepository.YearRow;
import org.sujarit.risk.RiskChanged.Change;
import org.sujarit.risk.SelfAssessment.Answer;
import org.sujarit.risk.SelfAssessment.ComponentAnswers;
import org.sujarit.risk.SelfAssessmentAnswers.PrincipleAnswer;
import org.sujarit.risk.SelfAssessmentAnswers.Problem;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * The internal-control self-assessment (ปค.๔) of each local government, one per fiscal year: the
 * integrity officer or the internal auditor answers the 17 principles, writes the overall result
 * and signs. A year can start as a copy of the year before, to be reviewed before it is saved.
 */
@Service
public class ControlSelfAssessments {

    private static final String RECORD_TYPE = "control-self-assessment";

    private final ControlSelfAssessmentRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ControlSelfAssessments(ControlSelfAssessmentRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    public record YearStatus(int fiscalYear, int answered, boolean complete) {

        public int total() {
            return ControlPrinciples.COUNT;
        }
    }

    /**
     * The years with a ปค.๔, latest first, and always the current and the last fiscal year, which
     * are the ones an assessor works on (the form is made after 30 September).
     */
    @Transactional(readOnly = true)
    public List<YearStatus> years(TenantId tenant) {
        Map<Integer, YearStatus> years = new TreeMap<>(Comparator.reverseOrder());
        int current = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        years.put(current, new YearStatus(current, 0, false));
        years.put(current - 1, new YearStatus(current - 1, 0, false));
        for (YearRow row : repository.years(tenant)) {
            years.put(row.fiscalYear(), new YearStatus(row.fiscalYear(), row.answered(),
                    SelfAssessment.complete(row.answered(), row.hasOverall())));
        }
        return List.copyOf(years.values());
    }

    /** The year's ปค.๔ with every principle, those not yet assessed without a result. */
    @Transactional(readOnly = true)
    public SelfAssessment view(TenantId tenant, int fiscalYear) {
        checkYear(fiscalYear);
        Map<Integer, PrincipleAnswer> answers = repository.answers(tenant, fiscalYear);
        Map<Integer, String> conclusions = repository.componentConclusions(tenant, fiscalYear);
        List<ComponentAnswers> components = ControlPrinciples.COMPONENTS.stream().map(component -> new ComponentAnswers(
                component, conclusions.get(component.number()), component.principles().stream().map(principle -> {
                    PrincipleAnswer answer = answers.get(principle.number());
                    return answer == null ? new Answer(principle, null, null)
                            : new Answer(principle, answer.result(), answer.conclusion());
                }).toList())).toList();
        SummaryRow summary = repository.summary(tenant, fiscalYear).orElse(null);
        if (summary == null) {
            return new SelfAssessment(fiscalYear, components, null, null, null, null, null, null, null);
        }
        return new SelfAssessment(fiscalYear, components, summary.overall(), summary.assessorName(),
                summary.assessorPosition(), summary.assessedOn(), summary.updatedBy(), summary.updatedAt(),
                summary.carriedFrom());
    }

    /** Whether anything of the year's principles is answered; a year out of range has nothing. */
    @Transactional(readOnly = true)
    public boolean hasAnswers(TenantId tenant, int fiscalYear) {
        return !repository.answers(tenant, fiscalYear).isEmpty();
    }

    /**
     * Saves the whole form: the answers given replace the year's answers (a principle left out is not
     * yet assessed), and the summary is overwritten.
     *
     * @throws SelfAssessmentRejected with every rule the answers break; nothing is saved then
     */
    @Transactional
    public void save(TenantId tenant, int fiscalYear, SelfAssessmentAnswers answers, UUID by) {
        checkYear(fiscalYear);
        List<Problem> problems = answers.problems(fiscalYear);
        if (!problems.isEmpty()) {
            throw new SelfAssessmentRejected(problems);
        }
        SelfAssessmentAnswers cleaned = clean(answers);
        UUID id = repository.saveSummary(tenant, fiscalYear, cleaned, null, by, clock.instant());
        repository.replaceAnswers(tenant, fiscalYear, cleaned);
        events.publishEvent(new RiskChanged(tenant.value(), RECORD_TYPE, id, Change.SELF_ASSESSED));
    }

    /**
     * Starts a year nobody has answered yet from the year before: its results, conclusions and
     * assessor are copied; the overall result and the date are left for the assessor, so that the
     * copy does not count as complete until someone has reviewed and saved it.
     */
    @Transactional
    public void startFromPreviousYear(TenantId tenant, int fiscalYear, UUID by) {
        checkYear(fiscalYear);
        if (!repository.answers(tenant, fiscalYear).isEmpty()) {
            throw new RuleViolation(null, "pk4.carryOver.started");
        }
        int previous = fiscalYear - 1;
        Map<Integer, PrincipleAnswer> answers = repository.answers(tenant, previous);
        if (answers.isEmpty()) {
            throw new RuleViolation(null, "pk4.carryOver.nothing");
        }
        SummaryRow last = repository.summary(tenant, previous).orElse(null);
        SelfAssessmentAnswers copy = new SelfAssessmentAnswers(answers, repository.componentConclusions(tenant, previous),
                null, last == null ? null : last.assessorName(), last == null ? null : last.assessorPosition(), null);
        UUID id = repository.saveSummary(tenant, fiscalYear, copy, previous, by, clock.instant());
        repository.replaceAnswers(tenant, fiscalYear, copy);
        events.publishEvent(new RiskChanged(tenant.value(), RECORD_TYPE, id, Change.SELF_ASSESSED));
    }

    /** Texts stripped, blanks as none, principles without a result left out. */
    private static SelfAssessmentAnswers clean(SelfAssessmentAnswers answers) {
        Map<Integer, PrincipleAnswer> principles = new HashMap<>();
        answers.principles().forEach((number, answer) -> {
            if (answer.result() != null) {
                principles.put(number, new PrincipleAnswer(answer.result(), strip(answer.conclusion())));
            }
        });
        Map<Integer, String> conclusions = new HashMap<>();
        answers.componentConclusions().forEach((number, conclusion) -> {
            if (strip(conclusion) != null) {
                conclusions.put(number, strip(conclusion));
            }
        });
        return new SelfAssessmentAnswers(principles, conclusions, strip(answers.overall()), strip(answers.assessorName()),
                strip(answers.assessorPosition()), answers.assessedOn());
    }

    /** A year outside the plausible range is no ปค.๔ of anyone's. */
    private static void checkYear(int fiscalYear) {
        if (fiscalYear < 2500 || fiscalYear > 2700) {
            throw new RiskNotFound("self-assessment");
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
