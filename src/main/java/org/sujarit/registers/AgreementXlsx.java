package org.sujarit.registers;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.SheetWriter;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Row;
import org.sujarit.infrastructure.document.XlsxFile;
import org.sujarit.shared.NumeralStyle;

/** A year's agreements as a workbook: every active account, its unit, supervisor and state. */
@Component
public class AgreementXlsx {

    public byte[] workbook(List<AgreementRow> rows, int year, String organisation, NumeralStyle w) {
        List<String> titles = List.of(w.apply("ข้อตกลงการปฏิบัติราชการ ปีงบประมาณ พ.ศ. " + year + " " + organisation));
        Table table = new Table(null, Table.widths(6, 24, 18, 18, 14, 20, 16),
                Table.heads("ที่", "ชื่อ", "ตำแหน่ง", "หน่วยงาน", "ในนามของหน่วยงาน", "ผู้บังคับบัญชา", "สถานะ"),
                IntStream.range(0, rows.size()).mapToObj(i -> {
                    AgreementRow r = rows.get(i);
                    return Row.of(Cell.number(i + 1, w.apply(i + 1), "0"), Cell.text(r.name()), Cell.text(r.position()),
                            Cell.text(r.unitName()), Cell.text(r.forUnit()), Cell.text(r.supervisorName()),
                            Cell.text(thai(r.state())));
                }).toList());
        return XlsxFile.of(w, workbook -> new SheetWriter(workbook).write("ข้อตกลง", titles, table,
                new int[] {6, 30, 24, 24, 20, 28, 20}, true));
    }

    static String thai(AgreementState state) {
        return switch (state) {
            case NOT_DRAFTED -> "ยังไม่จัดทำ";
            case AWAITING_PERSON -> "รอผู้รับข้อตกลงลงนาม";
            case AWAITING_SUPERVISOR -> "รอผู้บังคับบัญชาลงนาม";
            case SIGNED -> "ลงนามครบแล้ว";
            case ASSESSED -> "ประเมินผลแล้ว";
        };
    }
}
