package org.sujarit.oversight.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.sujarit.infrastructure.web.RenderedFragments;
import org.sujarit.oversight.OversightFigures;
import org.sujarit.oversight.OversightFigures.LaoRef;
import org.sujarit.oversight.Peer;
import org.sujarit.shared.IndicatorSource.Indicator;
import org.sujarit.staff.OversightScope;
import org.sujarit.staff.StaffPrincipal;

/**
 * The oversight pages: a place (the nation, a NACC region, a province) with its figures and the
 * places beneath it, one local government with the evidence behind each figure, and league tables
 * of peers. Each user sees their scope and what lies beneath it; any other place is not found —
 * the same answer as a place that does not exist. Tables come as XLSX and CSV ({@code ?format=}).
 */
@Controller
class OversightController {

    static final int LEAGUE_PAGE = 100;

    private final OversightFigures figures;
    private final OversightPlaces places;
    private final OversightFiles files;
    private final OversightCharts charts;
    private final org.sujarit.oversight.followup.OversightRequests requests;
    private final RenderedFragments fragments;

    OversightController(OversightFigures figures, OversightPlaces places, OversightFiles files, OversightCharts charts,
                        org.sujarit.oversight.followup.OversightRequests requests, RenderedFragments fragments) {
        this.requests = requests;
        this.fragments = fragments;
        this.figures = figures;
        this.places = places;
        this.files = files;
        this.charts = charts;
    }

    @GetMapping("/oversight")
    String home(@AuthenticationPrincipal StaffPrincipal me, @RequestParam Optional<Integer> year,
                @RequestParam Optional<String> source, @RequestParam Optional<String> indicator, Model model) {
        return place(me, me.oversight(), year, source, indicator, model);
    }

    @GetMapping("/oversight/regions/{region}")
    String region(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String region,
                  @RequestParam Optional<Integer> year, @RequestParam Optional<String> source,
                  @RequestParam Optional<String> indicator, Model model) {
        return place(me, places.region(me, region), year, source, indicator, model);
    }

    @GetMapping("/oversight/provinces/{code}")
    String province(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
                    @RequestParam Optional<Integer> year, @RequestParam Optional<String> source,
                    @RequestParam Optional<String> indicator, Model model) {
        return place(me, places.province(me, code), year, source, indicator, model);
    }

    @GetMapping(value = "/oversight", params = "format")
    ResponseEntity<byte[]> homeFile(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String format,
                                    @RequestParam Optional<Integer> year, @RequestParam Optional<String> source,
                                    Locale locale) {
        return files.place(me.oversight(), figures.yearOrCurrent(year), source(source), format, locale);
    }

    @GetMapping(value = "/oversight/regions/{region}", params = "format")
    ResponseEntity<byte[]> regionFile(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String region,
                                      @RequestParam String format, @RequestParam Optional<Integer> year,
                                      @RequestParam Optional<String> source, Locale locale) {
        return files.place(places.region(me, region), figures.yearOrCurrent(year), source(source), format, locale);
    }

    @GetMapping(value = "/oversight/provinces/{code}", params = "format")
    ResponseEntity<byte[]> provinceFile(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
                                        @RequestParam String format, @RequestParam Optional<Integer> year,
                                        @RequestParam Optional<String> source, Locale locale) {
        return files.place(places.province(me, code), figures.yearOrCurrent(year), source(source), format, locale);
    }

    @GetMapping("/oversight/laos/{slug}")
    String lao(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String slug,
               @RequestParam Optional<Integer> year, @RequestParam Optional<String> indicator, Model model) {
        LaoRef lao = places.lao(me, slug);
        int fiscalYear = figures.yearOrCurrent(year);
        Indicator selected = indicator.flatMap(figures.catalogue()::find).orElse(null);
        model.addAttribute("lao", figures.lao(lao, fiscalYear));
        model.addAttribute("ref", lao);
        model.addAttribute("requests", requests.ofLao(me.oversight(), slug));
        model.addAttribute("province", places.provinceOf(lao));
        model.addAttribute("trail", places.trail(me.oversight(), lao));
        model.addAttribute("sources", figures.catalogue().sources().stream().map(s -> s.name()).toList());
        model.addAttribute("catalogue", figures.catalogue());
        model.addAttribute("year", fiscalYear);
        model.addAttribute("years", figures.years());
        model.addAttribute("selected", selected);
        List<OversightFigures.Point> trend = selected == null ? List.of() : figures.trend(lao, selected);
        model.addAttribute("trend", trend);
        if (selected != null) {
            model.addAttribute("trendChart", charts.trend("en".equals(OversightCharts.locale().getLanguage())
                    ? lao.nameEn() : lao.nameTh(), trend, null, selected));
        }
        return "oversight/lao";
    }

