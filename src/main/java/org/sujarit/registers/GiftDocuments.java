package org.sujarit.registers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.Block;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.infrastructure.document.Section;
import org.sujarit.infrastructure.document.SheetWriter;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.XlsxFile;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.ThaiDates;
import org.sujarit.tenant.Organisation;

/**
 * The register's documents, built on the one document model: the gift report form
 * (แบบรายงานการรับของขวัญหรือประโยชน์อื่นใด) of one record and the signed No Gift declaration as PDF
 * in Sarabun, and the year's register as a workbook for the integrity officer.
 */
@Component
public class GiftDocuments {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final String TEMPLATE = "registers/gift-document";

    /** A document as its template places it: every text final, in the tenant's numeral style. */
    public record GiftDocument(NumeralStyle numerals, List<String> title, List<Section> sections, List<String> signature) {
    }

    private final HtmlPdf pdf;

    GiftDocuments(HtmlPdf pdf) {
        this.pdf = pdf;
    }

    public byte[] reportForm(Gift gift, Organisation organisation) {
        NumeralStyle w = organisation.numerals();
        GiftEntry e = gift.entry();
        List<Cell[]> facts = new ArrayList<>();
        facts.add(row(w, "ผู้รายงาน", gift.personName()));
        facts.add(row(w, "ผู้ให้", e.giverName() + " (" + GiftLabels.giverKind(e.giverKind()) + ")"
                + (e.giverTaxId() == null ? "" : " เลขประจำตัวผู้เสียภาษี " + e.giverTaxId().formatted())));
        facts.add(row(w, "ความสัมพันธ์", e.relative() ? "ญาติ (" + e.relation() + ")" : "ไม่ใช่ญาติ"));
        facts.add(row(w, "โอกาสหรือเทศกาล", e.occasion()));
        facts.add(row(w, "ประเภท", GiftLabels.category(e.category())));
        facts.add(row(w, "รายการ", e.description()));
        facts.add(row(w, "มูลค่าโดยประมาณ", GiftLabels.baht(e.value()) + " บาท"));
        facts.add(row(w, "วันที่ได้รับ", ThaiDates.longDate(e.receivedOn(), THAI)));
        facts.add(row(w, "ให้แก่บุคคลทั่วไป", e.publicAtLarge() ? "ใช่" : "ไม่ใช่"));
        facts.add(row(w, "การดำเนินการ", GiftLabels.action(e.action())));
        facts.add(row(w, "ตามหลักเกณฑ์ของปี", gift.overLimit() ? "เกินหลักเกณฑ์" : "ไม่เกินหลักเกณฑ์"));
        if (gift.reportDue() != null) {
            facts.add(row(w, "กำหนดรายงานผู้บังคับบัญชา", ThaiDates.longDate(gift.reportDue(), THAI)));
        }
        Table table = new Table(null, Table.widths(35, 65), List.of(), facts.stream().map(Table.Row::of).toList());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(w.apply("1. รายละเอียดของขวัญหรือประโยชน์อื่นใด"), List.of(Block.table(table))));
        if (gift.decision() != null) {
            sections.add(new Section(w.apply("2. ความเห็นและคำวินิจฉัยของผู้บังคับบัญชา"), List.of(
                    Block.paragraph(w.apply(GiftLabels.decision(gift.decision()))),
                    Block.paragraph(w.apply(gift.decisionReason())),
                    Block.paragraph(w.apply("เมื่อวันที่ " + ThaiDates.longDate(LocalDate.ofInstant(gift.decidedAt(), BANGKOK),
                            THAI))))));
        }
        List<String> title = List.of("แบบรายงานการรับของขวัญหรือประโยชน์อื่นใด",
                w.apply("ปีงบประมาณ พ.ศ. " + gift.fiscalYear().buddhistYear()), w.apply(organisation.nameTh()));
        return pdf.print(TEMPLATE, new GiftDocument(w, title, sections,
                List.of("ลงชื่อ ........................................ ผู้รายงาน", "(" + gift.personName() + ")")), w);
    }

    public byte[] declaration(GiftPolicyDeclaration d, Organisation organisation) {
        NumeralStyle w = organisation.numerals();
        List<Block> blocks = new ArrayList<>(Block.paragraphs(w.apply(d.text())));
        List<String> title = List.of(w.apply("ประกาศ" + organisation.nameTh()),
                "เรื่อง ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
                w.apply("ประจำปีงบประมาณ พ.ศ. " + d.year().buddhistYear()));
        String signedOn = ThaiDates.longDate(LocalDate.ofInstant(d.signedAt(), BANGKOK), THAI);
        return pdf.print(TEMPLATE, new GiftDocument(w, title, List.of(new Section("", blocks)),
                List.of(w.apply("ประกาศ ณ วันที่ " + signedOn), "ลงนามในระบบโดย " + d.signerName(), "(" + d.signerName() + ")",
                        d.signerPosition())), w);
    }

    public byte[] register(List<Gift> gifts, FiscalYear year, Organisation organisation) {
        NumeralStyle w = organisation.numerals();
        List<Table.Row> rows = new ArrayList<>();
        int number = 0;
        for (Gift g : gifts) {
            GiftEntry e = g.entry();
            rows.add(Table.Row.of(Cell.number(++number, w.apply(number), "0"), Cell.text(w.apply(ThaiDates.numericDate(e.receivedOn()))),
                    Cell.text(g.personName()), Cell.text(e.giverName()),
                    Cell.text(e.giverTaxId() == null ? "" : w.apply(e.giverTaxId().formatted())),
                    Cell.text(e.relative() ? "ญาติ (" + e.relation() + ")" : "ไม่ใช่ญาติ"), Cell.text(e.occasion()),
                    Cell.text(GiftLabels.category(e.category())), Cell.text(e.description()),
                    Cell.number(e.value(), w.apply(GiftLabels.baht(e.value())), "#,##0.00"),
                    Cell.text(GiftLabels.action(e.action())), Cell.text(g.overLimit() ? "เกิน" : "ไม่เกิน"),
                    Cell.text(g.decision() == null ? (g.awaitingDecision() ? "รอการวินิจฉัย" : "") : GiftLabels.decision(g.decision()))));
        }
        Table table = new Table(null, Table.widths(4, 8, 10, 10, 9, 7, 9, 8, 12, 7, 7, 4, 5), Table.heads("ที่", "วันที่ได้รับ",
                "ผู้รับ", "ผู้ให้", "เลขประจำตัวผู้เสียภาษี", "ความสัมพันธ์", "โอกาส", "ประเภท", "รายการ", "มูลค่า (บาท)",
                "การดำเนินการ", "เกินหลักเกณฑ์", "คำวินิจฉัย"), rows);
        List<String> titles = List.of(w.apply("ทะเบียนการรับของขวัญหรือประโยชน์อื่นใด ปีงบประมาณ พ.ศ. " + year.buddhistYear()
                + " " + organisation.nameTh()));
        return XlsxFile.of(w, workbook -> new SheetWriter(workbook).write("ทะเบียน", titles, table,
                new int[] {6, 12, 22, 24, 20, 16, 24, 20, 30, 14, 20, 10, 22}, true));
    }

    private static Cell[] row(NumeralStyle w, String label, String value) {
        return new Cell[] {Cell.text(label), Cell.text(w.apply(value))};
    }
}
