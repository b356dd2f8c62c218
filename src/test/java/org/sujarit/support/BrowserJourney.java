package org.sujarit.support;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test that drives the served application in Chromium: opens a browser of a given size,
 * signs demo users in and out, and closes the browser after each test.
 */
@ServerTest
public abstract class BrowserJourney {

    public static final String DEMO_PASSWORD = "sujarit-demo-2569";

    @LocalServerPort
    protected int port;
    @Autowired
    private JdbcClient signInJdbc;
    protected ChromeDriver browser;

    protected void startBrowser(int width, int height) {
        browser = Chromium.start(width, height);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    /**
     * Signs in and waits until the signed-in page has loaded, so the next step does not cut it short.
     * When the account's role requires a second factor, types the one-time code its key gives now
     * ({@link SecondFactors}), as the person would from their authenticator app.
     */
    protected void signIn(String username) {
        signInWithPassword(username);
        if (browser.getCurrentUrl().contains("/login/second-factor")) {
            typeCode(username);
        }
    }

    /** The password step only: the page after it may be the second-factor page. */
    protected void signInWithPassword(String username) {
        signInWithPassword(username, DEMO_PASSWORD);
    }

    /** The password step only, with a given password (e.g. a {@link TenantFixture} account's). */
    protected void signInWithPassword(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
    }

    /** Types the account's current one-time code on the second-factor or step-up page and sends it. */
    protected void typeCode(String username) {
        WebElement code = element(By.id("code"));
        code.sendKeys(SecondFactors.nextCode(signInJdbc, username));
        submit(code.findElement(By.xpath("./ancestor::form//button[@type='submit']")));
    }

    /** Clicks a button or link that loads another page and waits until the old page is gone. */
    protected void submit(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> gone(button));
    }

    /**
     * Whether the element has left the page. Selenium's own staleness check knows only "stale
     * element"; while the new page replaces the old one, Chromium sometimes answers "Node with given
     * id does not belong to the document" instead, which is the same fact.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * The element on the page now; when it is not there, fails with the page's address and its main
     * text, so that the failure says what came instead (an error, the form again with its message).
     */
    protected WebElement element(By locator) {
        List<WebElement> found = browser.findElements(locator);
        if (found.isEmpty()) {
            List<WebElement> main = browser.findElements(By.tagName("main"));
            throw new AssertionError("No " + locator + " on " + browser.getCurrentUrl() + ", which shows:\n"
                    + (main.isEmpty() ? browser.getPageSource() : main.get(0).getText()));
        }
        return found.get(0);
    }

    /**
     * What sticks out sideways on the current page: empty when the page fits its window, else
     * the scroll distance and the outermost elements whose right edge passes the window's, so
     * that a failure names its cause.
     */
    protected String sidewaysOverflow() {
        // Layout is only meaningful once the stylesheet applies; if it never does, say so (with what
        // the browser got for it) rather than report the unstyled page's width.
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !((String) browser.executeScript(
                    "return getComputedStyle(document.documentElement).getPropertyValue('--ink')")).isBlank());
        } catch (org.openqa.selenium.TimeoutException e) {
            return "stylesheet not applied: " + browser.executeScript("""
                    return performance.getEntriesByType('resource').filter(r => r.name.includes('.css'))
                        .map(r => r.name + ' status=' + (r.responseStatus ?? '?') + ' bytes=' + r.transferSize).join(', ')
                        || 'no stylesheet requested';""");
        }
        return (String) browser.executeScript("""
                const root = document.documentElement;
                const overflow = root.scrollWidth - root.clientWidth;
                if (overflow <= 0) return '';
                const edge = root.clientWidth + 0.5;
                const culprits = [];
                for (const el of document.body.querySelectorAll('*')) {
                  if (el.getBoundingClientRect().right <= edge) continue;
                  const parent = el.parentElement;
                  if (parent && parent !== document.body && parent.getBoundingClientRect().right > edge) continue;
                  culprits.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
                      + ' right=' + Math.round(el.getBoundingClientRect().right)
                      + ' "' + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 120) + '"');
                  if (culprits.length == 5) break;
                }
                return overflow + ' px: ' + culprits.join(' | ');""");
    }

    protected void signOut() {
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("loggedOut"));
    }
}
