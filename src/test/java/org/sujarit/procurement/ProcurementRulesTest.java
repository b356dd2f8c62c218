package org.sujarit.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sujarit.procurement.PurchaseImport.ImportRejected;
import org.sujarit.procurement.PurchaseImport.LineProblem;
import org.sujarit.shared.FiscalYear;

/** The rules of the summary that need no database: months and their due dates, amounts, a purchase, a CSV file. */
class ProcurementRulesTest {

    static PurchaseDetails roadRepair(String marker) {
        return new PurchaseDetails("ซ่อมถนน " + marker, new BigDecimal("480000.00"), new BigDecimal("472500.00"),
                ProcurementMethod.SPECIFIC, List.of(new Bidder("หจก.ตัวอย่าง " + marker, new BigDecimal("468000.00"))),
                "หจก.ตัวอย่าง " + marker, new BigDecimal("468000.00"), "เสนอราคาต่ำสุด", "12/2568", LocalDate.of(2024, 10, 20),
                null, "งบประมาณรายจ่ายประจำปี", PurchaseStatus.CONTRACT_SIGNED);
    }

    @Test
    void monthOneIsOctoberAndEachMonthIsDueOnTheFifteenthOfTheNext() {
        FiscalMonth october = FiscalMonth.containing(LocalDate.of(2025, 10, 5));
        assertThat(october).isEqualTo(new FiscalMonth(new FiscalYear(2569), 1));
        assertThat(october.dueDate()).isEqualTo(LocalDate.of(2025, 11, 15));
        assertThat(october.name(Locale.forLanguageTag("th"))).isEqualTo("ตุลาคม 2568");
        assertThat(october.name(Locale.ENGLISH)).isEqualTo("October 2568 BE");
        assertThat(october.period()).isEqualTo("M01");
        FiscalMonth september = FiscalMonth.containing(LocalDate.of(2026, 9, 30));
        assertThat(september).isEqualTo(FiscalMonth.of(2569, 12));
        assertThat(september.dueDate()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(FiscalMonth.of(2569, 4).firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(october.overdueOn(LocalDate.of(2025, 11, 15))).isFalse();
        assertThat(october.overdueOn(LocalDate.of(2025, 11, 16))).isTrue();
        assertThatThrownBy(() -> FiscalMonth.of(2569, 13)).isInstanceOf(ProcurementNotFound.class);
        assertThatThrownBy(() -> FiscalMonth.of(1999, 1)).isInstanceOf(ProcurementNotFound.class);
    }

    @Test
    void amountsAreReadAsTypedAndWrittenWithTwoDecimals() {
        assertThat(Amounts.parse("12,500")).isEqualTo(new BigDecimal("12500.00"));
        assertThat(Amounts.parse(" ๑๒๕๐๐.๕ บาท")).isEqualTo(new BigDecimal("12500.50"));
        assertThat(Amounts.parse("  ")).isNull();
        for (String wrong : List.of("-5", "1.234", "สิบบาท", "1e5")) {
            assertThatThrownBy(() -> Amounts.parse(wrong)).as(wrong).isInstanceOf(NumberFormatException.class);
        }
        assertThat(Amounts.format(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
    }

    @Test
    void aPurchaseNeedsTheFormsRequiredFieldsAndAPriceWithinTheBudget() {
        assertThat(roadRepair("x").problems()).isEmpty();
        PurchaseDetails empty = new PurchaseDetails(" ", null, null, null, List.of(new Bidder("ร้าน", null)), null, null,
                null, null, null, null, null, null);
        assertThat(empty.problems()).extracting(PurchaseDetails.Problem::messageKey).containsExactly(
                "procurement.work.required", "procurement.budget.required", "procurement.method.required",
                "procurement.bidders.incomplete", "procurement.winner.required", "procurement.agreedPrice.required",
                "procurement.reason.required");
        PurchaseDetails over = new PurchaseDetails("งาน", BigDecimal.TEN, null, ProcurementMethod.E_MARKET, List.of(), "ร้าน",
                new BigDecimal("10.01"), "เหตุผล", null, null, null, null, null);
        assertThat(over.problems()).singleElement().isEqualTo(new PurchaseDetails.Problem("agreedPrice",
                "procurement.agreedPrice.overBudget"));
    }

    @Test
    void methodsAreRecognisedByTheNamesPeopleWrite() {
        assertThat(ProcurementMethod.parse("เฉพาะเจาะจง")).contains(ProcurementMethod.SPECIFIC);
        assertThat(ProcurementMethod.parse("e-bidding")).contains(ProcurementMethod.E_BIDDING);
        assertThat(ProcurementMethod.parse("E-Market")).contains(ProcurementMethod.E_MARKET);
        assertThat(ProcurementMethod.parse("ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)")).contains(ProcurementMethod.E_BIDDING);
        assertThat(ProcurementMethod.parse("คัดเลือก")).contains(ProcurementMethod.SELECTION);
        assertThat(ProcurementMethod.parse("สอบราคา")).isEmpty();
    }

    @Test
    void aCsvFileWithQuotesBiddersAndBuddhistDatesIsRead() {
        String csv = "\uFEFFงานที่จัดซื้อหรือจัดจ้าง,วงเงินงบประมาณ,ราคากลาง,วิธีซื้อหรือจ้าง,รายชื่อผู้เสนอราคาและราคาที่เสนอ,"
                + "ผู้ได้รับการคัดเลือก,ราคาที่ตกลง,เหตุผลที่คัดเลือก,วันที่สัญญา,สถานะการจัดซื้อจัดจ้าง\r\n"
                + "\"ซื้อกระดาษ, หมึก\",\"5,000\",,เฉพาะเจาะจง,\"ร้าน ก = 4900; \"\"ร้าน ข\"\" = 4950.50\",ร้าน ก,4900,ราคาต่ำสุด,5/10/2568,ยกเลิก\r\n"
                + ",,,,,,,,,\r\n"
                + "จ้างซ่อมไฟ,20000,19500,e-market,,ร้าน ค,19000,\"บรรทัดแรก\nบรรทัดสอง\",2024-11-01,\n";
        List<PurchaseDetails> purchases = PurchaseImport.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(purchases).hasSize(2);
        PurchaseDetails paper = purchases.get(0);
        assertThat(paper.work()).isEqualTo("ซื้อกระดาษ, หมึก");
        assertThat(paper.budget()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(paper.referencePrice()).isNull();
        assertThat(paper.bidders()).containsExactly(new Bidder("ร้าน ก", new BigDecimal("4900.00")),
                new Bidder("\"ร้าน ข\"", new BigDecimal("4950.50")));
        assertThat(paper.contractDate()).isEqualTo(LocalDate.of(2025, 10, 5));
        assertThat(paper.status()).isEqualTo(PurchaseStatus.CANCELLED);
        assertThat(purchases.get(1).method()).isEqualTo(ProcurementMethod.E_MARKET);
        assertThat(purchases.get(1).reason()).isEqualTo("บรรทัดแรก\nบรรทัดสอง");
    }

    @Test
    void everyWrongLineIsReportedAndNothingIsReturned() {
        String csv = "งานที่จัดซื้อหรือจัดจ้าง,วงเงินงบประมาณ,วิธีซื้อหรือจ้าง,ผู้ได้รับการคัดเลือก,ราคาที่ตกลง,เหตุผลที่คัดเลือก,วันที่สัญญา\n"
                + "งานที่ถูกต้อง,100,เฉพาะเจาะจง,ร้าน,100,ราคาต่ำสุด,\n"
                + "งานผิด,หนึ่งร้อย,สอบราคา,ร้าน,100,ราคาต่ำสุด,31/02/2568\n"
                + ",100,คัดเลือก,ร้าน,200,ราคาต่ำสุด,\n";
        assertThatThrownBy(() -> PurchaseImport.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.problems()).containsExactly(
                        new LineProblem(3, "budget", "procurement.amount.invalid"),
                        new LineProblem(3, "method", "procurement.import.unknownMethod"),
                        new LineProblem(3, "contractDate", "procurement.date.invalid"),
                        new LineProblem(3, "budget", "procurement.budget.required"),
                        new LineProblem(3, "method", "procurement.method.required"),
                        new LineProblem(4, "work", "procurement.work.required"),
                        new LineProblem(4, "agreedPrice", "procurement.agreedPrice.overBudget")));
        assertThatThrownBy(() -> PurchaseImport.read("งาน,ราคา\nก,1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.problems())
                        .contains(new LineProblem(1, null, "procurement.import.unknownHeading"),
                                new LineProblem(1, "work", "procurement.import.missingHeading")));
        assertThatThrownBy(() -> PurchaseImport.read(new byte[] {(byte) 0xE0, 0x41, 0x0A}))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactly(new LineProblem(0, null, "procurement.import.notUtf8")));
    }
}
