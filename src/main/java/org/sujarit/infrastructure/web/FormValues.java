package org.sujarit.infrastructure.web;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Values of indexed form fields ({@code budgetAmounts[2]}, {@code outputs[0].kpiTarget}) for views:
 * what the user just submitted if the form comes back with errors, else the form object's value.
 * Needed because lists may be shorter than the rows a page shows; plain fields use {@code th:field}.
 * {@code ${@forms.value(form, 'outputs[0].text')}}, {@code ${@forms.rows(form, 'outputs')}}.
 */
@Component("forms")
public class FormValues {

    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    public Object value(Object form, String path) {
        HttpServletRequest request = request();
        if (request != null && "POST".equals(request.getMethod())) {
            return request.getParameter(path);
        }
        Object current = form;
        for (String step : path.split("\\.")) {
            Matcher matcher = STEP.matcher(step);
            if (current == null || !matcher.matches()) {
                return null;
            }
            current = component(current, matcher.group(1));
            if (matcher.group(2) != null) {
                int index = Integer.parseInt(matcher.group(2));
                current = current instanceof List<?> list && index < list.size() ? list.get(index) : null;
            }
        }
        return current;
    }

    /** How many rows of an indexed list to show: those the form holds or those just submitted. */
    public int rows(Object form, String list) {
        int rows = form == null ? 0 : component(form, list) instanceof List<?> items ? items.size() : 0;
        HttpServletRequest request = request();
        if (request != null) {
            Pattern indexed = Pattern.compile(Pattern.quote(list) + "\\[(\\d+)].*");
            for (String name : request.getParameterMap().keySet()) {
                Matcher matcher = indexed.matcher(name);
                if (matcher.matches()) {
                    rows = Math.max(rows, Integer.parseInt(matcher.group(1)) + 1);
                }
            }
        }
        return Math.min(rows, 100);
    }

    private static Object component(Object record, String name) {
        if (!record.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    var accessor = component.getAccessor();
                    accessor.trySetAccessible();
                    return accessor.invoke(record);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
