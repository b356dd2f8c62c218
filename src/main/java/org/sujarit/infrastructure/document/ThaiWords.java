package org.sujarit.infrastructure.document;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the words of the JDK's Thai dictionary, spaces and punctuation apart, so that
 * a PDF template can keep each word on one line (the fragment {@code document/words} does, given
 * an instance as {@code words}). Chromium's own (ICU) dictionary splits some compounds the JDK
 * keeps whole (เผย|แพร่, เชื่อ|ถือ, ร้อง|ทุกข์); a line then breaks only where
 * both agree, or at a space.
 */
public final class ThaiWords {

    private static final Locale THAI = Locale.forLanguageTag("th");

    public List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        BreakIterator boundaries = BreakIterator.getWordInstance(THAI);
        boundaries.setText(text);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            words.add(text.substring(start, end));
        }
        return words;
    }
}
