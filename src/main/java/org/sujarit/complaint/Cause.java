package org.sujarit.complaint;

/** Why the complaint arose, recorded when a case is closed, so that causes can be analysed and prevented. */
public enum Cause {
    SERVICE_QUALITY, DELAY, OFFICIAL_CONDUCT, RULES_UNCLEAR, INFRASTRUCTURE,
    PROCUREMENT, ABUSE_OF_POWER, BRIBERY, CONFLICT_OF_INTEREST,
    UNFOUNDED, OUTSIDE_MANDATE, OTHER
}
