package org.sujarit.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.Answering;
import org.sujarit.survey.Questionnaire;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyDraft;
import org.sujarit.survey.Surveys;

/**
 * Ban Tom's invented surveys ({@code demo/bantom-surveys.yml}): made, opened, answered (by link and
 * on paper, as the file says), closed and published, once — a survey already made from the demo is
 * found again by its key. Returns each demo survey's id by key, so that the plan's KPIs can name them
 * ({@code demo-survey:KEY} in the plan's data file).
 */
@Component
class DemoSurveyLoader {

    static final String KEY_PREFIX = "demo:";

    record DemoSurveys(List<DemoSurvey> surveys) {
    }

    record DemoSurvey(String key, String title, String titleEn, String intro, String createdBy, Questionnaire questionnaire,
                      List<DemoAnswers> answers) {
    }

    /** How many answered so: {@code count}, {@code channel} (LINK or PAPER), and question key → choice place or text. */
    static final class DemoAnswers {
        int count;
        Survey.Channel channel;
        final Map<String, String> answers = new HashMap<>();

        @JsonAnySetter
        void set(String name, Object value) {
            switch (name) {
                case "count" -> count = ((Number) value).intValue();
                case "channel" -> channel = Survey.Channel.valueOf(value.toString());
                default -> answers.put(name, value.toString());
            }
        }

        Map<String, List<String>> form() {
            Map<String, List<String>> form = new HashMap<>();
            answers.forEach((key, value) -> form.put("a." + key, List.of(value)));
            return form;
        }
    }

    private final Surveys surveys;
    private final Answering answering;
    private final UserDetailsService accounts;

    DemoSurveyLoader(Surveys surveys, Answering answering, UserDetailsService accounts) {
        this.surveys = surveys;
        this.answering = answering;
        this.accounts = accounts;
    }

    Map<String, UUID> load(TenantId tenant, String file) {
        Map<String, UUID> ids = new HashMap<>();
        for (DemoSurvey demo : DemoLoader.read(file, DemoSurveys.class).surveys()) {
            StaffPrincipal author = (StaffPrincipal) accounts.loadUserByUsername(demo.createdBy());
            ids.put(demo.key(), surveys.list(author).stream().filter(s -> (KEY_PREFIX + demo.key()).equals(s.templateKey()))
                    .map(Survey::id).findFirst().orElseGet(() -> make(author, demo)));
        }
        return ids;
    }

    private UUID make(StaffPrincipal author, DemoSurvey demo) {
        UUID id = surveys.create(author, new SurveyDraft(Survey.Kind.SURVEY, Survey.Audience.PUBLIC, null, demo.title(),
                demo.titleEn(), demo.intro(), null, null, null, null, false, null, null), demo.questionnaire(), KEY_PREFIX + demo.key());
        surveys.open(author, id);
        List<String> refused = new ArrayList<>();
        for (DemoAnswers line : demo.answers()) {
            for (int i = 0; i < line.count; i++) {
                Answering.Outcome outcome = line.channel == Survey.Channel.PAPER ? answering.typeIn(author, id, line.form())
                        : answering.answer(author.tenant(), id, line.form());
                if (!outcome.kept()) {
                    refused.add(outcome.sheet().problems().toString());
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Demo survey " + demo.key() + " has answers its questions refuse: " + refused);
        }
        surveys.close(author, id);
        surveys.publish(author, id, true);
        return id;
    }
}
