package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.Chromium;

/**
 * In a real Chromium: a visitor opens Ban Tom's portal in Thai, switches to English, the
 * integrity officer signs in and out. Screenshots land in target/screenshots.
 */
class StaffSignInJourneyTest extends BrowserJourney {

    @Test
    void portalInThaiThenEnglishThenSignInAndOut() throws Exception {
        startBrowser(1366, 900);
        open("/bantom");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("เทศบาลตำบลบ้านต๋อม");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("th");
        Chromium.screenshot(browser, "01-portal-th");

        submit(browser.findElement(By.linkText("English")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ban Tom Subdistrict Municipality");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        Chromium.screenshot(browser, "02-portal-en");

        submit(browser.findElement(By.linkText("Sign in")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
        browser.findElement(By.id("username")).sendKeys("bantom.integrity");
        browser.findElement(By.id("password")).sendKeys("not the password");
        submit(browser.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).isEqualTo("Wrong user name or password");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo("bantom.integrity");
        Chromium.screenshot(browser, "03-sign-in-failed-en");

        browser.findElement(By.id("password")).sendKeys("sujarit-demo-2569");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/console$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ban Tom Subdistrict Municipality");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Integrity officer");
        Chromium.screenshot(browser, "04-console-en");

        submit(browser.findElement(By.cssSelector("form[action='/logout'] button")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("You have signed out");
        Chromium.screenshot(browser, "05-signed-out-en");
    }

    @Test
    void theFooterEndsTheWindowOfAShortPageOnAPhone() throws Exception {
        footerEndsShortPagesAndFollowsLongOnes(360, 800, "/no-such-town", "/no-such-town?lang=en");
    }

    @Test
    void theFooterEndsTheWindowOfAShortPageOnADesktop() throws Exception {
        // Not the sign-in page: it grows with the sign-in providers the platform offers.
        footerEndsShortPagesAndFollowsLongOnes(1366, 900, "/no-such-town", "/no-such-town?lang=en");
    }

    private void footerEndsShortPagesAndFollowsLongOnes(int width, int height, String... shortPages) throws Exception {
        startBrowser(width, height);
        for (String page : shortPages) {
            open(page);
            assertThat(sidewaysOverflow()).as("horizontal overflow of %s", page).isEmpty();
            Layout layout = layout();
            assertThat(layout.documentHeight()).as("%s at %d×%d is a short page", page, width, height)
                    .isEqualTo(layout.windowHeight());
            assertThat(layout.footerBottom()).as("bottom of the footer of %s at %d×%d", page, width, height)
                    .isCloseTo(layout.windowHeight(), org.assertj.core.data.Offset.offset(0.5));
        }
        Chromium.screenshot(browser, "short-page-" + width);
        open("/bantom/plan");
        assertThat(sidewaysOverflow()).isEmpty();
        Layout layout = layout();
        assertThat(layout.documentHeight()).as("the plan is a long page").isGreaterThan(layout.windowHeight() * 2);
        assertThat(layout.footerTop()).as("the footer comes after the content").isGreaterThanOrEqualTo(layout.mainBottom());
        assertThat(layout.footerBottom()).as("the footer ends the page").isCloseTo(layout.documentHeight(),
                org.assertj.core.data.Offset.offset(0.5));
    }

    /** Where the main content and the footer are on the page (not the window), and the heights of both. */
    private record Layout(double mainBottom, double footerTop, double footerBottom, double windowHeight, double documentHeight) {
    }

    private Layout layout() {
        @SuppressWarnings("unchecked")
        java.util.List<Number> values = (java.util.List<Number>) browser.executeScript("""
                const main = document.querySelector('main').getBoundingClientRect();
                const footer = document.querySelector('.site-footer').getBoundingClientRect();
                return [main.bottom + scrollY, footer.top + scrollY, footer.bottom + scrollY, innerHeight,
                        document.documentElement.scrollHeight];""");
        return new Layout(values.get(0).doubleValue(), values.get(1).doubleValue(), values.get(2).doubleValue(),
                values.get(3).doubleValue(), values.get(4).doubleValue());
    }

    @Test
    void theConsoleFitsA360PixelPhone() throws Exception {
        startBrowser(360, 800);
        open("/bantom?lang=th");
        signIn("bantom.admin");
        for (String page : new String[] {"/bantom", "/console", "/console/units", "/console/users", "/console/audit"}) {
            open(page);
            assertThat(sidewaysOverflow()).as("horizontal overflow of %s at 360 px", page).isEmpty();
            Chromium.screenshot(browser, "phone" + page.replace('/', '-'));
        }
    }
}
