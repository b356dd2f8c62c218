package org.sujarit.complaint.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.statistics.YearStatistics;
import org.sujarit.infrastructure.document.SheetNumerals;
import org.sujarit.shared.NumeralStyle;

/**
 * A year's complaint statistics as a workbook to work with, in full (staff only), its text in the
 * tenant's numeral style and its figures as numbers: half-years by channel, months, categories,
 * satisfaction and causes, one sheet each.
 */
@Component
public class StatisticsXlsx {

    public byte[] workbook(YearStatistics statistics, String organisation, NumeralStyle w) {
        List<String> titles = List.of("สถิติเรื่องร้องเรียน ปีงบประมาณ พ.ศ. " + statistics.fiscalYear().buddhistYear() + " "
                + organisation);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetWriter sheets = new SheetWriter(workbook);
            sheets.write("รายครึ่งปี", titles, AnnualReport.periods(statistics, w, null),
                    new int[] {44, 12, 12, 14, 16, 18, 12, 12, 16});
            sheets.write("รายเดือน", titles, AnnualReport.months(statistics, w, null),
                    new int[] {20, 18, 18, 10, 12, 14, 12, 12});
            sheets.write("ตามประเภท", titles, AnnualReport.categories(statistics, w, null),
                    new int[] {44, 12, 12, 10, 12, 14, 16});
            sheets.write("ความพึงพอใจ", titles, AnnualReport.satisfactionTable(statistics, w, null),
                    new int[] {44, 14, 16, 18, 20});
            sheets.write("สาเหตุ", titles, AnnualReport.causeTable(statistics, w, null), new int[] {44, 14, 10});
            SheetNumerals.apply(workbook, w);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the complaint statistics workbook", e);
        }
    }
}
