package org.sujarit.survey;

/** One answer a question offers, in Thai with an optional English text. */
public record Choice(String th, String en) {

    public Choice {
        th = th == null ? "" : th.strip();
        en = en == null || en.isBlank() ? null : en.strip();
    }

    public String text(boolean english) {
        return english && en != null ? en : th;
    }
}
