package org.sujarit.registers.web;

import org.sujarit.registers.GiftDecision;

/** The executive's decision on a reported gift, with the reason. */
record GiftDecisionForm(GiftDecision decision, String reason) {

    static GiftDecisionForm empty() {
        return new GiftDecisionForm(null, null);
    }
}
