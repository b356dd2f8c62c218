package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.survey.Answering;
import org.sujarit.survey.Surveys;

/**
 * The ITA rehearsal on a phone: Ban Tom's integrity officer picks the EIT template, answers come
 * in by the public link, and the ITA page shows each indicator against the pass mark as a chart
 * beside its table, with the sample the NACC would draw; the platform admin's template page.
 * Every page passes axe-core's WCAG 2.1 AA rules and fits the phone's width.
 */
class ItaJourneyTest extends BrowserJourney {

    @Autowired TestPrincipals principals;
    @Autowired Surveys surveys;
    @Autowired Answering answering;

    @Test
    void anOfficerRehearsesTheEitAndReadsItsScoresOnAPhone() {
        startBrowser(360, 800);
        signIn("bantom.integrity");
        check("/console/surveys/templates");
        submit(browser.findElement(By.cssSelector("#template-eit-2569 form button")));
        String path = browser.getCurrentUrl().substring(url("").length());
        assertThat(path).matches("/console/surveys/[0-9a-f-]{36}");
        UUID id = UUID.fromString(path.substring("/console/surveys/".length()));

        StaffPrincipal officer = principals.principal("bantom.integrity");
        surveys.open(officer, id);
        for (int r = 0; r < 4; r++) {
            Map<String, List<String>> answers = new HashMap<>();
            answers.put("a.type", List.of(String.valueOf(r % 2)));
            answers.put("a.b1", List.of("1"));
            for (int e = 1; e <= 14; e++) {
                answers.put("a.e" + e, List.of(String.valueOf(e <= 5 ? 0 : r % 3)));
            }
            assertThat(answering.answer(officer.tenant(), id, answers).kept()).isTrue();
        }
        check(path + "/ita");
        assertThat(browser.findElement(By.cssSelector(".ita-chart svg")).isDisplayed()).isTrue();
        assertThat(ThaiDigits.toArabic(browser.findElement(By.tagName("main")).getText()))
                .contains("100.00", "ขนาด M: อย่างน้อย 70 คน", "ยังขาด 66 คน", "ยังไม่ได้ยืนยัน");
        check(path + "/ita?lang=en");
    }

    @Test
    void thePlatformAdminsTemplatePage() {
        startBrowser(360, 800);
        signIn("platform.admin");
        check("/admin/survey-templates");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("iit-2569", "eit-2569");
    }

    private void check(String page) {
        browser.get(url(page));
        assertThat(Axe.violations(browser)).as("WCAG 2.1 AA violations on %s", page).isEmpty();
        assertThat(sidewaysOverflow()).as("sideways overflow on %s", page).isEmpty();
    }
}
