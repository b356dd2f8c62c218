package org.sujarit.oversight.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.oversight.Cell;
import org.sujarit.oversight.OversightFigures;
import org.sujarit.oversight.OversightFigures.Overview;
import org.sujarit.shared.IndicatorSource.Indicator;
import org.sujarit.staff.OversightScope;
import org.sujarit.staff.StaffPrincipal;

/**
 * The oversight figures as JSON, for the same places and with the same cells withheld as the pages:
 * a withheld cell has no {@code value}, only its {@code status} and {@code text}.
 */
@RestController
@RequestMapping(value = "/api/v1/oversight", produces = "application/json")
@Tag(name = "Oversight", description = "Indicators of local governments for a province, a NACC region or the nation")
class OversightApi {

    @Schema(description = "A figure: value is absent when status is not SHOWN (NONE: no data; FEWER_THAN_FIVE: a count of 1–4; "
            + "COMPLEMENT: withheld so that no sum reveals such a count; WITHHELD: computed over a withheld count)")
    record Figure(String indicator, String kind, BigDecimal value, String status, String text) {
    }

    record Place(String id, String name, int laos, List<Figure> figures) {
    }

    record PlaceFigures(String level, String id, String name, int fiscalYear, int laos, List<Figure> figures,
                        List<Place> places) {
    }

    record IndicatorInfo(String key, String kind, Boolean higherIsBetter, boolean smallCount, String name, String how) {
    }

    private final OversightFigures figures;
    private final OversightPlaces places;
    private final CellText text;
    private final MessageSource messages;

    OversightApi(OversightFigures figures, OversightPlaces places, CellText text, MessageSource messages) {
        this.figures = figures;
        this.places = places;
        this.text = text;
        this.messages = messages;
    }

    @Operation(summary = "The indicators: key, how they combine, and how each is computed")
    @GetMapping("/indicators")
    List<IndicatorInfo> indicators(Locale locale) {
        return figures.catalogue().indicators().stream().map(i -> new IndicatorInfo(i.key(), i.kind().name(),
                i.higherIsBetter(), i.smallCount(), messages.getMessage(i.messageKey(), null, i.key(), locale),
                messages.getMessage(i.howMessageKey(), null, "", locale))).toList();
    }

    @Operation(summary = "The nation's figures and its NACC regions' (nation scope only)")
    @GetMapping("/nation")
    PlaceFigures nation(@AuthenticationPrincipal StaffPrincipal me, @RequestParam Optional<Integer> year, Locale locale) {
        if (me.oversight().level() != OversightScope.Level.NATION) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return place(OversightScope.nation(), year, locale);
    }

    @Operation(summary = "A NACC region's figures and its provinces'")
    @GetMapping("/regions/{region}")
    PlaceFigures region(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String region,
                        @RequestParam Optional<Integer> year, Locale locale) {
        return place(places.region(me, region), year, locale);
    }

    @Operation(summary = "A province's figures and its local governments'")
    @GetMapping("/provinces/{code}")
    PlaceFigures province(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
                          @RequestParam Optional<Integer> year, Locale locale) {
        return place(places.province(me, code), year, locale);
    }

    @Operation(summary = "One local government's figures")
    @GetMapping("/laos/{slug}")
    Place lao(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String slug, @RequestParam Optional<Integer> year,
              Locale locale) {
        OversightFigures.LaoRef ref = places.lao(me, slug);
        OversightFigures.Lao lao = figures.lao(ref, figures.yearOrCurrent(year));
        List<Figure> list = figures.catalogue().indicators().stream()
                .map(i -> figure(i, lao.cell(i.key()), true, locale)).toList();
        return new Place(ref.slug(), "en".equals(locale.getLanguage()) ? ref.nameEn() : ref.nameTh(), 1, list);
    }

    private PlaceFigures place(OversightScope place, Optional<Integer> year, Locale locale) {
        int fiscalYear = figures.yearOrCurrent(year);
        Overview overview = figures.overview(place, fiscalYear);
        boolean laos = place.level() == OversightScope.Level.PROVINCE;
        List<Place> rows = new ArrayList<>();
        for (OversightFigures.Row row : overview.rows()) {
            rows.add(new Place(row.id(), row.nameTh() == null ? null : ("en".equals(locale.getLanguage()) ? row.nameEn() : row.nameTh()),
                    row.laos(), figures.catalogue().indicators().stream()
                    .map(i -> figure(i, row.cell(i.key()), laos, locale)).toList()));
        }
        List<Figure> own = figures.catalogue().indicators().stream()
                .map(i -> figure(i, overview.figure(i.key()).cell(), false, locale)).toList();
        String id = switch (place.level()) {
            case NATION -> "TH";
            case REGION -> place.region().toString();
            case PROVINCE -> place.provinceCode();
        };
        return new PlaceFigures(place.level().name(), id, places.name(place), fiscalYear, overview.laos(), own, rows);
    }

    private Figure figure(Indicator indicator, Cell cell, boolean one, Locale locale) {
        return new Figure(indicator.key(), indicator.kind().name(), cell.shown() ? cell.value() : null,
                cell.status().name(), text.of(indicator, cell, one, locale));
    }

}
