package org.sujarit.survey.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.sujarit.shared.ThaiDates;
import org.sujarit.survey.Question;
import org.sujarit.survey.Results;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyAnswers;
import org.sujarit.survey.SurveyResults;

/** The Thai words the survey's files and documents share: options, merged groups, channels, periods. */
public final class ResultWords {

    /** What a sub-group under five is called wherever it would be named. */
    public static final String FEWER_THAN_FIVE = "น้อยกว่า 5";
    public static final String WITHHELD = "ยังไม่แสดงผลจนกว่าจะมีผู้ตอบอย่างน้อย %d คน";

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private ResultWords() {
    }

    /** An option's Thai text, or {@link #FEWER_THAN_FIVE} for a merged sub-group. */
    public static String option(Question question, int place) {
        if (place == SurveyAnswers.MERGED) {
            return FEWER_THAN_FIVE;
        }
        return place >= 0 && place < question.options().size() ? question.options().get(place).th() : "";
    }

    public static String withheld(Survey survey) {
        return WITHHELD.formatted(survey.minAnswers());
    }

    public static String channel(Survey.Channel channel) {
        return switch (channel) {
            case LINK -> "ลิงก์สาธารณะ";
            case INVITATION -> "คำเชิญ";
            case PAPER -> "แบบสอบถามกระดาษ";
        };
    }

    public static String kind(Survey survey) {
        return switch (survey.kind()) {
            case SURVEY -> "แบบสำรวจ";
            case TEST -> "แบบทดสอบ";
            case CONSULTATION -> "การรับฟังความคิดเห็น";
        };
    }

    /** "ทุกช่วงเวลา", or the days of the period in long Thai dates. */
    public static String period(SurveyResults.Period period) {
        if (period.from() == null && period.to() == null) {
            return "ทุกช่วงเวลา";
        }
        if (period.to() == null) {
            return "ตั้งแต่วันที่ " + ThaiDates.longDate(period.from(), THAI);
        }
        if (period.from() == null) {
            return "จนถึงวันที่ " + ThaiDates.longDate(period.to(), THAI);
        }
        return "ตั้งแต่วันที่ " + ThaiDates.longDate(period.from(), THAI) + " ถึงวันที่ " + ThaiDates.longDate(period.to(), THAI);
    }

    public static String percent(Results.Share share) {
        return share == null || share.of() == 0 ? "" : share.percent().toPlainString();
    }

    public static String number(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    public static String longDate(LocalDate day) {
        return ThaiDates.longDate(day, THAI);
    }
}
