package org.sujarit.plan.importing;

/** A problem a reader found in one section, before the sheet and section are known. */
record Finding(String messageKey, String detail) {
}
