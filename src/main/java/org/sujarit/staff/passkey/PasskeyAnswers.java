package org.sujarit.staff.passkey;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The small JSON answers the passkey script reads ({@code static/js/passkeys.js}): what happened,
 * where to go next, and a message in the reader's language — never an exception's text.
 */
final class PasskeyAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LocaleResolver locales;

    PasskeyAnswers(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    void refuse(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
                Object... args) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authenticated", false);
        body.put("success", false);
        body.put("message", messages.getMessage(messageKey, args.length == 0 ? null : args, locales.resolveLocale(request)));
        write(response, status, body);
    }

    static void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
        response.getWriter().flush();
    }
}
