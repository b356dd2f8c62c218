package org.sujarit.registers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where every account's agreement of a year stands, in one query for a whole tenant (a
 * municipality has 50 to 300 staff): the register, the KPI and the digest read it.
 */
@Repository
class AgreementStates {

    /** A signature on the current version (or assessment) of {@code a}, from one side. */
    private static final String SIGNED = """
            exists (select 1 from agreement_signature g where g.tenant_id = a.tenant_id and g.agreement_id = a.id
                    and g.stage = '%s' and g.side = '%s' and g.content_hash = %s)""";
    private static final String FLAGS = "a.id is not null as drafted, "
            + SIGNED.formatted("AGREEMENT", "PERSON", "a.content_hash") + " as person_signed, "
            + SIGNED.formatted("AGREEMENT", "SUPERVISOR", "a.content_hash") + " as supervisor_signed, "
            + SIGNED.formatted("ASSESSMENT", "SUPERVISOR", "a.assessment_hash") + " as assessed";

    private final JdbcClient jdbc;

    AgreementStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgreementRow> year(UUID tenant, int year) {
        return jdbc.sql("select u.id as user_id, u.display_name, u.position, un.name_th as unit_name, a.id as agreement_id, "
                        + "au.name_th as for_unit, s.display_name as supervisor_name, " + FLAGS + """
                         from app_user u
                             left join unit un on un.tenant_id = u.tenant_id and un.id = u.unit_id
                             left join agreement a on a.tenant_id = u.tenant_id and a.person_id = u.id and a.fiscal_year = ?
                             left join unit au on au.tenant_id = a.tenant_id and au.id = a.unit_id
                             left join app_user s on s.id = a.supervisor_id
                        where u.tenant_id = ? and u.active
                        order by un.name_th nulls last, u.display_name, au.name_th nulls first""")
                .params(year, tenant)
                .query((rs, n) -> new AgreementRow(rs.getObject("user_id", UUID.class), rs.getString("display_name"),
                        rs.getString("position"), rs.getString("unit_name"), rs.getObject("agreement_id", UUID.class),
                        rs.getString("for_unit"), rs.getString("supervisor_name"),
                        AgreementState.of(rs.getBoolean("drafted"), rs.getBoolean("person_signed"),
                                rs.getBoolean("supervisor_signed"), rs.getBoolean("assessed"))))
                .list();
    }

    /**
     * Active accounts, and those among them whose own agreement of the year (not one signed for a
     * unit) is signed by both on its current version.
     */
    long[] signedOfActive(UUID tenant, int year) {
        return jdbc.sql("select count(distinct u.id) as active, count(distinct u.id) filter (where "
                        + SIGNED.formatted("AGREEMENT", "PERSON", "a.content_hash") + " and "
                        + SIGNED.formatted("AGREEMENT", "SUPERVISOR", "a.content_hash") + """
                        ) as signed
                        from app_user u left join agreement a on a.tenant_id = u.tenant_id and a.person_id = u.id
                                                              and a.fiscal_year = ? and a.unit_id is null
                        where u.tenant_id = ? and u.active""")
                .params(year, tenant).query((rs, n) -> new long[] {rs.getLong("active"), rs.getLong("signed")}).single();
    }

    /** Per tenant and year whose signing date has passed, how many agreements still wait for a signature. */
    List<Overdue> overdue(LocalDate today) {
        return jdbc.sql("select y.tenant_id, y.fiscal_year, y.sign_by, count(*) filter (where not ("
                        + SIGNED.formatted("AGREEMENT", "PERSON", "a.content_hash") + " and "
                        + SIGNED.formatted("AGREEMENT", "SUPERVISOR", "a.content_hash") + """
                        )) as waiting
                        from agreement_year y join agreement a on a.tenant_id = y.tenant_id and a.fiscal_year = y.fiscal_year
                        where y.sign_by < ? and y.sign_by > ?
                        group by y.tenant_id, y.fiscal_year, y.sign_by""")
                .params(today, today.minusYears(1))
                .query((rs, n) -> new Overdue(rs.getObject("tenant_id", UUID.class), rs.getInt("fiscal_year"),
                        rs.getObject("sign_by", LocalDate.class), rs.getLong("waiting")))
                .list();
    }

    record Overdue(UUID tenant, int year, LocalDate signBy, long waiting) {
    }
}
