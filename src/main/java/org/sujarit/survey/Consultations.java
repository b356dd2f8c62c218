package org.sujarit.survey;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.StaffPrincipal;

/**
 * Consultations on a draft: what is put to comment, and afterwards the summary of what was said and
 * what was done, published on the portal. A consultation is a public survey of kind
 * {@link Survey.Kind#CONSULTATION}; its answers are the comments.
 */
@Service
public class Consultations {

    /** A consultation with its survey, as the portal lists it. */
    public record Listed(Survey survey, Consultation consultation) {
    }

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final SurveyRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consultations(JdbcClient jdbc, Surveys surveys, SurveyRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Consultation> of(StaffPrincipal me, UUID surveyId) {
        Survey s = consultation(me, surveyId);
        return find(s.tenant(), s.id());
    }

    /** Sets what the consultation is about; the draft may change until the summary is published. */
    @Transactional
    public void about(StaffPrincipal me, UUID surveyId, Consultation.Subject subject, String text, String link) {
        Survey s = consultation(me, surveyId);
        String draftText = blankToNull(text);
        String draftLink = blankToNull(link);
        Consultation.checkDraft(subject, draftText, draftLink);
        if (find(s.tenant(), s.id()).map(Consultation::summaryPublished).orElse(false)) {
            throw new RuleViolation(null, "consultation.summary.alreadyPublished");
        }
        jdbc.sql("""
                insert into survey_consultation (survey_id, tenant_id, subject, draft_text, draft_link) values (?, ?, ?, ?, ?)
                on conflict (tenant_id, survey_id) do update set subject = excluded.subject, draft_text = excluded.draft_text,
                                                                 draft_link = excluded.draft_link""")
                .params(s.id(), s.tenant().value(), subject.name(), draftText, draftLink).update();
        events.publishEvent(new SurveyChanged(s.tenant().value(), s.id(), "consultation-described"));
    }

    /** Writes the summary and what was done; published at once when {@code publish}, which needs the consultation closed. */
    @Transactional
    public void summarise(StaffPrincipal me, UUID surveyId, String summary, String actions, boolean publish) {
        Survey s = consultation(me, surveyId);
        Consultation c = find(s.tenant(), s.id()).orElseThrow(() -> new RuleViolation("subject", "consultation.draft.first"));
        String sum = blankToNull(summary);
        String done = blankToNull(actions);
        Consultation.checkSummary(sum, done);
        if (publish && s.status() != Survey.Status.CLOSED) {
            throw new RuleViolation(null, "consultation.summary.notClosed");
        }
        LocalDate publishedOn = publish ? (c.summaryPublished() ? c.summaryPublishedOn() : LocalDate.now(clock)) : null;
        jdbc.sql("""
                update survey_consultation set summary = ?, actions = ?, summary_published_on = ?, summarised_by = ?,
                                               summarised_at = ?
                where tenant_id = ? and survey_id = ?""")
                .params(sum, done, publishedOn == null ? null : Date.valueOf(publishedOn), me.userId(),
                        Timestamp.from(clock.instant()), s.tenant().value(), s.id()).update();
        events.publishEvent(new SurveyChanged(s.tenant().value(), s.id(), publish ? "consultation-summary-published" : "consultation-summarised"));
    }

    /** The tenant's consultations the public may see: open ones and those whose summary is published, newest first. */
    @Transactional(readOnly = true)
    public List<Listed> published(TenantId tenant) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Consultation> described = new HashMap<>();
        jdbc.sql("""
                select survey_id, subject, draft_text, draft_link, summary, actions, summary_published_on
                from survey_consultation where tenant_id = ?""")
                .param(tenant.value()).query(Consultations::consultation).list().forEach(c -> described.put(c.surveyId(), c));
        return repository.list(tenant).stream().filter(s -> described.containsKey(s.id()))
                .map(s -> new Listed(s, described.get(s.id())))
                .filter(l -> l.survey().answerable(today) || l.consultation().summaryPublished()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Listed> published(TenantId tenant, UUID surveyId) {
        return published(tenant).stream().filter(l -> l.survey().id().equals(surveyId)).findFirst();
    }

    /** Summaries published within a fiscal year: the participation item's evidence. */
    @Transactional(readOnly = true)
    public List<Listed> summarisedIn(TenantId tenant, FiscalYear year) {
        return published(tenant).stream().filter(l -> l.consultation().summaryPublished()
                && year.contains(l.consultation().summaryPublishedOn())).toList();
    }

    private Survey consultation(StaffPrincipal me, UUID surveyId) {
        Survey s = surveys.managed(me, surveyId);
        if (s.kind() != Survey.Kind.CONSULTATION) {
            throw new SurveyNotFound();
        }
        return s;
    }

    private Optional<Consultation> find(TenantId tenant, UUID survey) {
        return jdbc.sql("""
                select survey_id, subject, draft_text, draft_link, summary, actions, summary_published_on
                from survey_consultation where tenant_id = ? and survey_id = ?""")
                .params(tenant.value(), survey).query(Consultations::consultation).optional();
    }

    private static Consultation consultation(ResultSet rs, int row) throws SQLException {
        Date published = rs.getDate("summary_published_on");
        return new Consultation(rs.getObject("survey_id", UUID.class), Consultation.Subject.valueOf(rs.getString("subject")),
                rs.getString("draft_text"), rs.getString("draft_link"), rs.getString("summary"), rs.getString("actions"),
                published == null ? null : published.toLocalDate());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
