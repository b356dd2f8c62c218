package org.sujarit.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.context.annotation.Import;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.Chromium;

/**
 * The charts' test page in Chromium: axe-core finds no WCAG 2.1 A/AA violation, in Thai and in
 * English, and on a phone 360 px wide the 77 tiles fit without sideways scrolling.
 */
@Import(OversightChartsPageTest.ChartsPage.class)
class OversightChartsAccessibilityTest extends BrowserJourney {

    @Test
    void onAPhoneTheChartsFitAndPassAxe() throws Exception {
        startBrowser(360, 800);
        for (String language : new String[] {"th", "en"}) {
            open(OversightChartsPageTest.PATH + "?lang=" + language);
            assertThat(Axe.violations(browser)).as(language).isEmpty();
            assertThat(sidewaysOverflow()).as(language).isEmpty();
            WebElement grid = element(By.cssSelector("svg.ov-tile-grid"));
            assertThat(grid.getRect().getWidth()).as("the grid scales to the phone").isBetween(250, 360);
            assertThat(grid.getRect().getHeight()).as("and keeps its proportions").isGreaterThan(grid.getRect().getWidth() * 2);
        }
        Chromium.screenshot(browser, "oversight-charts-phone-1-tiles");
        browser.executeScript("document.querySelector('figure.ov-tiles .ov-legend').scrollIntoView()");
        Chromium.screenshot(browser, "oversight-charts-phone-2-legend");
        browser.executeScript("document.querySelector('figure.ov-trend').scrollIntoView()");
        Chromium.screenshot(browser, "oversight-charts-phone-3-trend");
    }

    @Test
    void onADesktopEachChartSitsBesideItsTable() throws Exception {
        startBrowser(1366, 900);
        open(OversightChartsPageTest.PATH);
        assertThat(Axe.violations(browser)).isEmpty();
        for (String chart : new String[] {"figure.ov-tiles", "figure.ov-trend"}) {
            WebElement picture = element(By.cssSelector(chart + " .ov-chart-picture"));
            WebElement table = element(By.cssSelector(chart + " .ov-chart-table"));
            assertThat(table.getRect().getX()).as(chart).isGreaterThan(picture.getRect().getX() + picture.getRect().getWidth() - 1);
        }
        Chromium.screenshot(browser, "oversight-charts-desktop-1-tiles");
        browser.executeScript("document.querySelector('figure.ov-trend').scrollIntoView()");
        Chromium.screenshot(browser, "oversight-charts-desktop-2-trend");
    }
}
