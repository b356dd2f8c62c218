package org.sujarit.risk;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.risk.SelfAssessmentAnswers.PrincipleAnswer;
import org.sujarit.shared.TenantId;

/** The ปค.๔ tables' SQL; every statement names the tenant. */
@Repository
class ControlSelfAssessmentRepository {

    private final JdbcClient jdbc;

    ControlSelfAssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record SummaryRow(UUID id, String overall, String assessorName, String assessorPosition, LocalDate assessedOn,
                      String updatedBy, Instant updatedAt, Integer carriedFrom) {
    }

    record YearRow(int fiscalYear, int answered, boolean hasOverall) {
    }

    List<YearRow> years(TenantId tenant) {
        return jdbc.sql("""
                select s.fiscal_year, coalesce(s.overall, '') <> '' as has_overall,
                       (select count(*) from control_self_assessment a
                        where a.tenant_id = s.tenant_id and a.fiscal_year = s.fiscal_year) as answered
                from control_self_assessment_summary s where s.tenant_id = ? order by s.fiscal_year desc""")
                .param(tenant.value())
                .query((rs, n) -> new YearRow(rs.getInt("fiscal_year"), rs.getInt("answered"), rs.getBoolean("has_overall")))
                .list();
    }

    Optional<SummaryRow> summary(TenantId tenant, int fiscalYear) {
        return jdbc.sql("""
                select s.*, u.display_name from control_self_assessment_summary s
                left join app_user u on u.id = s.updated_by
                where s.tenant_id = ? and s.fiscal_year = ?""")
                .params(tenant.value(), fiscalYear)
                .query((rs, n) -> {
                    Date assessedOn = rs.getDate("assessed_on");
                    Timestamp updatedAt = rs.getTimestamp("updated_at");
                    return new SummaryRow(rs.getObject("id", UUID.class), rs.getString("overall"),
                            rs.getString("assessor_name"), rs.getString("assessor_position"),
                            assessedOn == null ? null : assessedOn.toLocalDate(), rs.getString("display_name"),
                            updatedAt == null ? null : updatedAt.toInstant(), (Integer) rs.getObject("carried_from"));
                })
                .optional();
    }

    Map<Integer, PrincipleAnswer> answers(TenantId tenant, int fiscalYear) {
        Map<Integer, PrincipleAnswer> answers = new HashMap<>();
        jdbc.sql("select principle, result, conclusion from control_self_assessment where tenant_id = ? and fiscal_year = ?")
                .params(tenant.value(), fiscalYear)
                .query(rs -> {
                    answers.put(rs.getInt("principle"), new PrincipleAnswer(ControlResult.valueOf(rs.getString("result")),
                            rs.getString("conclusion")));
                });
        return answers;
    }

    Map<Integer, String> componentConclusions(TenantId tenant, int fiscalYear) {
        Map<Integer, String> conclusions = new HashMap<>();
        jdbc.sql("select component, conclusion from control_self_assessment_component where tenant_id = ? and fiscal_year = ?")
                .params(tenant.value(), fiscalYear)
                .query(rs -> {
                    conclusions.put(rs.getInt("component"), rs.getString("conclusion"));
                });
        return conclusions;
    }

    /** Writes the year's summary, creating the year's record on its first save; returns the record's id. */
    UUID saveSummary(TenantId tenant, int fiscalYear, SelfAssessmentAnswers answers, Integer carriedFrom, UUID by,
                     Instant at) {
        return jdbc.sql("""
                insert into control_self_assessment_summary (tenant_id, fiscal_year, overall, assessor_name,
                        assessor_position, assessed_on, updated_by, updated_at, carried_from)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, fiscal_year) do update set overall = excluded.overall,
                    assessor_name = excluded.assessor_name, assessor_position = excluded.assessor_position,
                    assessed_on = excluded.assessed_on, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at, carried_from = excluded.carried_from
                returning id""")
                .params(tenant.value(), fiscalYear, answers.overall(), answers.assessorName(), answers.assessorPosition(),
                        answers.assessedOn() == null ? null : Date.valueOf(answers.assessedOn()), by, Timestamp.from(at),
                        carriedFrom)
                .query(UUID.class).single();
    }

    /** Replaces the year's answers and component conclusions with the given ones. */
    void replaceAnswers(TenantId tenant, int fiscalYear, SelfAssessmentAnswers answers) {
        jdbc.sql("delete from control_self_assessment where tenant_id = ? and fiscal_year = ?")
                .params(tenant.value(), fiscalYear).update();
        answers.principles().forEach((principle, answer) -> jdbc.sql("""
                insert into control_self_assessment (tenant_id, fiscal_year, principle, result, conclusion)
                values (?, ?, ?, ?, ?)""")
                .params(tenant.value(), fiscalYear, principle, answer.result().name(), answer.conclusion()).update());
        jdbc.sql("delete from control_self_assessment_component where tenant_id = ? and fiscal_year = ?")
                .params(tenant.value(), fiscalYear).update();
        answers.componentConclusions().forEach((component, conclusion) -> jdbc.sql("""
                insert into control_self_assessment_component (tenant_id, fiscal_year, component, conclusion)
                values (?, ?, ?, ?)""")
                .params(tenant.value(), fiscalYear, component, conclusion).update());
    }
}
