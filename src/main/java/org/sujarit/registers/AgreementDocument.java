package org.sujarit.registers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sujarit.infrastructure.document.Block;
import org.sujarit.infrastructure.document.Section;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Row;
import org.sujarit.registers.Agreement.Side;
import org.sujarit.registers.Agreement.Stage;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.ThaiDates;

/**
 * The signed agreement as printed: title, the parties, the goals and indicators, the assessment
 * when there is one, and each side's signature on the current version — name, position, date in
 * the Buddhist Era and the version's hash — or a line to sign where it is still missing. Every text
 * final in the tenant's numeral style.
 */
record AgreementDocument(NumeralStyle numerals, List<String> title, List<Section> sections, List<SignatureBlock> signatures,
                         String versionLine) {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final Locale THAI = Locale.forLanguageTag("th");

    /** One side's signature: who signs, and when and on what, or blank when not signed yet. */
    record SignatureBlock(String role, String name, String position, String signedOn, String hash) {
    }

    static AgreementDocument of(Agreement a, String organisation, NumeralStyle w) {
        List<String> title = List.of("ข้อตกลงการปฏิบัติราชการ", w.apply("ประจำปีงบประมาณ พ.ศ. " + a.fiscalYear()),
                w.apply(organisation));
        List<Section> sections = new ArrayList<>();
        String between = a.unitId() == null ? a.person().name() + position(a.person())
                : a.person().name() + position(a.person()) + " ในนามของ" + a.unitName();
        sections.add(new Section(w.apply("1. คู่ข้อตกลง"), List.of(
                Block.paragraph(w.apply("ข้อตกลงนี้ทำขึ้นระหว่าง " + between + " (ผู้รับข้อตกลง) กับ " + a.supervisor().name()
                        + position(a.supervisor()) + " (ผู้บังคับบัญชา) เพื่อใช้เป็นกรอบการปฏิบัติราชการตามหลักธรรมาภิบาล"
                        + " ในปีงบประมาณ พ.ศ. " + a.fiscalYear())))));
        sections.add(new Section(w.apply("2. เป้าหมายและตัวชี้วัด"), List.of(Block.table(goals(a, w)))));
        if (a.assessment() != null) {
            sections.add(new Section(w.apply("3. ผลการปฏิบัติราชการและการประเมินของผู้บังคับบัญชา"), assessment(a, w)));
        }
        List<SignatureBlock> signatures = new ArrayList<>();
        signatures.add(block(a, Stage.AGREEMENT, Side.PERSON, "ผู้รับข้อตกลง", w));
        signatures.add(block(a, Stage.AGREEMENT, Side.SUPERVISOR, "ผู้บังคับบัญชา", w));
        if (a.assessment() != null) {
            signatures.add(block(a, Stage.ASSESSMENT, Side.SUPERVISOR, "ผู้ประเมิน", w));
        }
        String versionLine = w.apply("ฉบับที่ " + a.version() + " รหัสตรวจสอบ (SHA-256) " + a.contentHash());
        return new AgreementDocument(w, title, sections, signatures, versionLine);
    }

    private static Table goals(Agreement a, NumeralStyle w) {
        List<Row> rows = new ArrayList<>();
        int i = 1;
        for (AgreementGoal g : a.goals()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.centred(w.apply(i)), Cell.text(g.goal()), Cell.text(g.indicator()),
                    Cell.text(g.target()), Cell.number(g.weight(), w.apply(g.weight()), "0")));
            if (a.assessment() != null) {
                cells.add(Cell.text(a.assessment().results().get(i - 1)));
            }
            rows.add(Row.of(cells));
            i++;
        }
        List<String> heads = new ArrayList<>(List.of("ที่", "เป้าหมาย", "ตัวชี้วัด", "ค่าเป้าหมาย", "น้ำหนัก (ร้อยละ)"));
        if (a.assessment() != null) {
            heads.add("ผลการดำเนินงาน");
            return new Table(null, Table.widths(6, 24, 22, 16, 10, 22), Table.heads(heads), rows);
        }
        return new Table(null, Table.widths(6, 32, 28, 20, 14), Table.heads(heads), rows);
    }

    private static List<Block> assessment(Agreement a, NumeralStyle w) {
        AgreementAssessment s = a.assessment();
        List<Block> blocks = new ArrayList<>();
        if (s.score() != null) {
            blocks.add(Block.paragraph(w.apply("คะแนนการประเมิน " + s.score().stripTrailingZeros().toPlainString() + " จาก 100 คะแนน")));
        }
        if (s.level() != null) {
            blocks.add(Block.paragraph("ระดับผลการประเมิน " + s.level().thai()));
        }
        if (!s.comment().isBlank()) {
            blocks.add(Block.subheading("ความเห็นของผู้บังคับบัญชา"));
            Block.paragraphs(w.apply(s.comment())).forEach(blocks::add);
        }
        return blocks;
    }

    private static SignatureBlock block(Agreement a, Stage stage, Side side, String role, NumeralStyle w) {
        var party = side == Side.PERSON ? a.person() : a.supervisor();
        return a.current(stage, side).map(s -> new SignatureBlock(role, s.signer().name(), s.signer().position(),
                        w.apply("ลงนามเมื่อ " + ThaiDates.longDate(LocalDate.ofInstant(s.signedAt(), BANGKOK), THAI)),
                        w.apply("ฉบับที่ " + s.version() + " " + s.contentHash().substring(0, 16))))
                .orElse(new SignatureBlock(role, party.name(), party.position(), null, null));
    }

    private static String position(Agreement.Party party) {
        return party.position() == null || party.position().isBlank() ? "" : " ตำแหน่ง" + party.position();
    }
}
