package org.sujarit.risk.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.sujarit.risk.ControlPrinciples;
import org.sujarit.risk.ControlResult;
import org.sujarit.risk.SelfAssessment;
import org.sujarit.risk.SelfAssessmentAnswers;
import org.sujarit.risk.SelfAssessmentAnswers.PrincipleAnswer;

/**
 * The whole ปค.๔ on one form: {@code principles[0]} … {@code principles[16]} for principles 1–17,
 * {@code components[0]} … {@code components[4]} for the components' conclusions, then the summary.
 * A result is taken as text and read here, so that a tampered value is an error of its row.
 */
record SelfAssessmentForm(@Valid List<PrincipleForm> principles,
                          @Valid List<ComponentForm> components,
                          @Size(max = 4000, message = "{validation.tooLong}") String overall,
                          @Size(max = 200, message = "{validation.tooLong}") String assessorName,
                          @Size(max = 200, message = "{validation.tooLong}") String assessorPosition,
                          LocalDate assessedOn) {

    /** A row per principle and per component, blank where nothing was sent, so that every row has its fields. */
    SelfAssessmentForm {
        principles = rows(principles, ControlPrinciples.COUNT, new PrincipleForm(null, null));
        components = rows(components, ControlPrinciples.COMPONENTS.size(), new ComponentForm(null));
    }

    record PrincipleForm(String result, @Size(max = 4000, message = "{validation.tooLong}") String conclusion) {
    }

    record ComponentForm(@Size(max = 4000, message = "{validation.tooLong}") String conclusion) {
    }

    static SelfAssessmentForm of(SelfAssessment assessment) {
        List<PrincipleForm> principles = new ArrayList<>();
        List<ComponentForm> components = new ArrayList<>();
        assessment.components().forEach(component -> {
            components.add(new ComponentForm(component.conclusion()));
            component.answers().forEach(answer -> principles.add(new PrincipleForm(
                    answer.result() == null ? null : answer.result().name(), answer.conclusion())));
        });
        return new SelfAssessmentForm(principles, components, assessment.overall(), assessment.assessorName(),
                assessment.assessorPosition(), assessment.assessedOn());
    }

    /** The rows whose result is not one of the three, as form field paths. */
    List<String> unreadableResults() {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < principles.size(); i++) {
            PrincipleForm row = principles.get(i);
            if (!blank(row.result()) && result(row.result()) == null) {
                fields.add("principles[" + i + "].result");
            }
        }
        return fields;
    }

    SelfAssessmentAnswers toAnswers() {
        Map<Integer, PrincipleAnswer> answers = new HashMap<>();
        for (int i = 0; i < principles.size(); i++) {
            PrincipleForm row = principles.get(i);
            if (!blank(row.result()) || !blank(row.conclusion())) {
                answers.put(i + 1, new PrincipleAnswer(result(row.result()), row.conclusion()));
            }
        }
        Map<Integer, String> conclusions = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            ComponentForm row = components.get(i);
            if (!blank(row.conclusion())) {
                conclusions.put(i + 1, row.conclusion());
            }
        }
        return new SelfAssessmentAnswers(answers, conclusions, overall, assessorName, assessorPosition, assessedOn);
    }

    /** The form field of a principle's field, e.g. principle 7's conclusion: {@code principles[6].conclusion}. */
    static String field(Integer principle, String field) {
        return principle == null ? field : "principles[" + (principle - 1) + "]." + field;
    }

    /** Exactly {@code count} rows: missing ones blank, those beyond the catalogue dropped. */
    private static <T> List<T> rows(List<T> rows, int count, T blank) {
        List<T> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            T row = rows != null && i < rows.size() ? rows.get(i) : null;
            all.add(row == null ? blank : row);
        }
        return all;
    }

    private static ControlResult result(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return ControlResult.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
