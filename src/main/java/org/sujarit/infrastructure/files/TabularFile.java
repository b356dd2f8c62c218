package org.sujarit.infrastructure.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An imported table (purchases, the staff list) as lines of cells, recognised by its content: an
 * XLSX (a zip archive) by its first sheet, anything else as CSV text — UTF-8 (a byte-order mark
 * skipped) or, when it is not UTF-8, the Thai code page TIS-620 / windows-874 that older Thai
 * Excel saves as CSV; quoted cells may hold commas, quotes and line breaks. What cannot be read
 * throws {@link Unreadable}.
 */
public final class TabularFile {

    private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private TabularFile() {
    }

    /** Why a file cannot be read, and on which line (0: the file as a whole). */
    public static final class Unreadable extends RuntimeException {

        /** What went wrong. */
        public enum Reason { NOT_TEXT, UNCLOSED_QUOTE, NOT_A_WORKBOOK }

        private final Reason reason;
        private final int line;

        Unreadable(Reason reason, int line) {
            super(reason + " at line " + line);
            this.reason = reason;
            this.line = line;
        }

        public Reason reason() {
            return reason;
        }

        public int line() {
            return line;
        }
    }

    /**
     * The file's lines of cells.
     *
     * @param thaiCodePage whether a CSV that is not UTF-8 may be TIS-620 / windows-874 (any byte
     *                     sequence with Thai letters in it decodes so: an import that promised its
     *                     users UTF-8 only says "not UTF-8" instead)
     */
    public static List<List<String>> lines(byte[] content, boolean thaiCodePage) {
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return zip ? xlsxLines(content) : csvLines(text(content, thaiCodePage));
    }

    /** A heading as people type it: without surrounding or doubled spaces, lower case, no BOM. */
    public static String heading(String text) {
        return text == null ? "" : text.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A cell's text, stripped, or {@code null} when the line has no such cell or it is blank. */
    public static String cell(List<String> cells, Integer index) {
        String value = index == null || index >= cells.size() ? null : cells.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String text(byte[] content, boolean thaiCodePage) {
        Optional<String> text = decode(content, StandardCharsets.UTF_8)
                .or(() -> thaiCodePage ? decode(content, WINDOWS_874).filter(TabularFile::hasThai) : Optional.empty());
        String plain = text.orElseThrow(() -> new Unreadable(Unreadable.Reason.NOT_TEXT, 0));
        return plain.startsWith("\uFEFF") ? plain.substring(1) : plain;
    }

    private static Optional<String> decode(byte[] content, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean hasThai(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x0E01 && c <= 0x0E5B);
    }

    private static List<List<String>> csvLines(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new Unreadable(Unreadable.Reason.UNCLOSED_QUOTE, lines.size() + 1);
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(cells);
        }
        return lines;
    }

    private static List<List<String>> xlsxLines(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                lines.add(cells);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(Unreadable.Reason.NOT_A_WORKBOOK, 0);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }
}
