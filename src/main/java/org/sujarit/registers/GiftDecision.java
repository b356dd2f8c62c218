package org.sujarit.registers;

/** What the head of the agency decided about a reported gift. */
public enum GiftDecision {
    KEEP_FOR_AGENCY, RETURN, HAND_OVER, OTHER
}
