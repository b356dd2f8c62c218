package org.sujarit.shared;

import java.util.Locale;

/**
 * How a tenant writes numbers on its pages and in its documents: Thai digits (๐–๙, the default,
 * as Thai official documents write them) or Arabic digits (0–9). One style per page and per
 * document: {@link #apply} writes every digit of a text in the style, whichever way it was typed.
 * <p>Digits inside a word that has Latin letters are part of a name or an identifier written in
 * Latin script and keep their Arabic digits in Thai text too: case numbers ({@code BT-2570-0001}),
 * ITA items ({@code O12}), {@code Open311}, {@code UTF-8}, e-mail and web addresses.
 */
public enum NumeralStyle {

    THAI('0', '9', '\u0E50', true),
    ARABIC('\u0E50', '\u0E59', '0', false);

    private final char fromFirst;
    private final char fromLast;
    private final char toFirst;
    private final boolean latinWordsKeepTheirDigits;

    NumeralStyle(char fromFirst, char fromLast, char toFirst, boolean latinWordsKeepTheirDigits) {
        this.fromFirst = fromFirst;
        this.fromLast = fromLast;
        this.toFirst = toFirst;
        this.latinWordsKeepTheirDigits = latinWordsKeepTheirDigits;
    }

    /** The style of a page: the tenant's (Thai digits when there is none) in Thai, Arabic digits in any other language. */
    public static NumeralStyle forPage(Locale locale, NumeralStyle tenantStyle) {
        if (locale != null && !"th".equals(locale.getLanguage())) {
            return ARABIC;
        }
        return tenantStyle == null ? THAI : tenantStyle;
    }

    /** The style stored under this name; Thai digits, the default, for any other. */
    public static NumeralStyle of(String name) {
        return ARABIC.name().equals(name) ? ARABIC : THAI;
    }

    /** The text with its digits in this style; the same instance when none had to change, "" for null. */
    public String apply(String text) {
        if (text == null) {
            return "";
        }
        if (!changes(text)) {
            return text;
        }
        char[] chars = text.toCharArray();
        scan(text, chars);
        return new String(chars);
    }

    /** A value as text with its digits in this style; "" for null. */
    public String apply(Object value) {
        return value == null ? "" : apply(value.toString());
    }

    /** Whether {@link #apply} would change the text. */
    public boolean changes(CharSequence text) {
        return scan(text, null);
    }

    /** The CSS counter style of page numbers in this style, as in {@code counter(page, thai)}. */
    public String cssCounter() {
        return this == THAI ? "thai" : "decimal";
    }

    /**
     * Goes through the text word by word (words end at white space) and converts the digits of the
     * words to change into {@code out}; without {@code out}, stops at the first such word.
     */
    private boolean scan(CharSequence text, char[] out) {
        boolean changed = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean digit = false;
            boolean latin = false;
            while (i < n && !isSpace(text.charAt(i))) {
                int entity = entityEnd(text, i);
                if (entity > 0) {
                    i = entity;
                    continue;
                }
                char c = text.charAt(i++);
                if (c >= fromFirst && c <= fromLast) {
                    digit = true;
                } else if (latinWordsKeepTheirDigits && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                    latin = true;
                }
            }
            if (digit && !latin) {
                if (out == null) {
                    return true;
                }
                changed = true;
                for (int j = start; j < i; j++) {
                    int entity = entityEnd(text, j);
                    if (entity > 0) {
                        j = entity - 1;
                    } else if (out[j] >= fromFirst && out[j] <= fromLast) {
                        out[j] = (char) (toFirst + (out[j] - fromFirst));
                    }
                }
            }
        }
        return changed;
    }

    /**
     * Where a character reference that starts at {@code i} ends ({@code &quot;}, {@code &#39;},
     * {@code &#x2F;}), or -1: page text reaches here escaped, and a reference is neither a Latin
     * word nor digits to write in another style.
     */
    private static int entityEnd(CharSequence text, int i) {
        if (text.charAt(i) != '&') {
            return -1;
        }
        int n = Math.min(text.length(), i + 12);
        int j = i + 1;
        if (j < n && text.charAt(j) == '#') {
            j++;
            boolean hex = j < n && (text.charAt(j) == 'x' || text.charAt(j) == 'X');
            if (hex) {
                j++;
            }
            int digits = j;
            while (j < n && (text.charAt(j) >= '0' && text.charAt(j) <= '9'
                    || hex && "abcdefABCDEF".indexOf(text.charAt(j)) >= 0)) {
                j++;
            }
            return j > digits && j < n && text.charAt(j) == ';' ? j + 1 : -1;
        }
        int letters = j;
        while (j < n && (text.charAt(j) >= 'a' && text.charAt(j) <= 'z' || text.charAt(j) >= 'A' && text.charAt(j) <= 'Z'
                || j > letters && text.charAt(j) >= '0' && text.charAt(j) <= '9')) {
            j++;
        }
        return j > letters && j < n && text.charAt(j) == ';' ? j + 1 : -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || Character.isWhitespace(c);
    }
}
