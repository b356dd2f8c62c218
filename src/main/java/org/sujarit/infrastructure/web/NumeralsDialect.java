package org.sujarit.infrastructure.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * One numeral style per page: every HTML page and printed document rendered by Thymeleaf writes
 * the digits of its text in the style of the variable {@value PageNumerals#VARIABLE} (see
 * {@link PageNumerals}), so that messages, numbers formatted by the views and text people typed
 * come out alike without each of them being converted in the templates.
 */
@Component
public final class NumeralsDialect extends AbstractDialect implements IPostProcessorDialect {

    public NumeralsDialect() {
        super("numerals");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, PageNumerals.class, 1000));
    }
}
