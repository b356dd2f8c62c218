package org.sujarit.infrastructure.web;

import java.util.Iterator;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Lists bound from a form ({@code bidderNames[3]}, {@code principles[16].result}) grow to the index
 * the request names. Every form of the application, whatever controller it goes to, is held to
 * {@value #MAX} rows: the binders are told the limit, and a request naming a row beyond it (or an
 * index that is no number of rows at all) is answered 422 with a message before anything is built
 * for it — the binder would otherwise fail on it with a 500.
 */
@ControllerAdvice
class FormRows {

    /** Far more rows than any form shows (a purchase's bidders, an item's KPIs, the 17 principles). */
    static final int MAX = 256;

    @InitBinder
    void limit(WebDataBinder binder, WebRequest request) {
        binder.setAutoGrowCollectionLimit(MAX);
        if ((binder.getTarget() != null || binder.getTargetType() != null) && namesARowNoFormHas(request.getParameterNames())) {
            throw new TooManyRows();
        }
    }

    @ExceptionHandler(TooManyRows.class)
    ModelAndView tooMany() {
        return new ModelAndView("error/page", Map.of("status", 422, "messageKey", "422", "detailKey", "error.tooManyRows"),
                HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /**
     * Whether a parameter names a row no form has: an index at or beyond the limit ({@code name[256]},
     * {@code a[0].b[99999].c}), a negative one, or one that is no number ({@code name[x]}; the application binds no
     * maps from forms). {@code name[]} is a list's next row.
     */
    private static boolean namesARowNoFormHas(Iterator<String> names) {
        while (names.hasNext()) {
            String name = names.next();
            for (int open = name.indexOf('['); open >= 0; open = name.indexOf('[', open + 1)) {
                int close = name.indexOf(']', open);
                if (close < 0) {
                    break;
                }
                if (!isRow(name.substring(open + 1, close))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isRow(String index) {
        if (index.isEmpty()) {
            return true;
        }
        if (index.length() > 9 || !index.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(index) < MAX;
    }

    /** A request that names more rows than any form has. */
    static final class TooManyRows extends RuntimeException {

        TooManyRows() {
            super(null, null, false, false);
        }
    }
}
