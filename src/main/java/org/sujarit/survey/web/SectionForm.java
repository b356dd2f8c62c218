package org.sujarit.survey.web;

/** A section's heading as typed, in Thai with an optional English text; a questionnaire of one part may leave it blank. */
record SectionForm(String th, String en) {

    static SectionForm blank() {
        return new SectionForm(null, null);
    }
}
