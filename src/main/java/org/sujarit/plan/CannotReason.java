package org.sujarit.plan;

/** Why an item cannot be carried out, as E-PlanNACC lists the reasons. */
public enum CannotReason {
    NO_BUDGET,
    POLICY_CHANGED,
    NOT_ENOUGH_STAFF,
    OTHER
}