    @GetMapping("/oversight/league")
    String league(@AuthenticationPrincipal StaffPrincipal me, @RequestParam Optional<String> peer,
                  @RequestParam Optional<String> indicator, @RequestParam Optional<Integer> year,
                  @RequestParam Optional<Integer> page, Model model) {
        Peer group = peer.flatMap(Peer::parse).orElse(Peer.SAO);
        Indicator selected = indicator.flatMap(figures.catalogue()::find)
                .orElseGet(() -> figures.catalogue().indicators().isEmpty() ? null : figures.catalogue().indicators().get(0));
        if (selected == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        int fiscalYear = figures.yearOrCurrent(year);
        OversightFigures.League league = figures.league(me.oversight(), group, selected, fiscalYear);
        int pages = Math.max(1, (league.rows().size() + LEAGUE_PAGE - 1) / LEAGUE_PAGE);
        int at = Math.min(Math.max(1, page.orElse(1)), pages);
        model.addAttribute("league", league);
        model.addAttribute("rows", league.rows().subList((at - 1) * LEAGUE_PAGE,
                Math.min(league.rows().size(), at * LEAGUE_PAGE)));
        model.addAttribute("page", at);
        model.addAttribute("pages", pages);
        model.addAttribute("peers", Peer.values());
        model.addAttribute("catalogue", figures.catalogue());
        model.addAttribute("year", fiscalYear);
        model.addAttribute("years", figures.years());
        model.addAttribute("scope", me.oversight());
        return "oversight/league";
    }

    @GetMapping(value = "/oversight/league", params = "format")
    ResponseEntity<byte[]> leagueFile(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String format,
                                      @RequestParam Optional<String> peer, @RequestParam Optional<String> indicator,
                                      @RequestParam Optional<Integer> year, Locale locale) {
        Peer group = peer.flatMap(Peer::parse).orElse(Peer.SAO);
        Indicator selected = indicator.flatMap(figures.catalogue()::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return files.league(figures.league(me.oversight(), group, selected, figures.yearOrCurrent(year)), format, locale);
    }

    private String place(StaffPrincipal me, OversightScope place, Optional<Integer> year, Optional<String> source,
                         Optional<String> indicator, Model model) {
        int fiscalYear = figures.yearOrCurrent(year);
        String src = source(source);
        List<Indicator> shown = figures.catalogue().of(src);
        Indicator selected = indicator.flatMap(figures.catalogue()::find)
                .orElse(shown.isEmpty() ? null : shown.get(0));
        OversightFigures.Overview overview = figures.overview(place, fiscalYear);
        String path = switch (place.level()) {
            case NATION -> "/oversight";
            case REGION -> "/oversight/regions/" + place.region();
            case PROVINCE -> "/oversight/provinces/" + place.provinceCode();
        };
        String childLevel = switch (place.level()) {
            case NATION -> "REGION";
            case REGION -> "PROVINCE";
            case PROVINCE -> "LAO";
        };
        model.addAttribute("overview", overview);
        model.addAttribute("place", place);
        model.addAttribute("path", path);
        model.addAttribute("placeName", places.name(place));
        model.addAttribute("trail", places.trail(me.oversight(), place));
        model.addAttribute("source", src);
        model.addAttribute("sources", figures.catalogue().sources().stream().map(s -> s.name()).toList());
        model.addAttribute("shown", shown);
        model.addAttribute("selected", selected);
        model.addAttribute("year", fiscalYear);
        model.addAttribute("years", figures.years());
        model.addAttribute("childLevel", childLevel);
        // The large parts, rendered once for as long as the figures they show are the same instances.
        java.util.function.Supplier<java.util.Map<String, Object>> variables = () -> {
            java.util.Map<String, Object> v = new java.util.HashMap<>(model.asMap());
            v.put("en", "en".equals(OversightCharts.locale().getLanguage()));
            return v;
        };
        String variant = place + "|" + fiscalYear + "|" + src + "|" + (selected == null ? "" : selected.key());
        model.addAttribute("figuresHtml", fragments.html(SECTIONS, "figures", List.of(overview), variant, variables));
        model.addAttribute("rowsHtml", fragments.html(SECTIONS, "rows", List.of(overview), place + "|" + fiscalYear + "|" + src,
                variables));
        if (selected != null) {
            List<Object> drawnFrom = new java.util.ArrayList<>(figures.overviews(place));
            if (place.level() != OversightScope.Level.NATION) {
                drawnFrom.addAll(figures.overviews(OversightScope.nation()));
            }
            model.addAttribute("trendHtml", fragments.html(SECTIONS, "trend", drawnFrom, variant, () -> {
                java.util.Map<String, Object> v = variables.get();
                v.put("trendChart", charts.trend(places.name(place), figures.trend(place, selected),
                        place.level() == OversightScope.Level.NATION ? null : figures.trend(OversightScope.nation(), selected),
                        selected));
                return v;
            }));
        }
        if (selected != null && place.level() != OversightScope.Level.PROVINCE) {
            model.addAttribute("tilesHtml", fragments.html(SECTIONS, "tiles", charts.tileSources(place, fiscalYear), variant,
                    () -> {
                        java.util.Map<String, Object> v = variables.get();
                        v.put("tiles", charts.tiles(place, selected, fiscalYear));
                        return v;
                    }));
        }
        return "oversight/place";
    }

    private static final String SECTIONS = "oversight/place-sections";

    private String source(Optional<String> source) {
        List<String> names = figures.catalogue().sources().stream().map(s -> s.name()).toList();
        return source.filter(names::contains).orElse(names.isEmpty() ? "" : names.get(0));
    }
}
