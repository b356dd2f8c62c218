package org.sujarit.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core 4 (npm, MPL-2.0; copied to src/test/resources/axe) run in the page against the
 * WCAG 2.1 A and AA rules. Returns each violation as "rule: help (n nodes)".
 */
public final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> violations(JavascriptExecutor browser) {
        browser.executeScript(SOURCE);
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.length,
                                                         target: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}))))
                   .catch(e => done([{id: 'axe-error', help: String(e), nodes: 0, target: ''}]));""");
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + " nodes: " + v.get("target") + ")")
                .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
