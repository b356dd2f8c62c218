package org.sujarit.complaint.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sujarit.complaint.Cause;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.statistics.YearStatistics;
import org.sujarit.complaint.statistics.YearStatistics.CategoryFigures;
import org.sujarit.complaint.statistics.YearStatistics.Figures;
import org.sujarit.complaint.statistics.YearStatistics.Period;
import org.sujarit.complaint.statistics.YearStatistics.Prevention;
import org.sujarit.infrastructure.document.Block;
import org.sujarit.infrastructure.document.Section;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Row;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.ThaiDates;

/**
 * The annual complaint report (รายงานผลการดำเนินการเรื่องร้องเรียน) of a fiscal year, every text
 * final so that the template only places it: the year's figures by half-year, channel, month and
 * category, the share handled within 15 days, satisfaction against the seed's 80% target, the
 * causes found, and the problems met with the preventive measures recorded.
 */
record AnnualReport(NumeralStyle numerals, List<String> title, String asOf, List<Section> sections) {

    static final String TITLE = "รายงานผลการดำเนินการเรื่องร้องเรียน";
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final String DOTS = "........................................................................";

    static AnnualReport of(YearStatistics s, String organisation, NumeralStyle w) {
        FiscalYear year = s.fiscalYear();
        List<String> title = List.of(TITLE, w.apply("ประจำปีงบประมาณ พ.ศ. " + year.buddhistYear()), w.apply(organisation));
        String asOf = w.apply("ข้อมูล ณ วันที่ " + ThaiDates.longDate(LocalDate.ofInstant(s.asOf(), BANGKOK), ReportWords.THAI));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(w.apply("1. สรุปผลการดำเนินการ"), summary(s, organisation, w)));
        if (!s.none()) {
            sections.add(new Section(w.apply("2. จำแนกตามประเภทเรื่องร้องเรียน"), List.of(
                    Block.paragraph("จำนวนเรื่องร้องเรียนแต่ละประเภท แยกตามช่องทางที่รับเรื่อง"),
                    Block.table(categories(s, w, w.apply("ตารางที่ 3 เรื่องร้องเรียนจำแนกตามประเภท"))))));
            sections.add(new Section(w.apply("3. การดำเนินการภายในกำหนด 15 วัน"), deadline(s, w)));
            sections.add(new Section(w.apply("4. ความพึงพอใจของผู้ร้องเรียน"), satisfaction(s, w)));
            sections.add(new Section(w.apply("5. สาเหตุของเรื่องร้องเรียน"), causes(s, w)));
        }
        sections.add(new Section(w.apply((s.none() ? "2" : "6") + ". ปัญหา อุปสรรค และแนวทางแก้ไข"),
                problems(s, w)));
        return new AnnualReport(w, title, asOf, sections);
    }

    private static List<Block> summary(YearStatistics s, String organisation, NumeralStyle w) {
        FiscalYear year = s.fiscalYear();
        String span = "ปีงบประมาณ พ.ศ. " + year.buddhistYear() + " (" + ThaiDates.longDate(year.firstDay(), ReportWords.THAI)
                + " – " + ThaiDates.longDate(year.lastDay(), ReportWords.THAI) + ")";
        if (s.none()) {
            return List.of(Block.paragraph(w.apply("ใน" + span + " " + organisation + " ไม่มีเรื่องร้องเรียน "
                    + "ทั้งเรื่องร้องทุกข์/ร้องเรียนทั่วไปและเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")));
        }
        Figures all = s.figures(Period.YEAR);
        Figures general = s.figures(Period.YEAR, Channel.GENERAL);
        Figures corruption = s.figures(Period.YEAR, Channel.CORRUPTION);
        String text = "ใน" + span + " " + organisation + " ได้รับเรื่องร้องเรียนทั้งสิ้น " + all.received() + " เรื่อง"
                + " เป็น" + ReportWords.channel(Channel.GENERAL) + " " + general.received() + " เรื่อง และ"
                + ReportWords.channel(Channel.CORRUPTION) + " " + corruption.received() + " เรื่อง"
                + " ดำเนินการแล้วเสร็จ " + all.finished() + " เรื่อง (ในจำนวนนี้ไม่รับเรื่องหรือส่งต่อหน่วยงานอื่น "
                + all.notAccepted() + " เรื่อง) อยู่ระหว่างดำเนินการ " + all.inProgress() + " เรื่อง"
                + (all.medianDays() == null ? "" : " เรื่องที่แล้วเสร็จใช้เวลาดำเนินการมัธยฐาน "
                        + all.medianDays().toPlainString() + " วันนับแต่วันที่รับเรื่อง");
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(w.apply(text)));
        for (Period half : Period.halves()) {
            Figures f = s.figures(half);
            blocks.add(Block.item(w.apply("- " + ReportWords.period(w, half, year) + ": " + (f.received() == 0 ? "ไม่มีเรื่องร้องเรียน"
                    : "รับเรื่อง " + f.received() + " เรื่อง แล้วเสร็จ " + f.finished() + " เรื่อง อยู่ระหว่างดำเนินการ "
                            + f.inProgress() + " เรื่อง"))));
        }
        blocks.add(Block.table(periods(s, w, w.apply("ตารางที่ 1 เรื่องร้องเรียนรายครึ่งปีและทั้งปี จำแนกตามช่องทาง"))));
        blocks.add(Block.item(w.apply("หมายเหตุ: ไม่รับเรื่อง/ส่งต่อ นับรวมเรื่องที่ส่งต่อหน่วยงานอื่น; ภายใน 15 วัน คือดำเนินการ"
                + "แล้วเสร็จหรือแจ้งเหตุผลแก่ผู้ร้องเรียนภายใน 15 วันนับแต่วันที่รับเรื่อง; เกิน 15 วัน คือดำเนินการหรือแจ้งเหตุผล"
                + "หลังกำหนด หรือยังไม่ได้ดำเนินการเมื่อพ้นกำหนด; มัธยฐาน คือจำนวนวันนับแต่วันที่รับเรื่องจนแล้วเสร็จ")));
        blocks.add(Block.table(months(s, w, w.apply("ตารางที่ 2 เรื่องร้องเรียนรายเดือน"))));
        return blocks;
    }

    private static List<Block> deadline(YearStatistics s, NumeralStyle w) {
        Figures all = s.figures(Period.YEAR);
        if (all.deadlineDue() == 0) {
            return List.of(Block.paragraph(w.apply("ยังไม่มีเรื่องที่ครบกำหนด 15 วัน")));
        }
        return List.of(Block.paragraph(w.apply("เรื่องที่ครบกำหนดดำเนินการ 15 วันแล้ว " + all.deadlineDue() + " เรื่อง"
                + " ดำเนินการหรือแจ้งเหตุผลแก่ผู้ร้องเรียนภายใน 15 วัน " + all.withinDeadline() + " เรื่อง คิดเป็นร้อยละ "
                + all.withinShare().toPlainString() + " และเกินกำหนด " + all.overDeadline() + " เรื่อง")));
    }

    private static List<Block> satisfaction(YearStatistics s, NumeralStyle w) {
        Figures all = s.figures(Period.YEAR);
        String target = "เป้าหมายร้อยละ " + YearStatistics.SATISFACTION_TARGET;
        String text = all.rated() == 0 ? "ยังไม่มีผู้ร้องเรียนประเมินความพึงพอใจ (" + target + ")"
                : "ผู้ร้องเรียนประเมินความพึงพอใจ " + all.rated() + " ราย คะแนนเฉลี่ย " + all.meanRating().toPlainString()
                + " จาก 5 พึงพอใจมากถึงมากที่สุด (ระดับ 4–5) ร้อยละ " + all.satisfiedShare().toPlainString() + " "
                + (all.meetsSatisfactionTarget() ? "บรรลุ" : "ต่ำกว่า") + target;
        return List.of(Block.paragraph(w.apply(text)),
                Block.table(satisfactionTable(s, w, w.apply("ตารางที่ 4 ความพึงพอใจของผู้ร้องเรียนเทียบกับเป้าหมายร้อยละ 80"))));
    }

    private static List<Block> causes(YearStatistics s, NumeralStyle w) {
        if (s.casesWithCause() == 0) {
            return List.of(Block.paragraph("ยังไม่มีการวิเคราะห์สาเหตุของเรื่องที่ดำเนินการแล้วเสร็จ"));
        }
        return List.of(Block.paragraph(w.apply("วิเคราะห์สาเหตุของเรื่องที่ดำเนินการแล้วเสร็จได้ " + s.casesWithCause() + " เรื่อง")),
                Block.table(causeTable(s, w, w.apply("ตารางที่ 5 สาเหตุของเรื่องร้องเรียน"))));
    }

    /** The problems the figures show, the measures recorded against the causes found, and room for the rest. */
    private static List<Block> problems(YearStatistics s, NumeralStyle w) {
        Figures all = s.figures(Period.YEAR);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.subheading("ปัญหาและอุปสรรคที่พบจากข้อมูล"));
        List<String> problems = new ArrayList<>();
        if (all.overDeadline() > 0) {
            problems.add("เรื่องร้องเรียน " + all.overDeadline() + " เรื่องดำเนินการหรือแจ้งเหตุผลแก่ผู้ร้องเรียนเกินกำหนด 15 วัน");
        }
        if (all.inProgress() > 0) {
            problems.add("เรื่องร้องเรียน " + all.inProgress() + " เรื่องยังอยู่ระหว่างดำเนินการ");
        }
        if (all.rated() > 0 && !all.meetsSatisfactionTarget()) {
            problems.add("ความพึงพอใจของผู้ร้องเรียน (ร้อยละ " + all.satisfiedShare().toPlainString()
                    + ") ต่ำกว่าเป้าหมายร้อยละ " + YearStatistics.SATISFACTION_TARGET);
        }
        s.causesByFrequency().stream().findFirst().ifPresent(top -> problems.add("สาเหตุที่พบมากที่สุดคือ"
                + ReportWords.cause(top.getKey()) + " " + top.getValue() + " เรื่อง"));
        if (problems.isEmpty()) {
            problems.add("ไม่พบปัญหาจากข้อมูลสถิติ");
        }
        problems.forEach(p -> blocks.add(Block.item(w.apply("- " + p))));
        blocks.add(Block.subheading("มาตรการป้องกันและแนวทางแก้ไขที่บันทึกไว้"));
        if (s.preventions().isEmpty()) {
            blocks.add(Block.item("- ยังไม่มีการบันทึกมาตรการป้องกัน"));
        }
        for (Prevention p : s.preventions()) {
            blocks.add(Block.item(w.apply("- " + ReportWords.cause(p.cause()) + ": " + p.measure() + " (" + p.cases() + " เรื่อง)")));
        }
        blocks.add(Block.subheading("ข้อเสนอแนะเพิ่มเติม"));
        blocks.add(Block.item(DOTS));
        blocks.add(Block.item(DOTS));
        return blocks;
    }

    // --- tables, shared with the workbook -------------------------------------------------------

    private static final List<String> FIGURE_HEADS = List.of("รับเรื่อง", "แล้วเสร็จ", "ระหว่างดำเนินการ",
            "ไม่รับเรื่อง/ส่งต่อ", "ในจำนวนนี้ส่งต่อ", "ภายใน 15 วัน", "เกิน 15 วัน", "มัธยฐาน (วัน)");

    static Table periods(YearStatistics s, NumeralStyle w, String caption) {
        List<String> head = new ArrayList<>(List.of("ช่องทาง"));
        head.addAll(FIGURE_HEADS);
        List<Row> rows = new ArrayList<>();
        for (Period period : List.of(Period.half(1), Period.half(2), Period.YEAR)) {
            rows.add(Row.group(ReportWords.period(w, period, s.fiscalYear())));
            for (Channel channel : Channel.values()) {
                rows.add(Row.of(figureCells(ReportWords.shortChannel(channel), s.figures(period, channel), w)));
            }
            rows.add(Row.total(figureCells("รวม", s.figures(period), w)));
        }
        return new Table(caption, List.of(26, 8, 8, 11, 10, 10, 9, 8, 10), heads(head, w), rows);
    }

    static Table months(YearStatistics s, NumeralStyle w, String caption) {
        List<Row> rows = new ArrayList<>();
        for (Period month : Period.YEAR.months()) {
            rows.add(Row.of(monthCells(ReportWords.month(w, month, s.fiscalYear()), s, month, w)));
        }
        rows.add(Row.total(monthCells("รวม", s, Period.YEAR, w)));
        return new Table(caption, List.of(20, 12, 12, 10, 11, 12, 11, 12),
                heads(List.of("เดือน", "ร้องทุกข์/ร้องเรียนทั่วไป", "ทุจริตและประพฤติมิชอบ", "รวม", "แล้วเสร็จ",
                        "ระหว่างดำเนินการ", "ภายใน 15 วัน", "เกิน 15 วัน"), w), rows);
    }

    static Table categories(YearStatistics s, NumeralStyle w, String caption) {
        List<Row> rows = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            rows.add(Row.group(ReportWords.channel(channel)));
            for (CategoryFigures c : s.byCategory(Period.YEAR, channel)) {
                rows.add(Row.of(categoryCells(w.apply(c.category().nameTh()), s.figures(Period.half(1), c.category().id()),
                        s.figures(Period.half(2), c.category().id()), c.figures(), w)));
            }
            rows.add(Row.total(categoryCells("รวม", s.figures(Period.half(1), channel), s.figures(Period.half(2), channel),
                    s.figures(Period.YEAR, channel), w)));
        }
        return new Table(caption, List.of(34, 11, 11, 11, 11, 11, 11),
                heads(List.of("ประเภท", "ครึ่งปีแรก", "ครึ่งปีหลัง", "ทั้งปี", "แล้วเสร็จ", "ระหว่างดำเนินการ",
                        "ไม่รับเรื่อง/ส่งต่อ"), w), rows);
    }

    static Table satisfactionTable(YearStatistics s, NumeralStyle w, String caption) {
        List<Row> rows = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            rows.add(Row.of(satisfactionCells(ReportWords.shortChannel(channel), s.figures(Period.YEAR, channel), w)));
        }
        rows.add(Row.total(satisfactionCells("รวม", s.figures(Period.YEAR), w)));
        return new Table(caption, List.of(36, 14, 14, 18, 18),
                heads(List.of("ช่องทาง", "ผู้ประเมิน (ราย)", "คะแนนเฉลี่ย (เต็ม 5)", "ร้อยละที่พึงพอใจ (ระดับ 4–5)",
                        "เทียบเป้าหมายร้อยละ 80"), w), rows);
    }

    static Table causeTable(YearStatistics s, NumeralStyle w, String caption) {
        List<Row> rows = new ArrayList<>();
        int total = s.casesWithCause();
        for (Map.Entry<Cause, Integer> cause : s.causesByFrequency()) {
            rows.add(Row.of(List.of(Cell.text(ReportWords.cause(cause.getKey())), ReportWords.cell(w, cause.getValue()),
                    ReportWords.cell(w, share(cause.getValue(), total)))));
        }
        rows.add(Row.total(List.of(Cell.text("รวม"), ReportWords.cell(w, total), ReportWords.cell(w, share(total, total)))));
        return new Table(caption, List.of(60, 20, 20), heads(List.of("สาเหตุ", "จำนวนเรื่อง", "ร้อยละ"), w), rows);
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static List<List<Table.Head>> heads(List<String> heads, NumeralStyle w) {
        return Table.heads(heads.stream().map(w::apply).toList());
    }

    private static List<Cell> figureCells(String label, Figures f, NumeralStyle w) {
        return List.of(Cell.text(label), ReportWords.cell(w, f.received()), ReportWords.cell(w, f.finished()), ReportWords.cell(w, f.inProgress()),
                ReportWords.cell(w, f.notAccepted()), ReportWords.cell(w, f.referred()), ReportWords.cell(w, f.withinDeadline()), ReportWords.cell(w, f.overDeadline()),
                ReportWords.cell(w, f.medianDays()));
    }

    private static List<Cell> monthCells(String label, YearStatistics s, Period period, NumeralStyle w) {
        Figures all = s.figures(period);
        return List.of(Cell.text(label), ReportWords.cell(w, s.figures(period, Channel.GENERAL).received()),
                ReportWords.cell(w, s.figures(period, Channel.CORRUPTION).received()), ReportWords.cell(w, all.received()), ReportWords.cell(w, all.finished()),
                ReportWords.cell(w, all.inProgress()), ReportWords.cell(w, all.withinDeadline()), ReportWords.cell(w, all.overDeadline()));
    }

    private static List<Cell> categoryCells(String label, Figures first, Figures second, Figures year, NumeralStyle w) {
        return List.of(Cell.text(label), ReportWords.cell(w, first.received()), ReportWords.cell(w, second.received()), ReportWords.cell(w, year.received()),
                ReportWords.cell(w, year.finished()), ReportWords.cell(w, year.inProgress()), ReportWords.cell(w, year.notAccepted()));
    }

    private static List<Cell> satisfactionCells(String label, Figures f, NumeralStyle w) {
        String verdict = f.rated() == 0 ? "ยังไม่มีผู้ประเมิน" : f.meetsSatisfactionTarget() ? "บรรลุเป้าหมาย" : "ต่ำกว่าเป้าหมาย";
        return List.of(Cell.text(label), ReportWords.cell(w, f.rated()), ReportWords.cell(w, f.meanRating()), ReportWords.cell(w, f.satisfiedShare()),
                Cell.text(verdict));
    }
}
