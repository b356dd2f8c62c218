package org.sujarit.plan.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.sujarit.plan.Budget;
import org.sujarit.plan.ItemContent;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.Period;
import org.sujarit.plan.Result;
import org.sujarit.plan.Step;
import org.sujarit.plan.document.PlanDocument.Block;
import org.sujarit.plan.document.PlanDocument.Line;
import org.sujarit.plan.document.PlanDocument.Sheet;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.ThaiDates;

/** Lays out one item as the detail sheet of ส่วนที่ ๓, with the seed's nine numbered headings. */
final class DetailSheet {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private DetailSheet() {
    }

    static Sheet of(ItemView item, NumeralStyle numerals) {
        ItemContent content = item.content();
        String name = numerals.apply(content.name());
        List<Block> blocks = List.of(
                new Block(numerals.apply("1. ชื่อโครงการ : ") + name, List.of()),
                new Block(numerals.apply("2. หลักการและเหตุผล"), PlanDocument.paragraphs(numerals.apply(content.rationale()))),
                new Block(numerals.apply("3. วัตถุประสงค์"), numbered(content.objectives(), numerals)),
                new Block(numerals.apply("4. กลุ่มเป้าหมาย"), target(content, numerals)),
                new Block(numerals.apply("5. วิธีดำเนินการ"), steps(content.method(), "", numerals)),
                new Block(numerals.apply("6. ระยะเวลาดำเนินการ"), period(content.period(), numerals)),
                new Block(numerals.apply("7. งบประมาณดำเนินการ"), budget(content.budget(), numerals)),
                new Block(numerals.apply("8. ผู้รับผิดชอบโครงการ"), responsible(item, numerals)),
                new Block(numerals.apply("9. ผลผลิต"), results(content.outputs(), numerals)),
                new Block("ผลลัพธ์", results(content.outcomes(), numerals)));
        return new Sheet(name, blocks);
    }

    private static List<Line> numbered(List<String> entries, NumeralStyle numerals) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            lines.add(new Line(numerals.apply(i + 1) + ") " + numerals.apply(entries.get(i)), 1));
        }
        return lines;
    }

    private static List<Line> target(ItemContent content, NumeralStyle numerals) {
        String group = numerals.apply(content.targetGroup()).strip();
        String count = content.targetCount() == null ? "" : numerals.apply(content.targetCount()) + " คน";
        String text = (group + " " + count).strip();
        return text.isEmpty() ? List.of() : List.of(Line.paragraph(text));
    }

    /** "๑)", then "๒.๑)" under "๒)", and so on down. */
    private static List<Line> steps(List<Step> steps, String prefix, NumeralStyle numerals) {
        List<Line> lines = new ArrayList<>();
        int level = prefix.isEmpty() ? 1 : (int) prefix.chars().filter(c -> c == '.').count() + 1;
        for (int i = 0; i < steps.size(); i++) {
            String number = prefix + (i + 1);
            lines.add(new Line(numerals.apply(number + ") ") + numerals.apply(steps.get(i).text()), level));
            lines.addAll(steps(steps.get(i).steps(), number + ".", numerals));
        }
        return lines;
    }

    private static List<Line> period(Period period, NumeralStyle numerals) {
        if (period == null) {
            return List.of();
        }
        if (period.text() != null && !period.text().isBlank()) {
            return List.of(Line.paragraph(numerals.apply(period.text().strip())));
        }
        if (period.months().isEmpty()) {
            return List.of();
        }
        return List.of(Line.paragraph("เดือน" + period.months().stream()
                .map(month -> ThaiDates.monthName(month, THAI)).collect(Collectors.joining(" เดือน"))));
    }

    /** As the sheet worded it; amounts per fiscal year when it gave no wording. */
    private static List<Line> budget(Budget budget, NumeralStyle numerals) {
        if (budget == null) {
            return List.of();
        }
        if (budget.text() != null && !budget.text().isBlank()) {
            return List.of(Line.paragraph(numerals.apply(budget.text().strip())));
        }
        if (budget.none() || budget.perYear().isEmpty()) {
            return List.of(Line.paragraph(Budget.NONE_TH));
        }
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> year : budget.perYear().entrySet()) {
            lines.add(Line.paragraph(numerals.apply("ปีงบประมาณ พ.ศ. " + year.getKey()) + " จำนวน "
                    + numerals.apply(Baht.of(year.getValue())) + " บาท"));
        }
        return lines;
    }

    private static List<Line> responsible(ItemView item, NumeralStyle numerals) {
        String unit = item.unitName();
        if (unit == null || unit.isBlank()) {
            unit = item.content().responsibleText();
        }
        if (unit == null || unit.isBlank()) {
            unit = item.content().responsibleUnit() == null ? "" : item.content().responsibleUnit().replace('/', ' ');
        }
        return unit.isBlank() ? List.of() : List.of(Line.paragraph(numerals.apply(unit.strip())));
    }

    /** Numbered "๑)" when there are several, a plain paragraph when there is one. */
    private static List<Line> results(List<Result> results, NumeralStyle numerals) {
        if (results.size() == 1) {
            return List.of(Line.paragraph(numerals.apply(results.get(0).text())));
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            lines.add(new Line(numerals.apply(i + 1) + ") " + numerals.apply(results.get(i).text()), 1));
        }
        return lines;
    }
}
