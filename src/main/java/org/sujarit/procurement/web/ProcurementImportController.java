package org.sujarit.procurement.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.document.CsvFile;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.procurement.FiscalMonth;
import org.sujarit.procurement.ProcurementMethod;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.procurement.PurchaseColumns;
import org.sujarit.procurement.PurchaseImport;
import org.sujarit.procurement.PurchaseImport.ImportRejected;
import org.sujarit.procurement.PurchaseStatus;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/**
 * Importing a month's purchases from CSV or XLSX — all lines or none, with a report of every
 * wrong line — and the empty files to fill in.
 */
@Controller
@RequestMapping("/console/procurement")
@PreAuthorize(ProcurementRoles.EDITORS)
class ProcurementImportController {

    private final ProcurementSummaries summaries;
    private final Clock clock;

    ProcurementImportController(ProcurementSummaries summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    @PostMapping("/{year}/{month}/import")
    String importFile(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
                      @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        FiscalMonth.of(year, month);
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            summaries.importPurchases(me.tenant(), year, month, PurchaseImport.read(content), me.userId());
            redirect.addFlashAttribute("notice", "procurement.imported");
        } catch (ImportRejected rejected) {
            FormErrors.unprocessable(response);
            model.addAttribute("importProblems", rejected.problems());
            return MonthPage.show(summaries.month(me.tenant(), year, month), LocalDate.now(clock), model);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/console/procurement/" + year + "/" + month;
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> csvTemplate() {
        byte[] csv = CsvFile.of(List.of(Arrays.stream(PurchaseColumns.values()).map(PurchaseColumns::header).toList()));
        return DocumentFiles.file(csv, CsvFile.MEDIA_TYPE, "สขร1-แบบฟอร์มนำเข้า.csv");
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("สขร.๑");
            Row header = sheet.createRow(0);
            PurchaseColumns[] columns = PurchaseColumns.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
                sheet.setColumnWidth(i, 24 * 256);
            }
            Sheet notes = workbook.createSheet("คำอธิบาย");
            List<String> lines = List.of("วิธีซื้อหรือจ้าง: " + String.join(" / ", Arrays.stream(
                            ProcurementMethod.values()).map(ProcurementMethod::labelTh).toList()),
                    "รายชื่อผู้เสนอราคาและราคาที่เสนอ: ร้าน ก = 10000.00; ร้าน ข = 12500.00",
                    "วันที่สัญญา: 2569-10-05 หรือ 5/10/2569",
                    "สถานะการจัดซื้อจัดจ้าง: " + String.join(" / ", Arrays.stream(
                            PurchaseStatus.values()).map(PurchaseStatus::labelTh).toList()));
            for (int i = 0; i < lines.size(); i++) {
                notes.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            workbook.write(out);
            return DocumentFiles.file(out.toByteArray(), DocumentFiles.XLSX, "สขร1-แบบฟอร์มนำเข้า.xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
