package org.sujarit.registers.web;

/** The No Gift declaration as the executive fills it in and signs it. */
record GiftPolicyForm(String text, String signerPosition, Boolean confirm) {
}
