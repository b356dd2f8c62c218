package org.sujarit.risk.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sujarit.risk.ControlResult;
import org.sujarit.risk.SelfAssessment;
import org.sujarit.shared.ThaiDates;
import org.sujarit.shared.ThaiDigits;

/**
 * The ปค.๔ as the standard's form lays it out, every text final (digits already Thai when asked),
 * so that the template only places it: the heading, the two-column table of components and their
 * principles with the results and conclusions, the overall result and the assessor's signature.
 */
record SelfAssessmentDocument(boolean thaiDigits, String formName, String organisation, String title, String asOf,
                              List<Row> rows, List<String> overall, String assessorName, String assessorPosition,
                              String signedOn) {

    static final String TITLE = "รายงานการประเมินองค์ประกอบของการควบคุมภายใน";
    private static final Locale THAI = Locale.forLanguageTag("th");
    private static final String DOTS = "..............................";

    /** A component (bold, its own conclusion beside it) or one of its principles with its result. */
    record Row(boolean component, String name, String result, boolean assessed, List<String> conclusion) {
    }

    static SelfAssessmentDocument of(SelfAssessment assessment, String organisation, boolean thaiDigits) {
        Digits digits = new Digits(thaiDigits);
        List<Row> rows = new ArrayList<>();
        assessment.components().forEach(component -> {
            rows.add(new Row(true, digits.of(component.component().number() + ". " + component.component().th()), null,
                    false, digits.paragraphs(component.conclusion())));
            component.answers().forEach(answer -> rows.add(new Row(false,
                    digits.of("หลักการที่ " + answer.principle().number() + " " + answer.principle().th()),
                    result(answer.result()), answer.answered(), digits.paragraphs(answer.conclusion()))));
        });
        List<String> overall = digits.paragraphs(assessment.overall());
        return new SelfAssessmentDocument(thaiDigits, "แบบ ปค." + digits.of("4"), digits.of(organisation), TITLE,
                digits.of("ณ วันที่ " + ThaiDates.longDate(assessment.asOf(), THAI)), rows,
                overall.isEmpty() ? List.of(DOTS + DOTS + DOTS) : overall,
                "(" + (blank(assessment.assessorName()) ? DOTS : digits.of(assessment.assessorName())) + ")",
                "ตำแหน่ง " + (blank(assessment.assessorPosition()) ? DOTS : digits.of(assessment.assessorPosition())),
                digits.of(signedOn(assessment.assessedOn())));
    }

    /** The form's own words for a result; a principle not yet assessed shows none. */
    private static String result(ControlResult result) {
        if (result == null) {
            return "ยังไม่ได้ประเมิน";
        }
        return switch (result) {
            case ADEQUATE -> "เพียงพอ";
            case NEEDS_IMPROVEMENT -> "ควรปรับปรุง";
            case NOT_APPLICABLE -> "ไม่เกี่ยวข้อง";
        };
    }

    /** "วันที่ 15 เดือน ตุลาคม พ.ศ. 2566", or the dotted lines to fill in by hand. */
    private static String signedOn(LocalDate date) {
        if (date == null) {
            return "วันที่ ...... เดือน ............... พ.ศ. ........";
        }
        return "วันที่ " + date.getDayOfMonth() + " เดือน " + ThaiDates.monthName(date.getMonthValue(), THAI) + " พ.ศ. "
                + ThaiDates.buddhistYear(date);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Numbers in Thai digits for an official copy; text typed by users is converted only then. */
    private record Digits(boolean thai) {

        String of(String text) {
            return thai ? ThaiDigits.toThai(text) : text;
        }

        List<String> paragraphs(String text) {
            return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                    .filter(line -> !line.isEmpty()).map(this::of).toList();
        }
    }
}
