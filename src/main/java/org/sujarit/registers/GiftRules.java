package org.sujarit.registers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.sujarit.registers.GiftRule.GiftValueBand;
import org.sujarit.shared.FiscalYear;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The gift rules as data, read once from {@code registers/gift-rules.yml}: a fiscal year follows the
 * latest rule whose first year it has reached. A file that does not read stops the start with a
 * message naming the rule and field at fault, since no gift could be judged without it.
 */
@Component
public class GiftRules {

    static final String FILE = "registers/gift-rules.yml";

    private final List<GiftRule> rules;

    GiftRules() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            this.rules = read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }

    /** The rule a fiscal year follows. */
    public GiftRule forYear(FiscalYear year) {
        return rules.stream().filter(rule -> rule.firstYear() <= year.buddhistYear()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No gift rule for fiscal year " + year + " in " + FILE));
    }

    /** The rules of a file, latest first year first. */
    static List<GiftRule> read(byte[] content) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(content);
        } catch (JacksonException e) {
            throw new IllegalStateException(FILE + " is not YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode entries = root == null ? null : root.path("rules");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            throw new IllegalStateException(FILE + ": no rules");
        }
        List<GiftRule> read = new ArrayList<>();
        for (JsonNode entry : entries) {
            int firstYear = entry.path("firstYear").asInt(0);
            String where = "rule " + firstYear + ": ";
            if (firstYear < 2500 || firstYear > 2700) {
                throw new IllegalStateException(FILE + ": " + where + "firstYear");
            }
            JsonNode exceptions = entry.path("exceptions");
            read.add(new GiftRule(firstYear, amount(entry.path("limit"), where + "limit"),
                    period(entry.path("reportWithin"), where), exceptions.path("relatives").asBoolean(false),
                    exceptions.path("publicAtLarge").asBoolean(false), text(entry.path("source"), "th", where + "source"),
                    text(entry.path("source"), "en", where + "source"), bands(entry.path("bands"), where)));
        }
        read.sort(Comparator.comparingInt(GiftRule::firstYear).reversed());
        return List.copyOf(read);
    }

    private static List<GiftValueBand> bands(JsonNode bands, String where) {
        if (!bands.isArray() || bands.isEmpty()) {
            throw new IllegalStateException(FILE + ": " + where + "bands");
        }
        List<GiftValueBand> read = new ArrayList<>();
        BigDecimal previous = null;
        for (int i = 0; i < bands.size(); i++) {
            JsonNode band = bands.get(i);
            boolean last = i == bands.size() - 1;
            BigDecimal upTo = last ? null : amount(band.path("upTo"), where + "bands " + (i + 1) + ": upTo");
            if (last && band.has("upTo") || upTo != null && previous != null && upTo.compareTo(previous) <= 0) {
                throw new IllegalStateException(FILE + ": " + where + "bands " + (i + 1) + ": upTo");
            }
            read.add(new GiftValueBand(upTo, text(band, "th", where + "bands"), text(band, "en", where + "bands")));
            previous = upTo;
        }
        return read;
    }

    private static BigDecimal amount(JsonNode node, String where) {
        if (!node.isNumber() || node.decimalValue().signum() < 0) {
            throw new IllegalStateException(FILE + ": " + where);
        }
        return node.decimalValue().setScale(2);
    }

    private static Period period(JsonNode node, String where) {
        try {
            Period period = Period.parse(node.asString());
            if (period.isNegative() || period.isZero()) {
                throw new IllegalStateException(FILE + ": " + where + "reportWithin");
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(FILE + ": " + where + "reportWithin", e);
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.asString().isBlank()) {
            throw new IllegalStateException(FILE + ": " + where + ": " + field);
        }
        return value.asString().strip();
    }
}
