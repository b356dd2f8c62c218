package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sujarit.support.Chromium;
import org.sujarit.support.ServerTest;

/**
 * In a real Chromium: a visitor opens Ban Tom's portal in Thai, switches to English, the
 * integrity officer signs in and out. Screenshots land in target/screenshots.
 */
@ServerTest
class StaffSignInJourneyTest {

    @LocalServerPort int port;
    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void portalInThaiThenEnglishThenSignInAndOut() throws Exception {
        browser = Chromium.start(1366, 900);
        browser.get("http://localhost:" + port + "/bantom");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("เทศบาลตำบลบ้านต๋อม");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("th");
        Chromium.screenshot(browser, "01-portal-th");

        browser.findElement(By.linkText("English")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ban Tom Subdistrict Municipality");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        Chromium.screenshot(browser, "02-portal-en");

        browser.findElement(By.linkText("Sign in")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
        browser.findElement(By.id("username")).sendKeys("bantom.integrity");
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).isEqualTo("Wrong user name or password");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo("bantom.integrity");
        Chromium.screenshot(browser, "03-sign-in-failed-en");

        browser.findElement(By.id("password")).sendKeys("sujarit-demo-2569");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/console");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ban Tom Subdistrict Municipality");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Integrity officer");
        Chromium.screenshot(browser, "04-console-en");

        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("You have signed out");
        Chromium.screenshot(browser, "05-signed-out-en");
    }

    @Test
    void theConsoleFitsA360PixelPhone() throws Exception {
        browser = Chromium.start(360, 800);
        browser.get("http://localhost:" + port + "/login?lang=th");
        browser.findElement(By.id("username")).sendKeys("bantom.admin");
        browser.findElement(By.id("password")).sendKeys("sujarit-demo-2569");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        for (String page : new String[] {"/bantom", "/console", "/console/units", "/console/users", "/console/audit"}) {
            browser.get("http://localhost:" + port + page);
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal overflow of %s at 360 px", page).isLessThanOrEqualTo(0L);
            Chromium.screenshot(browser, "phone" + page.replace('/', '-'));
        }
    }
}
