package org.sujarit.risk.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sujarit.infrastructure.document.Block;
import org.sujarit.risk.ControlResult;
import org.sujarit.risk.SelfAssessment;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.ThaiDates;

/**
 * The ปค.๔ as the standard's form lays it out, every text final (digits in the tenant's style),
 * so that the template only places it: the heading, the two-column table of components and their
 * principles with the results and conclusions, the overall result and the assessor's signature.
 */
record SelfAssessmentDocument(NumeralStyle numerals, String formName, String organisation, String title, String asOf,
                              List<Row> rows, List<String> overall, String assessorName, String assessorPosition,
                              String signedOn) {

    static final String TITLE = "รายงานการประเมินองค์ประกอบของการควบคุมภายใน";
    private static final Locale THAI = Locale.forLanguageTag("th");
    private static final String DOTS = "..............................";

    /** A component (bold, its own conclusion beside it) or one of its principles with its result. */
    record Row(boolean component, String name, String result, boolean assessed, List<String> conclusion) {
    }

    static SelfAssessmentDocument of(SelfAssessment assessment, String organisation, NumeralStyle digits) {
        List<Row> rows = new ArrayList<>();
        assessment.components().forEach(component -> {
            rows.add(new Row(true, digits.apply(component.component().number() + ". " + component.component().th()), null,
                    false, paragraphs(component.conclusion(), digits)));
            component.answers().forEach(answer -> rows.add(new Row(false,
                    digits.apply("หลักการที่ " + answer.principle().number() + " " + answer.principle().th()),
                    result(answer.result()), answer.answered(), paragraphs(answer.conclusion(), digits))));
        });
        List<String> overall = paragraphs(assessment.overall(), digits);
        return new SelfAssessmentDocument(digits, digits.apply("แบบ ปค.4"), digits.apply(organisation), TITLE,
                digits.apply("ณ วันที่ " + ThaiDates.longDate(assessment.asOf(), THAI)), rows,
                overall.isEmpty() ? List.of(DOTS + DOTS + DOTS) : overall,
                "(" + (blank(assessment.assessorName()) ? DOTS : digits.apply(assessment.assessorName())) + ")",
                "ตำแหน่ง " + (blank(assessment.assessorPosition()) ? DOTS : digits.apply(assessment.assessorPosition())),
                digits.apply(signedOn(assessment.assessedOn())));
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

    /** Typed text's paragraphs, one per line, blank lines dropped. */
    private static List<String> paragraphs(String text, NumeralStyle digits) {
        return Block.paragraphs(digits.apply(text)).stream().map(Block::text).toList();
    }
}
