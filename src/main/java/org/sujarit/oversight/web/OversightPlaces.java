package org.sujarit.oversight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.sujarit.oversight.OversightFigures;
import org.sujarit.oversight.OversightFigures.LaoRef;
import org.sujarit.staff.OversightScope;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Province;

/**
 * Finds a place a user asked for, within their scope or not at all: a region, province or local
 * government outside it is "not found", exactly like one that does not exist, so that a province
 * user learns nothing of other provinces — not even which slugs exist.
 */
@Component
class OversightPlaces {

    /** A step of the way down from the user's scope: its name and link. */
    record Step(String name, String href) {
    }

    private final OversightFigures figures;
    private final Organisations organisations;
    private final MessageSource messages;

    OversightPlaces(OversightFigures figures, Organisations organisations, MessageSource messages) {
        this.figures = figures;
        this.organisations = organisations;
        this.messages = messages;
    }

    OversightScope region(StaffPrincipal me, String region) {
        if (region == null || !region.matches("[1-9]")) {
            throw notFound();
        }
        OversightScope place = OversightScope.region(Integer.parseInt(region));
        if (!OversightFigures.within(me.oversight(), place, place.region())) {
            throw notFound();
        }
        return place;
    }

    OversightScope province(StaffPrincipal me, String code) {
        Province province = (code == null || !code.matches("[0-9]{2}") ? null : organisations.province(code).orElse(null));
        if (province == null) {
            throw notFound();
        }
        OversightScope place = OversightScope.province(code);
        if (!OversightFigures.within(me.oversight(), place, province.naccRegion())) {
            throw notFound();
        }
        return place;
    }

    LaoRef lao(StaffPrincipal me, String slug) {
        LaoRef lao = slug == null ? null : figures.lao(slug).orElse(null);
        if (lao == null || !OversightFigures.within(me.oversight(), lao)) {
            throw notFound();
        }
        return lao;
    }

    Province provinceOf(LaoRef lao) {
        return organisations.province(lao.provinceCode()).orElseThrow();
    }

    String name(OversightScope place) {
        Locale locale = LocaleContextHolder.getLocale();
        return switch (place.level()) {
            case NATION -> messages.getMessage("oversight.nation", null, locale);
            case REGION -> messages.getMessage("oversight.region", new Object[] {place.region()}, locale);
            case PROVINCE -> organisations.province(place.provinceCode())
                    .map(p -> "en".equals(locale.getLanguage()) ? p.nameEn() : p.nameTh()).orElse(place.provinceCode());
        };
    }

    /** The way from the user's scope down to a place (the place itself last, without a link). */
    List<Step> trail(OversightScope scope, OversightScope place) {
        List<Step> steps = new ArrayList<>();
        Integer region = place.level() == OversightScope.Level.PROVINCE
                ? organisations.province(place.provinceCode()).map(Province::naccRegion).orElse(null) : place.region();
        if (scope.level() == OversightScope.Level.NATION) {
            steps.add(new Step(name(OversightScope.nation()), place.level() == OversightScope.Level.NATION ? null : "/oversight"));
        }
        if (scope.level() != OversightScope.Level.PROVINCE && region != null && place.level() != OversightScope.Level.NATION) {
            steps.add(new Step(name(OversightScope.region(region)),
                    place.level() == OversightScope.Level.REGION ? null : "/oversight/regions/" + region));
        }
        if (place.level() == OversightScope.Level.PROVINCE) {
            steps.add(new Step(name(place), null));
        }
        return steps;
    }

    List<Step> trail(OversightScope scope, LaoRef lao) {
        List<Step> steps = new ArrayList<>(trail(scope, OversightScope.province(lao.provinceCode())));
        Step last = steps.remove(steps.size() - 1);
        steps.add(new Step(last.name(), "/oversight/provinces/" + lao.provinceCode()));
        steps.add(new Step("en".equals(LocaleContextHolder.getLocale().getLanguage()) ? lao.nameEn() : lao.nameTh(), null));
        return steps;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
