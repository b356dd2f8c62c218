package org.sujarit.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sujarit.shared.RuleViolation;
import org.sujarit.tenant.OrganisationKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a survey template from its YAML file — the bundled ones and those a platform admin loads —
 * and refuses a file with a message that names the place at fault: a field that is missing or
 * unknown, a question the questionnaire rules refuse ({@link Questionnaire#check()}), a settings
 * value {@link SurveyDraft#check()} refuses, or an ITA item that cannot be scored.
 */
final class TemplateFile {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String FAMILY = "[a-z][a-z0-9-]{1,30}";
    private static final Set<String> ROOT = Set.of("family", "year", "kind", "audience", "title", "intro", "passMark",
            "minAnswers", "pair", "ita", "sections");
    private static final Set<String> QUESTION = Set.of("key", "type", "th", "en", "required", "groups", "choices", "min",
            "max", "shownIf", "correct", "points", "indicator");

    private TemplateFile() {
    }

    static SurveyTemplate read(byte[] content, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (JacksonException e) {
            throw new TemplateProblem("survey.template.notYaml", e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new TemplateProblem("survey.template.notYaml", "");
        }
        known(root, ROOT, "");
        String family = text(root, "family", "");
        if (!family.matches(FAMILY)) {
            throw new TemplateProblem("survey.template.field", "family");
        }
        int year = integer(root, "year", "", 2500, 2700);
        Survey.Kind kind = enumOf(Survey.Kind.class, text(root, "kind", ""), "kind");
        Survey.Audience audience = enumOf(Survey.Audience.class, text(root, "audience", ""), "audience");
        BigDecimal passMark = root.has("passMark") ? number(root, "passMark", "") : null;
        Integer minAnswers = root.has("minAnswers") ? integer(root, "minAnswers", "", 5, 10_000) : null;
        SurveyTemplate.Pair pair = root.has("pair") ? pair(root.path("pair")) : null;
        List<Section> sections = new ArrayList<>();
        List<PendingItem> pending = new ArrayList<>();
        JsonNode list = root.path("sections");
        if (!list.isArray() || list.isEmpty()) {
            throw new TemplateProblem("survey.template.field", "sections");
        }
        for (JsonNode section : list) {
            String where = "sections[" + (sections.size() + 1) + "]";
            List<Question> questions = new ArrayList<>();
            JsonNode entries = section.path("questions");
            if (!entries.isArray() || entries.isEmpty()) {
                throw new TemplateProblem("survey.template.field", where + ": questions");
            }
            for (JsonNode entry : entries) {
                Question q = question(entry, where + "[" + (questions.size() + 1) + "]");
                questions.add(q);
                if (entry.hasNonNull("indicator")) {
                    pending.add(new PendingItem(q, entry.get("indicator").asString().strip()));
                }
            }
            sections.add(new Section(text(section, "th", where), optional(section, "en"), questions));
        }
        Questionnaire questionnaire = new Questionnaire(sections);
        SurveyTemplate template = new SurveyTemplate(family, year, kind, audience, text(root.path("title"), "th", "title"),
                optional(root.path("title"), "en"), optional(root.path("intro"), "th"), optional(root.path("intro"), "en"),
                passMark, minAnswers, pair, questionnaire,
                root.has("ita") ? ita(root.path("ita"), pending) : null, source, null);
        if (template.ita() == null && !pending.isEmpty()) {
            throw new TemplateProblem("survey.template.itaItem", pending.get(0).question().key() + ": indicator");
        }
        if (pair != null && kind != Survey.Kind.TEST) {
            throw new TemplateProblem("survey.template.field", "pair");
        }
        obeys(questionnaire::check, null);
        obeys(() -> template.draft(null).check(), "");
        return template;
    }

    private record PendingItem(Question question, String indicator) {
    }

    /** Runs a core rule, turning its refusal into a problem that names the place in the file. */
    private static void obeys(Runnable rule, String where) {
        try {
            rule.run();
        } catch (RuleViolation violation) {
            String place = violation.field() == null ? "" : violation.field().startsWith("q.")
                    ? violation.field().substring(2) : violation.field();
            throw new TemplateProblem("survey.template.questions", where == null ? place : where + place, violation.messageKey());
        }
    }

    private static Question question(JsonNode entry, String where) {
        String key = entry.hasNonNull("key") ? entry.get("key").asString().strip() : "";
        String at = key.isEmpty() ? where : key;
        known(entry, QUESTION, at);
        QuestionType type = enumOf(QuestionType.class, text(entry, "type", at), at + ": type");
        List<Choice> choices = new ArrayList<>();
        for (JsonNode choice : entry.path("choices")) {
            choices.add(choice.isValueNode() ? new Choice(choice.asString(), null)
                    : new Choice(text(choice, "th", at + ": choices"), optional(choice, "en")));
        }
        Question.ShownIf shownIf = null;
        if (entry.has("shownIf")) {
            JsonNode when = entry.path("shownIf");
            shownIf = new Question.ShownIf(text(when, "question", at + ": shownIf"), integers(when.path("choices"), at + ": shownIf"));
        }
        return new Question(key, type, text(entry, "th", at), optional(entry, "en"), entry.path("required").asBoolean(true),
                choices, entry.has("min") ? number(entry, "min", at) : null, entry.has("max") ? number(entry, "max", at) : null,
                shownIf, integers(entry.path("correct"), at + ": correct"),
                entry.has("points") ? integer(entry, "points", at, 1, 100) : 0, entry.path("groups").asBoolean(false));
    }

    private static ItaRules ita(JsonNode ita, List<PendingItem> pending) {
        ItaRules.Part part = enumOf(ItaRules.Part.class, text(ita, "part", "ita"), "ita: part");
        JsonNode pass = ita.path("passMark");
        BigDecimal passMark = number(pass, "value", "ita: passMark");
        JsonNode scoring = ita.path("scoring");
        List<BigDecimal> levels = scores(scoring.path("levels"), QuestionType.LIKERT_4.scale().size(), "ita: scoring: levels");
        List<BigDecimal> yesNo = scores(scoring.path("yesNo"), 2, "ita: scoring: yesNo");
        List<ItaRules.Indicator> indicators = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode entry : ita.path("indicators")) {
            String key = text(entry, "key", "ita: indicators");
            if (!key.matches(FAMILY) || !keys.add(key)) {
                throw new TemplateProblem("survey.template.field", "ita: indicators: " + key);
            }
            BigDecimal weight = number(entry, "weight", key);
            if (weight.signum() <= 0) {
                throw new TemplateProblem("survey.template.field", key + ": weight");
            }
            indicators.add(new ItaRules.Indicator(key, integer(entry, "number", key, 1, 99), text(entry, "th", key),
                    optional(entry, "en"), weight));
        }
        if (indicators.isEmpty()) {
            throw new TemplateProblem("survey.template.field", "ita: indicators");
        }
        List<ItaRules.Item> items = new ArrayList<>();
        for (PendingItem p : pending) {
            Question q = p.question();
            List<BigDecimal> scores = q.type() == QuestionType.LIKERT_4 ? levels
                    : q.type() == QuestionType.SINGLE && q.choices().size() == 2 ? yesNo : null;
            if (scores == null || !keys.contains(p.indicator())) {
                throw new TemplateProblem("survey.template.itaItem", q.key() + ": indicator");
            }
            items.add(new ItaRules.Item(q.key(), p.indicator(), scores));
        }
        for (ItaRules.Indicator indicator : indicators) {
            if (items.stream().noneMatch(i -> i.indicator().equals(indicator.key()))) {
                throw new TemplateProblem("survey.template.itaItem", indicator.key());
            }
        }
        return new ItaRules(part, passMark, basis(pass, "ita: passMark"), levels, yesNo, basis(scoring, "ita: scoring"),
                basis(ita.path("weights"), "ita: weights"), indicators, items, sample(ita.path("sample")));
    }

    private static ItaSample sample(JsonNode sample) {
        List<ItaSample.BySize> sizes = new ArrayList<>();
        for (JsonNode entry : sample.path("bySize")) {
            String where = "ita: sample: bySize[" + (sizes.size() + 1) + "]";
            sizes.add(new ItaSample.BySize(enumOf(OrganisationKind.class, text(entry, "kind", where), where + ": kind"),
                    text(entry, "size", where), integer(entry, "respondents", where, 1, 100_000)));
        }
        ItaSample.Share share = null;
        if (sample.has("share")) {
            JsonNode rule = sample.path("share");
            String where = "ita: sample: share";
            share = new ItaSample.Share(integer(rule, "percent", where, 1, 100), integer(rule, "atLeast", where, 1, 100_000),
                    integer(rule, "above", where, 1, 10_000_000), integer(rule, "cap", where, 1, 100_000));
        }
        return new ItaSample(sizes, share, basis(sample, "ita: sample"));
    }

    /** A figure's basis: {@code confirmed} (false unless said) and its note in Thai, with an optional English one. */
    private static ItaRules.Basis basis(JsonNode node, String where) {
        JsonNode note = node.path("note");
        return new ItaRules.Basis(node.path("confirmed").asBoolean(false), text(note, "th", where + ": note"), optional(note, "en"));
    }

    private static SurveyTemplate.Pair pair(JsonNode pair) {
        JsonNode pre = pair.path("pre");
        JsonNode post = pair.path("post");
        return new SurveyTemplate.Pair(text(pre, "th", "pair: pre"), optional(pre, "en"), text(post, "th", "pair: post"),
                optional(post, "en"));
    }

    private static List<BigDecimal> scores(JsonNode list, int size, String where) {
        List<BigDecimal> scores = new ArrayList<>();
        for (JsonNode score : list) {
            if (!score.isNumber() || score.decimalValue().signum() < 0 || score.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new TemplateProblem("survey.template.field", where);
            }
            scores.add(score.decimalValue());
        }
        if (scores.size() != size) {
            throw new TemplateProblem("survey.template.field", where);
        }
        return scores;
    }

    private static List<Integer> integers(JsonNode list, String where) {
        if (list.isMissingNode()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new TemplateProblem("survey.template.field", where);
        }
        List<Integer> values = new ArrayList<>();
        for (JsonNode value : list) {
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new TemplateProblem("survey.template.field", where);
            }
            values.add(value.asInt());
        }
        return values;
    }

    private static void known(JsonNode node, Set<String> fields, String where) {
        for (String name : node.propertyNames()) {
            if (!fields.contains(name)) {
                throw new TemplateProblem("survey.template.unknown", (where.isEmpty() ? "" : where + ": ") + name);
            }
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.asString().isBlank()) {
            throw new TemplateProblem("survey.template.field", (where.isEmpty() ? "" : where + ": ") + field);
        }
        return value.asString().strip();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    private static BigDecimal number(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isNumber()) {
            throw new TemplateProblem("survey.template.field", (where.isEmpty() ? "" : where + ": ") + field);
        }
        return value.decimalValue();
    }

    private static int integer(JsonNode node, String field, String where, int min, int max) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw new TemplateProblem("survey.template.field", (where.isEmpty() ? "" : where + ": ") + field);
        }
        return value.asInt();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new TemplateProblem("survey.template.field", where);
        }
    }
}
