package org.sujarit.disclosure;

import org.sujarit.shared.RuleViolation;

/** What is wrong with a checklist file, shown to the platform admin: a message key and where in the file. */
public class ChecklistProblem extends RuleViolation {

    private final String detail;

    ChecklistProblem(String messageKey, String detail) {
        super("file", messageKey);
        this.detail = detail;
    }

    public String detail() {
        return detail;
    }
}
