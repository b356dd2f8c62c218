package org.sujarit.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a checklist from its YAML file — the bundled ones and the next year's list a platform
 * admin loads — and refuses a file with a message that names the item and field at fault.
 */
final class ChecklistFile {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ChecklistFile() {
    }

    static Checklist read(byte[] content, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (JacksonException e) {
            throw new ChecklistProblem("disclosure.checklist.notYaml", e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ChecklistProblem("disclosure.checklist.notYaml", "");
        }
        String code = text(root, "code", "");
        int version = number(root, "version");
        int firstYear = number(root, "firstYear");
        if (firstYear < 2500 || firstYear > 2700) {
            throw new ChecklistProblem("disclosure.checklist.field", "firstYear");
        }
        JsonNode name = root.path("name");
        String nameTh = text(name, "th", "name");
        String nameEn = text(name, "en", "name");
        JsonNode items = root.path("items");
        if (!items.isArray() || items.isEmpty()) {
            throw new ChecklistProblem("disclosure.checklist.field", "items");
        }
        List<ChecklistItem> read = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        int position = 0;
        for (JsonNode item : items) {
            String number = text(item, "number", "item " + (position + 1));
            if (!number.matches("[A-Za-z]{0,3}[0-9]{1,3}[a-z]?") || !numbers.add(number.toUpperCase())) {
                throw new ChecklistProblem("disclosure.checklist.number", number);
            }
            DisclosureGroup group = enumOf(DisclosureGroup.class, text(item, "group", number), number + ": group");
            Frequency frequency = enumOf(Frequency.class, text(item, "frequency", number), number + ": frequency");
            DueRule due;
            try {
                due = DueRule.parse(text(item, "due", number));
            } catch (IllegalArgumentException e) {
                throw new ChecklistProblem("disclosure.checklist.field", number + ": due");
            }
            String titleTh = text(item, "th", number);
            String titleEn = text(item, "en", number);
            String whatTh = item.hasNonNull("what") ? item.get("what").asString().strip() : titleTh;
            String whatEn = item.hasNonNull("whatEn") ? item.get("whatEn").asString().strip() : titleEn;
            String auto = item.hasNonNull("auto") ? item.get("auto").asString().strip() : null;
            if (auto != null && !auto.matches("[a-z][a-z-]*(@(YEAR|H[12]|Q[1-4]|M(0[1-9]|1[0-2])|ONCE))?")) {
                throw new ChecklistProblem("disclosure.checklist.field", number + ": auto");
            }
            String section = item.hasNonNull("section") ? item.get("section").asString() : null;
            read.add(new ChecklistItem(number, ++position, group, section, titleTh, titleEn, whatTh, whatEn, frequency,
                    due, auto));
        }
        return new Checklist(null, code, version, firstYear, nameTh, nameEn, source, List.copyOf(read));
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.asString().isBlank()) {
            throw new ChecklistProblem("disclosure.checklist.field", (where.isEmpty() ? "" : where + ": ") + field);
        }
        return value.asString().strip();
    }

    private static int number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.canConvertToInt() || value.asInt() <= 0) {
            throw new ChecklistProblem("disclosure.checklist.field", field);
        }
        return value.asInt();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ChecklistProblem("disclosure.checklist.field", where);
        }
    }
}
