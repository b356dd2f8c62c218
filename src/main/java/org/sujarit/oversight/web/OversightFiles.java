package org.sujarit.oversight.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.sujarit.infrastructure.document.CsvFile;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.SheetWriter;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.XlsxFile;
import org.sujarit.oversight.Cell;
import org.sujarit.oversight.OversightFigures;
import org.sujarit.oversight.OversightFigures.Overview;
import org.sujarit.oversight.OversightFigures.Row;
import org.sujarit.shared.IndicatorSource.Indicator;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.staff.OversightScope;

/**
 * The oversight tables as files: a place's table (the places beneath it and the place's own row)
 * for one source's indicators, and a league table — CSV (UTF-8 with a byte-order mark) and XLSX,
 * with the same cells withheld as on the page. A withheld cell is written as its words ("fewer than
 * 5", "withheld"), never as an empty cell that a reader could take for zero.
 */
@Component
class OversightFiles {

    private final OversightFigures figures;
    private final OversightPlaces places;
    private final CellText text;
    private final MessageSource messages;

    OversightFiles(OversightFigures figures, OversightPlaces places, CellText text, MessageSource messages) {
        this.figures = figures;
        this.places = places;
        this.text = text;
        this.messages = messages;
    }

    /** The grid of a place: a heading row, a row per place beneath it, the place's own row last. */
    List<List<String>> grid(OversightScope place, int year, String source, Locale locale) {
        Overview overview = figures.overview(place, year);
        List<Indicator> indicators = figures.catalogue().of(source);
        List<List<String>> grid = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(msg("oversight.table.place", locale), msg("oversight.table.laos", locale)));
        indicators.forEach(i -> head.add(msg(i.messageKey(), locale)));
        grid.add(head);
        boolean laos = place.level() == OversightScope.Level.PROVINCE;
        for (Row row : overview.rows()) {
            List<String> line = new ArrayList<>(List.of(rowName(place, row, locale), Integer.toString(row.laos())));
            indicators.forEach(i -> line.add(plain(i, row.cell(i.key()), laos, locale)));
            grid.add(line);
        }
        List<String> total = new ArrayList<>(List.of(places.name(place), Integer.toString(overview.laos())));
        indicators.forEach(i -> total.add(plain(i, overview.figure(i.key()).cell(), false, locale)));
        grid.add(total);
        return grid;
    }

    ResponseEntity<byte[]> place(OversightScope place, int year, String source, String format, Locale locale) {
        String name = "oversight-" + switch (place.level()) {
            case NATION -> "nation";
            case REGION -> "region-" + place.region();
            case PROVINCE -> "province-" + place.provinceCode();
        } + "-" + source + "-" + year;
        String title = places.name(place) + " · " + msg("indicator.source." + source, locale) + " · "
                + msg("oversight.fiscalYear", locale) + " " + year;
        return file(grid(place, year, source, locale), title, name, format, locale);
    }

    ResponseEntity<byte[]> league(OversightFigures.League league, String format, Locale locale) {
        List<List<String>> grid = new ArrayList<>();
        grid.add(List.of(msg("oversight.league.rank", locale), msg("oversight.table.place", locale),
                msg("oversight.table.peer", locale), msg(league.indicator().messageKey(), locale)));
        for (OversightFigures.LeagueRow row : league.rows()) {
            grid.add(List.of(row.rank() == 0 ? "" : Integer.toString(row.rank()), name(row.row(), locale),
                    msg(row.row().peer().messageKey(), locale), plain(league.indicator(), row.cell(), true, locale)));
        }
        String title = msg("oversight.league.title", locale) + " · " + msg(league.peer().messageKey(), locale) + " · "
                + msg(league.indicator().messageKey(), locale) + " · " + msg("oversight.fiscalYear", locale) + " "
                + league.year();
        return file(grid, title, "oversight-league-" + league.peer().name().toLowerCase(Locale.ROOT) + "-"
                + league.indicator().key() + "-" + league.year(), format, locale);
    }

    private ResponseEntity<byte[]> file(List<List<String>> grid, String title, String name, String format, Locale locale) {
        return switch (format) {
            case "csv" -> DocumentFiles.file(CsvFile.of(grid), CsvFile.MEDIA_TYPE, name + ".csv");
            case "xlsx" -> DocumentFiles.file(xlsx(grid, title, locale), DocumentFiles.XLSX, name + ".xlsx");
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    private byte[] xlsx(List<List<String>> grid, String title, Locale locale) {
        int columns = grid.get(0).size();
        List<Table.Row> rows = new ArrayList<>();
        for (List<String> line : grid.subList(1, grid.size())) {
            List<Table.Cell> cells = new ArrayList<>();
            for (int c = 0; c < line.size(); c++) {
                String value = line.get(c);
                cells.add(c == 0 ? Table.Cell.text(value) : numberOrText(value));
            }
            rows.add(Table.Row.of(cells));
        }
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            widths.add(c == 0 ? 30 : 70 / Math.max(1, columns - 1));
        }
        Table table = new Table(null, widths, Table.heads(grid.get(0)), rows);
        return XlsxFile.of(NumeralStyle.ARABIC, workbook -> new SheetWriter(workbook).write(
                msg("oversight.sheet", locale), List.of(title, msg("oversight.smallCells.note", locale)), table,
                SheetWriter.widths(table, 120), true));
    }

    private static Table.Cell numberOrText(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            return Table.Cell.number(number, value, number.scale() > 0 ? "0.00" : "0");
        } catch (NumberFormatException notNumber) {
            return Table.Cell.centred(value);
        }
    }

    /** A cell as a file holds it: a plain number (no separators, no unit), or the words for why not. */
    String plain(Indicator indicator, Cell cell, boolean one, Locale locale) {
        if (cell.shown() && !(one && indicator.kind() == org.sujarit.shared.IndicatorSource.Kind.YES_NO)) {
            return cell.value().stripTrailingZeros().toPlainString();
        }
        return text.of(indicator, cell, one, locale);
    }

    private String rowName(OversightScope place, Row row, Locale locale) {
        return place.level() == OversightScope.Level.NATION
                ? ("0".equals(row.id()) ? msg("oversight.region.none", locale)
                : messages.getMessage("oversight.region", new Object[] {row.id()}, locale))
                : name(row, locale);
    }

    private static String name(Row row, Locale locale) {
        return "en".equals(locale.getLanguage()) && row.nameEn() != null ? row.nameEn() : row.nameTh();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
