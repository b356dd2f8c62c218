package org.sujarit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.system.CapturedOutput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The log output a test captured, as text to search for what must not be there. A line of
 * structured (JSON) logging is read back into its keys and values first: JSON may write a Thai
 * name, a quote or a slash escaped, and a search of the raw line would then find nothing where a
 * name is.
 */
public final class LogOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LogOutput() {
    }

    /** Everything captured, each JSON line as its keys and values. */
    public static String searchable(CapturedOutput output) {
        List<String> lines = new ArrayList<>();
        for (String line : output.getAll().split("\\R")) {
            lines.add(line.startsWith("{") ? String.join("\n", valuesOf(JSON.readTree(line))) : line);
        }
        return String.join("\n", lines);
    }

    /** Asserts that every line captured is a JSON object of the ECS format, as structured logging writes it. */
    public static void assertAllJson(CapturedOutput output) {
        List<String> lines = output.getAll().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as("log lines").isNotEmpty().allSatisfy(line -> {
            assertThat(line).startsWith("{");
            JsonNode entry = JSON.readTree(line);
            assertThat(entry.has("@timestamp") && entry.has("log") && entry.has("message")).as(line).isTrue();
        });
    }

    private static List<String> valuesOf(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(field -> {
                values.add(field.getKey());
                values.addAll(valuesOf(field.getValue()));
            });
        } else if (node.isArray()) {
            node.forEach(element -> values.addAll(valuesOf(element)));
        } else {
            values.add(node.asString());
        }
        return values;
    }
}
