package org.sujarit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every message exists in Thai and in English, and every key a template names literally exists. */
class MessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.-]*[a-zA-Z0-9_])[}(]");

    @Test
    void thaiAndEnglishHaveTheSameKeys() throws IOException {
        Properties thai = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");
        assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys in English but not in Thai")
                .isSubsetOf(thai.stringPropertyNames());
        assertThat(new TreeSet<>(thai.stringPropertyNames())).as("keys in Thai but not in English")
                .isSubsetOf(english.stringPropertyNames());
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Properties thai = load("i18n/messages.properties");
        Set<String> missing = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    named.add(key.group(1));
                    if (!thai.containsKey(key.group(1))) {
                        missing.add(key.group(1) + " in " + template.getFileName());
                    }
                }
            }
        }
        assertThat(named).as("keys the templates name").hasSizeGreaterThan(300).contains("risk.heatMap", "plan.title");
        assertThat(missing).isEmpty();
    }

    /**
     * A message with arguments goes through MessageFormat, where a lone apostrophe starts a quote:
     * "The place's indicators: {0}" printed "The places indicators: {0}". Such a message writes it twice.
     */
    @Test
    void aMessageWithArgumentsDoublesItsApostrophes() throws IOException {
        Set<String> wrong = new TreeSet<>();
        for (String file : new String[] {"i18n/messages.properties", "i18n/messages_en.properties"}) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (ARGUMENT.matcher(text).find() && LONE_APOSTROPHE.matcher(text).find()) {
                    wrong.add(key + " in " + file);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
