package org.sujarit.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.shared.BuddhistYears;

/**
 * The checks an officer runs before asking for approval, each finding pointing at the field to
 * fix: items without a responsible unit, budgets written as text, periods missing or naming years
 * outside the plan, outputs without a KPI, duplicate names, template placeholders left in, and the
 * organisation's own name misspelled (a different tone mark on the same letters, as the Ban Tom
 * plan writes ต๋อม, ต้อม and ต่อม).
 */
public final class PlanQuality {

    /** Template wording left in, and runs of x's or dots that stand for a blank to fill. */
    static final Pattern PLACEHOLDER = Pattern.compile(
            "ระบุชื่อ|ชื่อองค์กรปกครองส่วนท้องถิ่น|ชื่อ อปท\\.|\\(ระบุ|[xX]{3,}|…{2,}|\\.{4,}");
    private static final List<String> ORGANISATION_KINDS = List.of("เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร",
            "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด");
    private static final Pattern TONE_MARKS = Pattern.compile("[\u0E48-\u0E4B]");
    private static final Pattern UNIT_WORDS = Pattern.compile("(^|\\s)(งาน|กอง|ฝ่าย|สำนัก)\\S");

    private PlanQuality() {
    }

    public static List<QualityFinding> check(PlanView plan, String organisationNameTh) {
        List<QualityFinding> findings = new ArrayList<>();
        String core = coreName(organisationNameTh);
        headerTexts(plan).forEach((field, text) -> textChecks(findings, null, field, text, core));
        Map<String, List<ItemView>> byName = new HashMap<>();
        plan.allItems().forEach(item -> {
            ItemContent content = item.content();
            byName.computeIfAbsent(normalise(content.name()), k -> new ArrayList<>()).add(item);
            if (item.unitId() == null) {
                add(findings, item, "unitId", "quality.noUnit", content.responsibleText());
            }
            Budget budget = content.budget();
            if (budget != null && !budget.none() && budget.perYear().isEmpty()) {
                add(findings, item, "budget", "quality.budgetText", budget.text());
            } else if (budget != null && budget.text() != null && UNIT_WORDS.matcher(budget.text()).find()) {
                add(findings, item, "budget", "quality.budgetText", budget.text());
            }
            if (content.period() == null || content.period().months().isEmpty()) {
                add(findings, item, "period", "quality.periodMissing", content.period() == null ? null : content.period().text());
            } else {
                yearsOutside(content.period().text(), plan.header())
                        .forEach(year -> add(findings, item, "period", "quality.periodOutside", content.period().text()));
            }
            for (int i = 0; i < item.outputs().size(); i++) {
                if (item.outputs().get(i).result().kpi() == null) {
                    add(findings, item, "outputs[" + i + "]", "quality.outputNoKpi", item.outputs().get(i).result().text());
                }
            }
            if (item.outputs().isEmpty()) {
                add(findings, item, "outputs", "quality.missingField", null);
            }
            for (var field : requiredTexts(content).entrySet()) {
                if (field.getValue() == null || field.getValue().isBlank()) {
                    add(findings, item, field.getKey(), "quality.missingField", null);
                }
            }
            itemTexts(content).forEach((field, text) -> textChecks(findings, item, field, text, core));
        });
        byName.values().stream().filter(items -> items.size() > 1).flatMap(List::stream)
                .forEach(item -> add(findings, item, "name", "quality.duplicateName", item.content().name()));
        return findings;
    }

    private static void textChecks(List<QualityFinding> findings, ItemView item, String field, String text, String core) {
        if (text == null) {
            return;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        if (placeholder.find()) {
            add(findings, item, field, "quality.placeholder",
                    excerpt(text, placeholder.start(), placeholder.end() - placeholder.start()));
        }
        misspellings(text, core).forEach(variant -> add(findings, item, field, "quality.nameMisspelled", variant));
    }

    /** Spellings of the organisation's name that differ from it only in tone marks. */
    static Set<String> misspellings(String text, String core) {
        Set<String> variants = new LinkedHashSet<>();
        if (core == null || core.length() < 3) {
            return variants;
        }
        String bare = TONE_MARKS.matcher(core).replaceAll("");
        for (int start = 0; start < text.length(); start++) {
            int i = start;
            int j = 0;
            while (i < text.length() && j < bare.length()) {
                char c = text.charAt(i);
                if (TONE_MARKS.matcher(String.valueOf(c)).matches()) {
                    i++;
                } else if (c == bare.charAt(j)) {
                    i++;
                    j++;
                } else {
                    break;
                }
            }
            if (j == bare.length()) {
                while (i < text.length() && TONE_MARKS.matcher(String.valueOf(text.charAt(i))).matches()) {
                    i++;
                }
                String found = text.substring(start, i);
                if (!found.equals(core)) {
                    variants.add(found);
                }
                start = i - 1;
            }
        }
        return variants;
    }

    static String coreName(String name) {
        if (name == null) {
            return null;
        }
        for (String kind : ORGANISATION_KINDS) {
            if (name.startsWith(kind)) {
                return name.substring(kind.length()).trim();
            }
        }
        return name.trim();
    }

    private static List<Integer> yearsOutside(String text, PlanHeader plan) {
        // A period like "ต.ค. 65" starts in the fiscal year after that calendar year.
        return BuddhistYears.in(text).stream()
                .filter(year -> year < plan.firstYear() - 1 || year > plan.lastYear()).toList();
    }

    private static Map<String, String> headerTexts(PlanView plan) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        PlanHeader header = plan.header();
        texts.put("title", header.title());
        texts.put("foreword", header.foreword());
        texts.put("origin", header.origin());
        texts.put("objectives", String.join("\n", header.objectives()));
        texts.put("format", header.format());
        texts.put("executivePolicy", header.executivePolicy());
        return texts;
    }

    private static Map<String, String> requiredTexts(ItemContent content) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("rationale", content.rationale());
        texts.put("objectives", String.join("\n", content.objectives()));
        texts.put("targetGroup", content.targetGroup());
        texts.put("method", content.method().isEmpty() ? null : "steps");
        return texts;
    }

    private static Map<String, String> itemTexts(ItemContent content) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("name", content.name());
        texts.put("rationale", content.rationale());
        texts.put("objectives", String.join("\n", content.objectives()));
        texts.put("targetGroup", content.targetGroup());
        texts.put("method", steps(content.method()));
        texts.put("budget", content.budget() == null ? null : content.budget().text());
        texts.put("responsibleText", content.responsibleText());
        texts.put("outputs", String.join("\n", content.outputs().stream().map(Result::text).toList()));
        texts.put("outcomes", String.join("\n", content.outcomes().stream().map(Result::text).toList()));
        return texts;
    }

    private static String steps(List<Step> steps) {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            text.append(step.text()).append('\n').append(steps(step.steps()));
        }
        return text.toString();
    }

    private static String normalise(String name) {
        return name == null ? "" : name.replaceAll("[\\s\"“”'‘’]", "").toLowerCase(Locale.ROOT);
    }

    private static String excerpt(String text, int at, int length) {
        int from = Math.max(0, at - 20);
        int to = Math.min(text.length(), at + length + 20);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    private static void add(List<QualityFinding> findings, ItemView item, String field, String key, String detail) {
        findings.add(new QualityFinding(item == null ? null : item.id(), item == null ? null : item.number(),
                item == null ? null : item.content().name(), field, key, detail));
    }
}
