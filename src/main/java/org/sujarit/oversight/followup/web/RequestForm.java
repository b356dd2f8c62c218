package org.sujarit.oversight.followup.web;

/** A request as typed: the year and the due date stay text until read, so that a wrong one comes back as typed. */
record RequestForm(String indicator, String fiscalYear, String subject, String message, String dueOn) {
}
