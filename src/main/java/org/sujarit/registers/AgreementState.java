package org.sujarit.registers;

/** Where a person's agreement of a year stands. */
public enum AgreementState {
    NOT_DRAFTED, AWAITING_PERSON, AWAITING_SUPERVISOR, SIGNED, ASSESSED;

    static AgreementState of(boolean drafted, boolean personSigned, boolean supervisorSigned, boolean assessed) {
        if (!drafted) {
            return NOT_DRAFTED;
        }
        if (!personSigned) {
            return AWAITING_PERSON;
        }
        if (!supervisorSigned) {
            return AWAITING_SUPERVISOR;
        }
        return assessed ? ASSESSED : SIGNED;
    }

    public boolean signed() {
        return this == SIGNED || this == ASSESSED;
    }

    public String messageKey() {
        return "agreement.state." + name();
    }
}
