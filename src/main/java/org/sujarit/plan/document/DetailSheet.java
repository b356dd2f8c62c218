package org.sujarit.plan.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.sujarit.infrastructure.document.Block;
import org.sujarit.infrastructure.document.Section;
import org.sujarit.plan.Budget;
import org.sujarit.plan.ItemContent;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.Period;
import org.sujarit.plan.Result;
import org.sujarit.plan.Step;
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
        List<Section> fields = List.of(
                new Section(numerals.apply("1. ชื่อโครงการ : ") + name, List.of()),
                new Section(numerals.apply("2. หลักการและเหตุผล"), Block.paragraphs(numerals.apply(content.rationale()))),
                new Section(numerals.apply("3. วัตถุประสงค์"), numbered(content.objectives(), numerals)),
                new Section(numerals.apply("4. กลุ่มเป้าหมาย"), target(content, numerals)),
                new Section(numerals.apply("5. วิธีดำเนินการ"), steps(content.method(), "", numerals)),
                new Section(numerals.apply("6. ระยะเวลาดำเนินการ"), period(content.period(), numerals)),
                new Section(numerals.apply("7. งบประมาณดำเนินการ"), budget(content.budget(), numerals)),
                new Section(numerals.apply("8. ผู้รับผิดชอบโครงการ"), responsible(item, numerals)),
                new Section(numerals.apply("9. ผลผลิต"), results(content.outputs(), numerals)),
                new Section("ผลลัพธ์", results(content.outcomes(), numerals)));
        return new Sheet(fields);
    }

    private static List<Block> numbered(List<String> entries, NumeralStyle numerals) {
        List<Block> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            items.add(Block.item(numerals.apply(i + 1) + ") " + numerals.apply(entries.get(i))));
        }
        return items;
    }

    private static List<Block> target(ItemContent content, NumeralStyle numerals) {
        String group = numerals.apply(content.targetGroup()).strip();
        String count = content.targetCount() == null ? "" : numerals.apply(content.targetCount()) + " คน";
        String text = (group + " " + count).strip();
        return text.isEmpty() ? List.of() : List.of(Block.paragraph(text));
    }

    /** "๑)", then "๒.๑)" under "๒)", and so on down. */
    private static List<Block> steps(List<Step> steps, String prefix, NumeralStyle numerals) {
        List<Block> items = new ArrayList<>();
        int level = prefix.isEmpty() ? 1 : (int) prefix.chars().filter(c -> c == '.').count() + 1;
        for (int i = 0; i < steps.size(); i++) {
            String number = prefix + (i + 1);
            items.add(Block.item(numerals.apply(number + ") ") + numerals.apply(steps.get(i).text()), level));
            items.addAll(steps(steps.get(i).steps(), number + ".", numerals));
        }
        return items;
    }

    private static List<Block> period(Period period, NumeralStyle numerals) {
        if (period == null) {
            return List.of();
        }
        if (period.text() != null && !period.text().isBlank()) {
            return List.of(Block.paragraph(numerals.apply(period.text().strip())));
        }
        if (period.months().isEmpty()) {
            return List.of();
        }
        return List.of(Block.paragraph("เดือน" + period.months().stream()
                .map(month -> ThaiDates.monthName(month, THAI)).collect(Collectors.joining(" เดือน"))));
    }

    /** As the sheet worded it; amounts per fiscal year when it gave no wording. */
    private static List<Block> budget(Budget budget, NumeralStyle numerals) {
        if (budget == null) {
            return List.of();
        }
        if (budget.text() != null && !budget.text().isBlank()) {
            return List.of(Block.paragraph(numerals.apply(budget.text().strip())));
        }
        if (budget.none() || budget.perYear().isEmpty()) {
            return List.of(Block.paragraph(Budget.NONE_TH));
        }
        List<Block> years = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> year : budget.perYear().entrySet()) {
            years.add(Block.paragraph(numerals.apply("ปีงบประมาณ พ.ศ. " + year.getKey()) + " จำนวน "
                    + numerals.apply(Baht.of(year.getValue())) + " บาท"));
        }
        return years;
    }

    private static List<Block> responsible(ItemView item, NumeralStyle numerals) {
        String unit = item.unitName();
        if (unit == null || unit.isBlank()) {
            unit = item.content().responsibleText();
        }
        if (unit == null || unit.isBlank()) {
            unit = item.content().responsibleUnit() == null ? "" : item.content().responsibleUnit().replace('/', ' ');
        }
        return unit.isBlank() ? List.of() : List.of(Block.paragraph(numerals.apply(unit.strip())));
    }

    /** Numbered "๑)" when there are several, a plain paragraph when there is one. */
    private static List<Block> results(List<Result> results, NumeralStyle numerals) {
        if (results.size() == 1) {
            return List.of(Block.paragraph(numerals.apply(results.get(0).text())));
        }
        return numbered(results.stream().map(Result::text).toList(), numerals);
    }
}
