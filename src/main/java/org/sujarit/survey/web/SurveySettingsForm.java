package org.sujarit.survey.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.validation.BindingResult;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyDraft;

/**
 * A survey's settings as typed. The dates bind as every form's date does, in the Buddhist Era; the
 * pass mark and the minimum number of answers stay text until read, so that what does not read
 * comes back as typed (in Thai or Arabic digits) with its message.
 */
record SurveySettingsForm(Survey.Kind kind, Survey.Audience audience, String titleTh, String titleEn, String introTh,
                          String introEn, UUID unitId, LocalDate opensOn, LocalDate closesOn, String passMark,
                          Boolean showScore, UUID preTestId, String minAnswers) {

    static SurveySettingsForm blank() {
        return new SurveySettingsForm(null, null, null, null, null, null, null, null, null, "60", true, null, "5");
    }

    static SurveySettingsForm of(Survey s) {
        return new SurveySettingsForm(s.kind(), s.audience(), s.titleTh(), s.titleEn(), s.introTh(), s.introEn(),
                s.unitId(), s.opensOn(), s.closesOn(), s.passMark() == null ? null : s.passMark().stripTrailingZeros().toPlainString(),
                s.showScore(), s.preTestId(), String.valueOf(s.minAnswers()));
    }

    /** The same settings for a survey whose kind and audience are fixed: those come from the survey, not the form. */
    SurveySettingsForm of(Survey.Kind fixedKind, Survey.Audience fixedAudience) {
        return new SurveySettingsForm(fixedKind, fixedAudience, titleTh, titleEn, introTh, introEn, unitId, opensOn,
                closesOn, passMark, showScore, preTestId, minAnswers);
    }

    /**
     * The draft, or {@code null} with what does not read rejected on its field. Only a test keeps a
     * pass mark, a score shown and a pre-test; only a staff survey keeps a minimum number of answers.
     */
    SurveyDraft toDraft(BindingResult binding) {
        boolean test = kind == Survey.Kind.TEST;
        BigDecimal mark = test ? number(binding, "passMark", passMark) : null;
        BigDecimal least = audience == Survey.Audience.STAFF ? number(binding, "minAnswers", minAnswers) : null;
        if (least != null && least.stripTrailingZeros().scale() > 0) {
            binding.rejectValue("minAnswers", "survey.minAnswers.range");
        }
        if (binding.hasErrors()) {
            return null;
        }
        return new SurveyDraft(kind, audience, unitId, titleTh, titleEn, introTh, introEn, opensOn, closesOn, mark,
                test && Boolean.TRUE.equals(showScore), test ? preTestId : null,
                least == null ? null : least.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue());
    }

    /** A number typed in either digits; {@code null} when blank. */
    static BigDecimal number(BindingResult binding, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = ThaiDigits.toArabic(typed.strip()).replace(",", "");
        if (!plain.matches("-?\\d{1,9}(\\.\\d{1,4})?")) {
            binding.rejectValue(field, "survey.builder.number");
            return null;
        }
        return new BigDecimal(plain);
    }
}
