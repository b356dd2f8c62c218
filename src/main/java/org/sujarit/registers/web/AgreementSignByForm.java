package org.sujarit.registers.web;

/** The date by which a year's agreements are to be signed, typed in the Buddhist Era. */
record AgreementSignByForm(Integer year, String signBy) {
}
