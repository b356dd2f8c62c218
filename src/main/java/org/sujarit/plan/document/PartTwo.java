package org.sujarit.plan.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sujarit.plan.Budget;
import org.sujarit.plan.DimensionView;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.PlanView;
import org.sujarit.shared.NumeralStyle;

/**
 * ส่วนที่ ๒: one table per dimension (มิติ | ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | one
 * budget column per fiscal year | หมายเหตุ), a total row per dimension and a grand total.
 */
record PartTwo(String heading, String subtitle, List<String> years, List<Table> tables, Total grandTotal) {

    /** One dimension's rows; its name spans them all. */
    record Table(String dimension, List<Row> rows, Total total) {
    }

    /**
     * One item. {@code missionRows} is how many rows the mission cell spans from this row, or 0
     * when an earlier row's cell covers it. {@code noBudget} rows print "ไม่ใช้งบประมาณ" across
     * the year columns instead of {@code amounts}.
     */
    record Row(String mission, int missionRows, String item, List<String> amounts, boolean noBudget, String remark) {
    }

    record Total(String label, List<String> amounts) {
    }

    static PartTwo of(PlanView plan, NumeralStyle numerals) {
        List<Integer> years = plan.years();
        List<Table> tables = plan.dimensions().stream().map(dimension -> table(dimension, years, numerals)).toList();
        List<ItemView> items = plan.allItems().toList();
        Total grandTotal = total("รวมทั้งสิ้น", items, years, numerals);
        return new PartTwo(numerals.apply("ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต"),
                numerals.apply("โครงการ/กิจกรรม/มาตรการ และจำนวนงบประมาณที่ดำเนินการในปีงบประมาณ แยกตาม "
                        + plan.dimensions().size() + " มิติ"),
                years.stream().map(year -> numerals.apply(year)).toList(), tables, grandTotal);
    }

    static String kindName(ItemKind kind) {
        return switch (kind) {
            case PROJECT -> "โครงการ";
            case ACTIVITY -> "กิจกรรม";
            case MEASURE -> "มาตรการ";
            case GUIDELINE -> "แนวปฏิบัติ";
        };
    }

    private static Table table(DimensionView dimension, List<Integer> years, NumeralStyle numerals) {
        String name = numerals.apply("มิติที่ " + dimension.number()) + " " + numerals.apply(dimension.title());
        List<Row> rows = new ArrayList<>();
        addRows(dimension, List.of(), rows, years, numerals);
        if (rows.isEmpty()) {
            rows.add(new Row(numerals.apply(dimension.title()), 1, "-", years.stream().map(y -> "-").toList(), false, ""));
        }
        return new Table(name, rows, total("รวม", dimension.allItems().toList(), years, numerals));
    }

    /**
     * Items directly under a dimension take its title as their mission; items of a sub-dimension
     * take the numbered titles of the sub-dimensions above them, one per line.
     */
    private static void addRows(DimensionView dimension, List<String> path, List<Row> rows, List<Integer> years,
                                NumeralStyle numerals) {
        String mission = path.isEmpty() ? numerals.apply(dimension.title()) : String.join("\n", path);
        List<ItemView> items = dimension.items();
        for (int i = 0; i < items.size(); i++) {
            rows.add(row(items.get(i), mission, i == 0 ? items.size() : 0, years, numerals));
        }
        for (DimensionView child : dimension.children()) {
            List<String> childPath = new ArrayList<>(path);
            childPath.add(numerals.apply(child.number()) + " " + numerals.apply(child.title()));
            addRows(child, childPath, rows, years, numerals);
        }
    }

    private static Row row(ItemView item, String mission, int missionRows, List<Integer> years, NumeralStyle numerals) {
        Budget budget = item.content().budget();
        boolean noBudget = budget == null || budget.none();
        List<String> amounts = noBudget ? List.of()
                : years.stream().map(year -> numerals.apply(Baht.orDash(budget.perYear().get(year)))).toList();
        String remark = !noBudget && budget.perYear().isEmpty() ? numerals.apply(budget.text()) : "";
        String name = numerals.apply(item.number()) + " " + numerals.apply(item.content().name());
        return new Row(mission, missionRows, name, amounts, noBudget, remark);
    }

    private static Total total(String word, List<ItemView> items, List<Integer> years, NumeralStyle numerals) {
        Map<ItemKind, Long> counts = items.stream().filter(item -> item.content().kind() != null)
                .collect(Collectors.groupingBy(item -> item.content().kind(), () -> new EnumMap<>(ItemKind.class),
                        Collectors.counting()));
        long unkinded = items.stream().filter(item -> item.content().kind() == null).count();
        String label = word + " " + counts.entrySet().stream()
                .map(count -> numerals.apply(count.getValue()) + " " + kindName(count.getKey()))
                .collect(Collectors.joining(" ")) + (unkinded > 0 ? " " + numerals.apply(unkinded) + " รายการ" : "");
        List<String> amounts = years.stream().map(year -> numerals.apply(Baht.orDash(items.stream()
                .map(item -> item.content().budget())
                .filter(budget -> budget != null && !budget.none())
                .map(budget -> budget.in(year))
                .reduce(BigDecimal.ZERO, BigDecimal::add)))).toList();
        return new Total(items.isEmpty() ? word : label.strip(), amounts);
    }
}
