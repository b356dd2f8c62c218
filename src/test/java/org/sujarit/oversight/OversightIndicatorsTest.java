package org.sujarit.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.plan.Progress;
import org.sujarit.plan.Round;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.OversightScope;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.WebTest;

/**
 * The indicators follow the modules: a change marks its tenant stale in its own transaction, the
 * drain recomputes it, and the places above show it; the maintained values always equal a full
 * rebuild from the modules' tables. On a database of its own, so that every count is this test's.
 */
@WebTest
@TestPropertySource(properties = {"sujarit.test.fresh-database=true", "sujarit.oversight.cache-ttl=PT0S",
        "sujarit.oversight.refresh=PT1H", "sujarit.notifications.cron=-"})
class OversightIndicatorsTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture tenants;
    @Autowired PlanFixture plans;
    @Autowired Progress progress;
    @Autowired org.sujarit.plan.Plans planService;
    @Autowired IndicatorMaintenance maintenance;
    @Autowired OversightFigures figures;
    @Autowired JdbcClient jdbc;
    @Autowired org.sujarit.staff.StaffUsers users;

    @Test
    void aPublishedProgressRoundReachesTheProvinceOnceTheStaleMarksAreDrained() throws Exception {
        TenantFixture.Tenant korat = tenants.create("30");
        PlanFixture.TenantWithPlan plan = plans.withReportedItem(korat);
        planService.approve(korat.id(), plan.plan().revisionId(), korat.userId(Role.EXECUTIVE));
        planService.publish(korat.id(), plan.plan().revisionId(), korat.userId(Role.INTEGRITY_OFFICER));
        maintenance.refreshStale();
        OversightFigures.LaoRef lao = figures.lao(korat.organisation().slug()).orElseThrow();
        // the plan is published and round 1 of 2568 was due on 30 April 2568: not reported, 0
        assertThat(figures.lao(lao, 2568).cell("plan.round1-reported").value()).isEqualByComparingTo("0");

        progress.publishRound(korat.id(), plan.plan().planId(), new Round(2568, 1), korat.userId(Role.INTEGRITY_OFFICER));
        assertThat(jdbc.sql("select count(*) from indicator_stale where tenant_id = ? and source = 'plan'")
                .param(korat.id().value()).query(Integer.class).single()).as("marked in the change's transaction").isOne();
        assertThat(figures.lao(lao, 2568).cell("plan.round1-reported").value()).as("not before the drain")
                .isEqualByComparingTo("0");

        assertThat(maintenance.refreshStale()).isPositive();
        assertThat(figures.lao(lao, 2568).cell("plan.round1-reported").value()).isEqualByComparingTo("1");
        assertThat(jdbc.sql("select count(*) from indicator_stale").query(Integer.class).single()).isZero();
        OversightFigures.Figure province = figures.overview(OversightScope.province("30"), 2568).figure("plan.round1-reported");
        // the share of the province's local governments that reported: this one, of all in province 30
        assertThat(province.cell().value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(100)
                .divide(java.math.BigDecimal.valueOf(province.laos()), 2, java.math.RoundingMode.HALF_UP));
        assertThat(page("/oversight/provinces/30?year=2568&source=plan")).contains(korat.marker());
    }

    @Test
    void theMaintainedIndicatorsEqualAFullRebuild() {
        for (int i = 0; i < 3; i++) {
            plans.withReportedItem(tenants.create(i == 0 ? "30" : "56"));
        }
        maintenance.refreshStale();
        List<String> maintained = values();
        assertThat(maintained).isNotEmpty();
        jdbc.sql("update indicator_value set value = -1").update();
        IndicatorMaintenance.Rebuilt rebuilt = maintenance.rebuild();
        assertThat(values()).containsExactlyElementsOf(maintained);
        assertThat(rebuilt.values()).isEqualTo(maintained.size());
    }

    private List<String> values() {
        return jdbc.sql("""
                select tenant_id || '|' || fiscal_year || '|' || indicator || '|' || coalesce(value::text, '-') || '|'
                       || coalesce(numerator::text, '-') || '|' || coalesce(denominator::text, '-')
                from indicator_value order by 1""").query(String.class).list();
    }

    private String page(String path) throws Exception {
        if (jdbc.sql("select count(*) from app_user where username = 'oversight.test.nation'").query(Integer.class).single() == 0) {
            users.create(new org.sujarit.staff.NewStaffUser(null, "oversight.test.nation", "ผู้กำกับระดับประเทศ", null, null,
                    java.util.EnumSet.of(Role.OVERSIGHT), OversightScope.nation(), TenantFixture.PASSWORD, false, false));
        }
        return mvc.perform(get(path).with(authentication(principals.authentication("oversight.test.nation"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
    }
}
