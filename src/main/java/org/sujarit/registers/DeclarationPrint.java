package org.sujarit.registers;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sujarit.infrastructure.document.Block;
import org.sujarit.infrastructure.document.Section;
import org.sujarit.infrastructure.document.SheetWriter;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Row;
import org.sujarit.infrastructure.document.XlsxFile;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.ThaiDates;

/**
 * The declarations in the one document model: the conflict-of-interest declaration form
 * (แบบแสดงการเปิดเผยผลประโยชน์ทับซ้อน) as sections for {@code registers/interest-form-pdf}, and the
 * year's register as a workbook for the integrity officer.
 */
public final class DeclarationPrint {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private DeclarationPrint() {
    }

    /** What the form's template prints: its title, the organisation, the sections and the signature. */
    public record Form(String title, String organisation, List<Section> sections, String signature, String signedAt) {
    }

    public static Form form(InterestDeclaration d, String organisation, String work) {
        List<Block> about = new ArrayList<>();
        about.add(Block.paragraph("ข้าพเจ้า " + d.personName() + (d.position() == null ? "" : " ตำแหน่ง " + d.position())
                + " สังกัด" + organisation));
        List<Section> sections = new ArrayList<>();
        if (d.yearly()) {
            about.add(Block.paragraph("ขอเปิดเผยผลประโยชน์ของข้าพเจ้า คู่สมรส บุตร บิดามารดา และพี่น้อง ประจำปีงบประมาณ พ.ศ. "
                    + d.fiscalYear() + " (ฉบับที่ " + d.version() + ") ดังนี้"));
            sections.add(new Section("ผู้เปิดเผย", about));
            sections.add(new Section("ผลประโยชน์ที่เปิดเผย", d.noneDeclared()
                    ? List.of(Block.paragraph("ข้าพเจ้าและญาติใกล้ชิดไม่มีผลประโยชน์ที่ต้องเปิดเผย"))
                    : List.of(Block.table(entries(d.entries())))));
        } else {
            about.add(Block.paragraph("ในฐานะกรรมการ สำหรับการจัดซื้อจัดจ้าง " + work));
            sections.add(new Section("ผู้เปิดเผย", about));
            sections.add(new Section("ความเกี่ยวข้องกับผู้เสนอราคา", List.of(Block.paragraph(d.noneDeclared()
                    ? "ข้าพเจ้าไม่มีความเกี่ยวข้องกับผู้เสนอราคา" : "ข้าพเจ้ามีความเกี่ยวข้องกับผู้เสนอราคา ดังนี้ " + d.relation()))));
        }
        sections.add(new Section("คำรับรอง", List.of(Block.paragraph(
                "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ หากมีการเปลี่ยนแปลงจะแจ้งเปิดเผยใหม่โดยเร็ว"))));
        String title = d.yearly() ? "แบบแสดงการเปิดเผยผลประโยชน์ทับซ้อน ประจำปีงบประมาณ พ.ศ. " + d.fiscalYear()
                : "แบบแสดงการเปิดเผยผลประโยชน์ทับซ้อนของกรรมการจัดซื้อจัดจ้าง";
        return new Form(title, organisation, sections, d.signedByName(), signedAt(d));
    }

    /** The year's register: each active account, whether and when they declared, and what. */
    public static byte[] register(List<InterestDeclarations.RegisterLine> lines, int fiscalYear, String organisation,
                                  NumeralStyle numerals) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (InterestDeclarations.RegisterLine line : lines) {
            InterestDeclaration d = line.declaration();
            String what = d == null ? "" : d.noneDeclared() ? "ไม่มีผลประโยชน์ที่ต้องเปิดเผย"
                    : String.join("\n", d.entries().stream().map(DeclarationPrint::line).toList());
            rows.add(Row.of(Cell.number(++n, String.valueOf(n), "0"), Cell.text(line.name()),
                    Cell.text(d == null ? "ยังไม่ยื่น" : "ยื่นแล้ว (ฉบับที่ " + d.version() + ")"),
                    Cell.text(d == null ? "" : signedAt(d)), Cell.text(what)));
        }
        Table table = new Table(null, Table.widths(6, 24, 16, 18, 36),
                Table.heads("ลำดับ", "ชื่อ", "สถานะ", "ลงนามเมื่อ", "ผลประโยชน์ที่เปิดเผย"), rows);
        return XlsxFile.of(numerals, workbook -> new SheetWriter(workbook).write("ผลประโยชน์ " + fiscalYear,
                List.of("ทะเบียนการเปิดเผยผลประโยชน์ทับซ้อน ปีงบประมาณ พ.ศ. " + fiscalYear + " " + organisation),
                table, new int[] {8, 30, 20, 24, 60}, true));
    }

    private static Table entries(List<InterestEntry> entries) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (InterestEntry e : entries) {
            rows.add(Row.of(Cell.centred(String.valueOf(++n)), Cell.text(e.kind().thai()),
                    Cell.text(e.holder().thai() + (e.relativeName() == null ? "" : " (" + e.relativeName() + ")")),
                    Cell.text(e.organisation() + (e.taxId() == null ? "" : " เลขประจำตัวผู้เสียภาษี " + e.taxId().formatted())),
                    Cell.text((e.involvement() == null ? "" : e.involvement().thai() + " ")
                            + (e.detail() == null ? "" : e.detail()))));
        }
        return new Table(null, Table.widths(7, 17, 20, 32, 24),
                Table.heads("ที่", "ประเภท", "ของผู้ใด", "กิจการหรือหน่วยงาน", "ความเกี่ยวข้อง"), rows);
    }

    private static String line(InterestEntry e) {
        return e.kind().thai() + " — " + e.holder().thai() + " — " + e.organisation()
                + (e.taxId() == null ? "" : " (" + e.taxId().formatted() + ")")
                + (e.involvement() == null ? "" : " — " + e.involvement().thai());
    }

    private static String signedAt(InterestDeclaration d) {
        return ThaiDates.dateTime(LocalDateTime.ofInstant(d.signedAt(), BANGKOK), THAI);
    }
}
