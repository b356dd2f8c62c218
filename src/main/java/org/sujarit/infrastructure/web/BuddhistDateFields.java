package org.sujarit.infrastructure.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.beans.PropertyAccessException;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.sujarit.shared.ThaiDates;
import org.sujarit.shared.ThaiDates.UnreadableDate;

/**
 * Every {@code LocalDate} a form or a query string binds is in the Buddhist Era, as Thai officers
 * and citizens write dates: shown as 31/12/2569 and read as {@link ThaiDates#parse} reads it. A date
 * that cannot be taken is an error of its field with the reason — a Christian-Era year names the
 * Buddhist year it probably meant — and, as for any value that fails to bind, what was typed.
 */
@ControllerAdvice
class BuddhistDateFields implements WebMvcConfigurer {

    private static final BindingErrorProcessor ERRORS = new DefaultBindingErrorProcessor() {
        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult binding) {
            UnreadableDate unreadable = unreadable(ex);
            if (unreadable == null) {
                super.processPropertyAccessException(ex, binding);
                return;
            }
            String field = ex.getPropertyName();
            binding.addError(new FieldError(binding.getObjectName(), field, ex.getValue(), true,
                    binding.resolveMessageCodes(unreadable.messageKey(), field), unreadable.arguments(), unreadable.getMessage()));
        }
    };

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public String print(LocalDate date, Locale locale) {
                return ThaiDates.numericDate(date);
            }

            @Override
            public LocalDate parse(String text, Locale locale) {
                return ThaiDates.parse(text);
            }
        });
    }

    @InitBinder
    void explainUnreadableDates(WebDataBinder binder) {
        binder.setBindingErrorProcessor(ERRORS);
    }

    private static UnreadableDate unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableDate unreadable) {
                return unreadable;
            }
        }
        return null;
    }
}
