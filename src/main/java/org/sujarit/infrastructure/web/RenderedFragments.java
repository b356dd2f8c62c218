package org.sujarit.infrastructure.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.standard.expression.Fragment;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresource.StringTemplateResource;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Parts of a page rendered once and served again for as long as what they show is the same: a
 * national overview's tables and its map are a hundred kilobytes of HTML built from hundreds of
 * expressions, the same for every overseer who opens them, and rendering them on each view made the
 * oversight pages CPU-bound at national scale.
 *
 * <p>A part is known by its template fragment, a variant (the choices of the page it depends on),
 * the locale, and the <em>instances</em> it was rendered from: a cache that hands out a new
 * instance whenever its figures change (as {@code OversightFigures} does) makes the part rendered
 * from the old one unreachable — no expiry to tune, nothing stale served. A part is kept parsed, as
 * a Thymeleaf {@link Fragment} marked not processable: the page puts it in with {@code th:utext}
 * without evaluating or parsing anything again, and the page's own post-processing (its numeral
 * style) still sees its markup. Only parts without forms or anything of the viewer (no CSRF token,
 * no name) belong here.
 */
@Component
public class RenderedFragments {

    private final SpringTemplateEngine engine;
    private final ThymeleafEvaluationContext evaluation;
    /**
     * At most 32 M characters of HTML; a part not asked for in two minutes goes, and with it the
     * (superseded) instances its key holds.
     */
    private final Cache<Key, Parsed> rendered = Caffeine.newBuilder()
            .maximumWeight(32L << 20).weigher((Key key, Parsed part) -> part.length())
            .expireAfterAccess(Duration.ofMinutes(2)).build();

    RenderedFragments(SpringTemplateEngine engine, ApplicationContext context, ConversionService mvcConversionService) {
        this.engine = engine;
        this.evaluation = new ThymeleafEvaluationContext(context, mvcConversionService);
    }

    /**
     * The fragment {@code fragment} of {@code template}, rendered with the variables from
     * {@code variables} (asked for only when it is not yet rendered) in the current request.
     *
     * @param from    the instances the fragment shows, compared by identity
     * @param variant everything else the fragment depends on besides the locale
     */
    public Fragment html(String template, String fragment, List<?> from, String variant,
                         Supplier<Map<String, Object>> variables) {
        Locale locale = LocaleContextHolder.getLocale();
        return rendered.get(new Key(template + "::" + fragment, variant, locale, new Identities(from)),
                key -> parsed(key.fragment(), render(template, fragment, locale, variables.get()))).fragment();
    }

    private Parsed parsed(String name, String html) {
        TemplateData owner = new TemplateData(name, null, new StringTemplateResource(html), TemplateMode.HTML,
                NonCacheableCacheEntryValidity.INSTANCE);
        TemplateModel model = engine.getConfiguration().getTemplateManager()
                .parseString(owner, html, 0, 0, TemplateMode.HTML, false);
        return new Parsed(new Fragment(model, null, false), html.length());
    }

    /** A rendered part, parsed, and the length of its HTML (what the cache weighs). */
    private record Parsed(Fragment fragment, int length) { }

    private String render(String template, String fragment, Locale locale, Map<String, Object> variables) {
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale, variables);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
        return engine.process(template, Set.of(fragment), context);
    }

    private record Key(String fragment, String variant, Locale locale, Identities from) { }

    /** A list compared by the identity of its elements, never by their (deep, costly) equality. */
    private record Identities(List<?> items) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Identities that) || that.items.size() != items.size()) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != that.items.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (Object item : items) {
                hash = 31 * hash + System.identityHashCode(item);
            }
            return hash;
        }
    }
}
