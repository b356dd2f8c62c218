package org.sujarit.registers;

/**
 * What the member of staff did with the gift. {@link #ACCEPTED} is "accepted within the rule" and
 * is refused for a gift the rule says is beyond it; {@link #REPORTED} makes a report to the head of
 * the agency, who decides.
 */
public enum GiftAction {
    DECLINED, RETURNED, ACCEPTED, REPORTED
}
