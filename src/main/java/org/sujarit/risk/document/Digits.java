package org.sujarit.risk.document;

import org.sujarit.shared.ThaiDigits;

/**
 * How a document writes digits: Thai (๐–๙) for an official copy, otherwise as written. Applies to
 * the numbers the document makes up and to typed text alike, as the plan's documents do.
 */
record Digits(boolean thai) {

    static final Digits ARABIC = new Digits(false);

    String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        return thai ? ThaiDigits.toThai(text) : text;
    }
}
