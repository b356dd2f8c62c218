package org.sujarit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.sujarit.shared.IndicatorSource;
import org.sujarit.shared.IndicatorSource.Indicator;
import org.sujarit.shared.IndicatorSource.Value;

/** What every indicator source's test asks of its definitions and reads of its values. */
public final class IndicatorChecks {

    private IndicatorChecks() {
    }

    /** One tenant's values of one fiscal year, by key; each key at most once. */
    public static Map<String, Value> of(List<Value> values, UUID tenant, int fiscalYear) {
        Map<String, Value> byKey = new LinkedHashMap<>();
        values.stream().filter(v -> v.tenantId().equals(tenant) && v.fiscalYear() == fiscalYear)
                .forEach(v -> assertThat(byKey.put(v.key(), v)).as("twice: " + v.key()).isNull());
        return byKey;
    }

    /**
     * Keys are the source's own and unique, every value is of a defined key, each indicator has its
     * name and how-computed text in Thai and English and a public evidence page (never the console).
     */
    public static void wellDefined(IndicatorSource source, List<Value> values) {
        Properties thai = messages("/i18n/messages.properties");
        Properties english = messages("/i18n/messages_en.properties");
        var keys = new HashSet<String>();
        for (Indicator indicator : source.indicators()) {
            assertThat(indicator.source()).isEqualTo(source.name());
            assertThat(keys.add(indicator.key())).as("defined twice: " + indicator.key()).isTrue();
            for (Properties file : List.of(thai, english)) {
                assertThat(file.getProperty(indicator.messageKey())).as(indicator.messageKey()).isNotBlank();
                assertThat(file.getProperty(indicator.howMessageKey())).as(indicator.howMessageKey()).isNotBlank();
            }
            assertThat(indicator.evidence()).as(indicator.key()).startsWith("/").doesNotContain("console");
            if (indicator.partOf() != null) {
                assertThat(keys).as(indicator.key() + " is part of an earlier indicator").contains(indicator.partOf());
            }
        }
        assertThat(thai.getProperty("indicator.source." + source.name())).isNotBlank();
        assertThat(english.getProperty("indicator.source." + source.name())).isNotBlank();
        assertThat(values).extracting(Value::key).allMatch(keys::contains);
    }

    private static Properties messages(String path) {
        Properties properties = new Properties();
        try (InputStream in = IndicatorChecks.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
