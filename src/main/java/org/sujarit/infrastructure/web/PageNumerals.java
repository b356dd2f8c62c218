package org.sujarit.infrastructure.web;

import java.util.Set;

import org.sujarit.shared.NumeralStyle;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;

/**
 * Writes the digits of a page's text nodes in the page's numeral style: the variable
 * {@value #VARIABLE} when the page has one (the tenant's style, see the tenant module's advice),
 * otherwise Thai digits in Thai and Arabic digits in English. Attribute values (links, form values)
 * are never touched, nor the text of {@code script}, {@code style}, {@code textarea}, {@code pre},
 * {@code code}, {@code kbd} and {@code samp}, nor anything inside an element marked
 * {@code translate="no"}: identifiers a person types back or copies elsewhere (case numbers,
 * secrets, e-mail addresses, web addresses) keep the digits they are issued with.
 * <p>A text node costs one scan of its characters; only one that has a digit to change is copied.
 */
public final class PageNumerals extends AbstractTemplateHandler {

    /** The page's {@link NumeralStyle}, as a model or context variable. */
    public static final String VARIABLE = "numeralStyle";

    private static final Set<String> VERBATIM = Set.of("script", "style", "textarea", "pre", "code", "kbd", "samp");

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
        } else if (VERBATIM.contains(name) || "no".equals(tag.getAttributeValue("translate"))) {
            verbatim = name;
            verbatimDepth = 1;
        }
        super.handleOpenElement(tag);
    }

    @Override
    public void handleCloseElement(ICloseElementTag tag) {
        if (verbatim != null && !tag.isUnmatched() && verbatim.equals(tag.getElementCompleteName()) && --verbatimDepth == 0) {
            verbatim = null;
        }
        super.handleCloseElement(tag);
    }

    private NumeralStyle style() {
        if (style == null) {
            Object chosen = getContext().getVariable(VARIABLE);
            style = chosen instanceof NumeralStyle page ? page : NumeralStyle.forPage(getContext().getLocale(), null);
        }
        return style;
    }

    @Override
    public void handleText(IText text) {
        if (verbatim == null && style().changes(text)) {
            super.handleText(getContext().getModelFactory().createText(style.apply(text.getText())));
            return;
        }
        super.handleText(text);
    }
}
