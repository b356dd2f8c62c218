package org.sujarit.complaint.document;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.complaint.statistics.YearStatistics;
import org.sujarit.infrastructure.document.SheetWriter;
import org.sujarit.infrastructure.document.XlsxFile;
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
        return XlsxFile.of(w, workbook -> {
            SheetWriter sheets = new SheetWriter(workbook);
            sheets.write("รายครึ่งปี", titles, AnnualReport.periods(statistics, w, null),
                    new int[] {44, 12, 12, 14, 16, 18, 12, 12, 16}, false);
            sheets.write("รายเดือน", titles, AnnualReport.months(statistics, w, null),
                    new int[] {20, 18, 18, 10, 12, 14, 12, 12}, false);
            sheets.write("ตามประเภท", titles, AnnualReport.categories(statistics, w, null),
                    new int[] {44, 12, 12, 10, 12, 14, 16}, false);
            sheets.write("ความพึงพอใจ", titles, AnnualReport.satisfactionTable(statistics, w, null),
                    new int[] {44, 14, 16, 18, 20}, false);
            sheets.write("สาเหตุ", titles, AnnualReport.causeTable(statistics, w, null), new int[] {44, 14, 10}, false);
        });
    }
}
