package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.Plans;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.Chromium;
import org.sujarit.survey.Surveys;
import org.sujarit.tenant.Organisations;

/**
 * In Chromium at phone size, on the Ban Tom demo with a database of its own: the information-centre
 * survey is opened again; a citizen answers it from its public link (proof of work on, as in
 * production), a wrong answer first coming back with what was chosen kept; and the integrity officer
 * sees the answer flow into the actual of the plan's KPI in the current progress round.
 */
@TestPropertySource(properties = {"sujarit.test.fresh-database=true", "sujarit.demo.enabled=true",
        "sujarit.notifications.cron=-", "sujarit.disclosure.reminders=false"})
class SurveyJourneyTest extends BrowserJourney {

    private static final List<String> SCALES = List.of("find", "complete", "staff", "speed", "online");

    @Autowired JdbcClient jdbc;
    @Autowired Surveys surveys;
    @Autowired TestPrincipals principals;
    @Autowired Plans plans;
    @Autowired Organisations organisations;

    @Test
    void aCitizensAnswerFromThePublicLinkFlowsIntoTheKpiActualOfThePlan() throws Exception {
        UUID survey = jdbc.sql("select id from survey where template_key = 'demo:information-centre'").query(UUID.class).single();
        surveys.open(principals.principal("bantom.integrity"), survey);
        ItemView item = plans.published(organisations.findBySlug("bantom").orElseThrow().id()).orElseThrow().allItems()
                .filter(i -> i.outcomes().stream().anyMatch(r -> r.result().kpi() != null && r.result().kpi().linked()))
                .findFirst().orElseThrow();

        startBrowser(390, 844);
        signIn("bantom.integrity");
        open("/console/plan/progress/" + item.key());
        assertThat(actual()).contains("83.50 (167 จาก 200)");
        signOut();

        open("/bantom/surveys/" + survey + "/answer");
        assertThat(element(By.cssSelector("main h1")).getText()).contains("ศูนย์ข้อมูลข่าวสาร");
        assertThat(sidewaysOverflow()).as("the survey on a phone").isEmpty();
        assertThat(Axe.violations(browser)).as("the survey page").isEmpty();
        browser.findElement(By.cssSelector("input[name='a.type'][value='0']")).click();
        browser.findElement(By.cssSelector("input[name='a.find'][value='0']")).click();
        // The comment is asked only when the staff were rated low: hidden until then.
        assertThat(browser.findElement(By.id("q-improve")).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("input[name='a.staff'][value='3']")).click();
        assertThat(browser.findElement(By.id("q-improve")).isDisplayed()).isTrue();
        browser.findElement(By.cssSelector("input[name='a.staff'][value='0']")).click();
        assertThat(browser.findElement(By.id("q-improve")).isDisplayed()).isFalse();
        assertThat(ThaiDigits.toArabic(element(By.cssSelector("[data-survey-progress]")).getText())).contains("3 จาก 6");
        Chromium.screenshot(browser, "survey-01-answering-phone");
        submit(browser.findElement(By.cssSelector("form[data-survey] button[type=submit]")));
        // Three scales left unanswered: the page comes back with the answers given still chosen.
        assertThat(element(By.cssSelector(".problem")).getText()).contains("ต้องแก้ไข");
        assertThat(browser.findElement(By.cssSelector("input[name='a.find'][value='0']")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#q-complete .error")).getText()).isEqualTo("โปรดตอบข้อนี้");
        assertThat(Axe.violations(browser)).as("the survey page with its problems").isEmpty();
        for (String scale : SCALES) {
            browser.findElement(By.cssSelector("input[name='a." + scale + "'][value='0']")).click();
        }
        submit(browser.findElement(By.cssSelector("form[data-survey] button[type=submit]")));
        assertThat(element(By.cssSelector("[data-survey-done]")).getText()).contains("ขอบคุณที่ตอบแบบสำรวจ");
        Chromium.screenshot(browser, "survey-02-thanks-phone");
        open("/bantom/surveys/" + survey + "/answer");
        assertThat(element(By.cssSelector("[data-survey-done]")).getText()).contains("ตอบแบบสำรวจนี้จากเบราว์เซอร์นี้แล้ว");

        signIn("bantom.integrity");
        open("/console/plan/progress/" + item.key());
        // 5 more scale answers, all in the top level: 172 of 205
        assertThat(actual()).contains("83.90 (172 จาก 205)");
        assertThat(new BigDecimal("172").multiply(BigDecimal.valueOf(100)).divide(new BigDecimal("205"), 2,
                java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("83.90");
        assertThat(Axe.violations(browser)).as("the progress round page").isEmpty();
        Chromium.screenshot(browser, "survey-03-kpi-actual-phone");
        for (String page : List.of("/console/surveys", "/console/surveys/" + survey, "/console/surveys/" + survey + "/results")) {
            open(page);
            assertThat(sidewaysOverflow()).as(page + " on a phone").isEmpty();
            assertThat(Axe.violations(browser)).as(page).isEmpty();
        }
        Chromium.screenshot(browser, "survey-04-results-phone");
        signOut();
        open("/bantom/surveys/" + survey);
        assertThat(sidewaysOverflow()).as("the published results on a phone").isEmpty();
        assertThat(Axe.violations(browser)).as("the published results").isEmpty();
    }

    private String actual() {
        return ThaiDigits.toArabic(element(By.cssSelector("p.computed")).getText());
    }
}
