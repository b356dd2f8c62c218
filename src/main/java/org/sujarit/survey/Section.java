package org.sujarit.survey;

import java.util.List;

/** A part of a questionnaire with its own heading; a long questionnaire shows one part per page. */
public record Section(String th, String en, List<Question> questions) {

    public Section {
        th = th == null ? "" : th.strip();
        en = en == null || en.isBlank() ? null : en.strip();
        questions = List.copyOf(questions);
    }

    public String text(boolean english) {
        return english && en != null ? en : th;
    }
}
