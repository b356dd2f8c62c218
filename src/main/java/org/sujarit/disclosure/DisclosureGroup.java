package org.sujarit.disclosure;

/** The seed's five groups of information to disclose. */
public enum DisclosureGroup {
    BASIC, ADMINISTRATION, BUDGET, HUMAN_RESOURCES, TRANSPARENCY;

    public String messageKey() {
        return "disclosure.group." + name();
    }
}
