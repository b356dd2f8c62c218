package org.sujarit.infrastructure.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;

/**
 * CSV as the open-data files and templates write it: UTF-8 with a byte-order mark so that Excel
 * reads Thai, lines ended by CRLF, a cell quoted only when it must be, and a cell that a spreadsheet
 * would run as a formula (a leading =, +, - or @ that is not a number) prefixed with an apostrophe.
 */
public final class CsvFile {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvFile() {
    }

    public static byte[] of(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            csv.append(row.stream().map(CsvFile::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String cell) {
        if (cell == null) {
            return "";
        }
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d[\\d.,]*") ? "'" + cell : cell;
        boolean quote = safe.indexOf('"') >= 0 || safe.indexOf(',') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0
                || !safe.equals(safe.strip());
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
