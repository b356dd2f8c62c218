package org.sujarit.registers.web;

/** A new version of the code as typed; the effective date stays text until read, the PDF comes apart. */
record EthicsCodeForm(String title, String body, String effectiveOn) {
}
