package org.sujarit.infrastructure.web;

import java.util.Set;

import org.sujarit.shared.NumeralStyle;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.IText;

/**
 * Writes the digits of a page's text in the page's numeral style: the variable {@value #VARIABLE}
 * when the page has one (the tenant's style on its portal and console pages), otherwise Thai
 * digits in Thai and Arabic digits in English. Text nodes and the attributes people read
 * ({@code title}, {@code alt}, {@code placeholder}, {@code aria-label}, and the {@code data-}
 * messages the page's script and style sheet show) follow it; other attribute values — links,
 * form values, numbers for scripts — are never touched, nor the text of {@code script},
 * {@code style}, {@code textarea}, {@code pre}, {@code code}, {@code kbd} and {@code samp}, nor
 * anything inside an element marked {@code translate="no"}: identifiers a person types back or
 * copies elsewhere, such as a case's secret, keep the digits they were issued with. (Words with
 * Latin letters keep theirs anyway, see {@link NumeralStyle}.) A page in Thai digits says so on its
 * {@code html} element ({@code data-numerals="thai"}), for the numbers the style sheet draws.
 * <p>A text costs one scan of its characters; only one with a digit to change is copied.
 */
public final class PageNumerals extends AbstractTemplateHandler {

    /** The page's {@link NumeralStyle}, as a model or context variable. */
    public static final String VARIABLE = "numeralStyle";

    private static final Set<String> VERBATIM = Set.of("script", "style", "textarea", "pre", "code", "kbd", "samp");
    /** Attributes whose values people read or hear, and scripts (app.js) or the style sheet show. */
    private static final Set<String> READABLE = Set.of("title", "alt", "placeholder", "aria-label", "data-label",
            "data-confirm", "data-failed", "data-intro", "data-too-large", "data-too-many", "data-pow-preparing",
            "data-pow-waiting", "data-pow-ready");

    private NumeralStyle style;
    /** The element whose content keeps its digits, and how many elements of its name are open inside it. */
    private String verbatim;
    private int verbatimDepth;

    @Override
    public void handleOpenElement(IOpenElementTag tag) {
        String name = tag.getElementCompleteName();
        if (verbatim != null) {
            if (verbatim.equals(name)) {
                verbatimDepth++;
            }
            super.handleOpenElement(tag);
            return;
        }
        if (VERBATIM.contains(name) || "no".equals(tag.getAttributeValue("translate"))) {
            verbatim = name;
            verbatimDepth = 1;
            super.handleOpenElement(tag);
            return;
        }
        if ("html".equals(name) && style() == NumeralStyle.THAI) {
            // for the style sheet: the numbers of ordered lists in Thai digits too (app.css)
            tag = getContext().getModelFactory().setAttribute(tag, "data-numerals", "thai");
        }
        super.handleOpenElement(readable(tag));
    }

    @Override
    public void handleStandaloneElement(IStandaloneElementTag tag) {
        boolean asIs = verbatim != null || "no".equals(tag.getAttributeValue("translate"));
        super.handleStandaloneElement(asIs ? tag : readable(tag));
    }

    @Override
    public void handleCloseElement(ICloseElementTag tag) {
        if (verbatim != null && !tag.isUnmatched() && verbatim.equals(tag.getElementCompleteName()) && --verbatimDepth == 0) {
            verbatim = null;
        }
        super.handleCloseElement(tag);
    }

    @Override
    public void handleText(IText text) {
        if (verbatim == null && style().changes(text)) {
            super.handleText(getContext().getModelFactory().createText(style.apply(text.getText())));
            return;
        }
        super.handleText(text);
    }

    private <T extends IProcessableElementTag> T readable(T tag) {
        T result = tag;
        for (IAttribute attribute : tag.getAllAttributes()) {
            String name = attribute.getAttributeCompleteName();
            String value = attribute.getValue();
            if (value != null && (READABLE.contains(name) || name.startsWith("data-label-")) && style().changes(value)) {
                result = getContext().getModelFactory().setAttribute(result, name, style.apply(value));
            }
        }
        return result;
    }

    private NumeralStyle style() {
        if (style == null) {
            Object chosen = getContext().getVariable(VARIABLE);
            style = chosen instanceof NumeralStyle page ? page : NumeralStyle.forPage(getContext().getLocale(), null);
        }
        return style;
    }
}
