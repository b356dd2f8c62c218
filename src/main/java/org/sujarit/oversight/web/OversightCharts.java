package org.sujarit.oversight.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.sujarit.oversight.Cell;
import org.sujarit.oversight.OversightFigures;
import org.sujarit.oversight.OversightFigures.Point;
import org.sujarit.shared.IndicatorSource.Indicator;
import org.sujarit.staff.OversightScope;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Province;

/** The pictures of the oversight pages, from the same cells as their tables. */
@Component
class OversightCharts {

    private final OversightFigures figures;
    private final Organisations organisations;
    private final CellText text;

    OversightCharts(OversightFigures figures, Organisations organisations, CellText text) {
        this.figures = figures;
        this.organisations = organisations;
        this.text = text;
    }

    /**
     * The provinces of a nation or region coloured by one indicator; provinces outside the place are
     * drawn without data (the country keeps its shape) and without links.
     */
    /** The overviews the tiles of a nation or region are drawn from (a new one when its figures change). */
    List<OversightFigures.Overview> tileSources(OversightScope place, int year) {
        return regionsOf(place).stream().map(region -> figures.overview(region, year)).toList();
    }

    private static List<OversightScope> regionsOf(OversightScope place) {
        return place.level() == OversightScope.Level.NATION
                ? java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(OversightScope::region).toList() : List.of(place);
    }

    ProvinceTiles.Model tiles(OversightScope place, Indicator indicator, int year) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, String> names = new LinkedHashMap<>();
        for (Province p : organisations.provinces()) {
            names.put(p.code(), english ? p.nameEn() : p.nameTh());
        }
        Map<String, BigDecimal> values = new HashMap<>();
        Set<String> suppressed = new HashSet<>();
        Set<String> inside = new HashSet<>();
        for (OversightFigures.Overview region : tileSources(place, year)) {
            for (OversightFigures.Row row : region.rows()) {
                inside.add(row.id());
                Cell cell = row.cell(indicator.key());
                if (cell.shown()) {
                    values.put(row.id(), cell.value());
                } else if (cell.suppressed()) {
                    suppressed.add(row.id());
                }
            }
        }
        return ProvinceTiles.chart("provinces").names(names).values(values).suppressed(suppressed)
                .higherIsBetter(indicator.higherIsBetter()).english(english)
                .format(v -> text.number(indicator, v))
                .links(code -> inside.contains(code) ? "/oversight/provinces/" + code + "?year=" + year
                        + "&source=" + indicator.source() + "&indicator=" + indicator.key() : null)
                .build();
    }

    /** One indicator over the fiscal years: the place, and the nation beside it when the place is not the nation. */
    TrendChart.Model trend(String placeName, List<Point> place, List<Point> nation, Indicator indicator) {
        List<Integer> years = new ArrayList<>(place.stream().map(Point::year).toList());
        TrendChart.Builder chart = TrendChart.chart("trend", years.get(0), years.get(years.size() - 1))
                .format(v -> text.number(indicator, v));
        series(chart, placeName, place);
        if (nation != null) {
            series(chart, text.nationName(), nation);
        }
        return chart.build();
    }

    private static void series(TrendChart.Builder chart, String label, List<Point> points) {
        Map<Integer, BigDecimal> values = new HashMap<>();
        Set<Integer> suppressed = new HashSet<>();
        for (Point p : points) {
            if (p.cell().shown()) {
                values.put(p.year(), p.cell().value());
            } else if (p.cell().suppressed()) {
                suppressed.add(p.year());
            }
        }
        chart.series(label, values, suppressed);
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
