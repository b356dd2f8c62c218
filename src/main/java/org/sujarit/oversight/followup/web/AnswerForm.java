package org.sujarit.oversight.followup.web;

/** The LAO's answer as typed. */
record AnswerForm(String answer) {
}
