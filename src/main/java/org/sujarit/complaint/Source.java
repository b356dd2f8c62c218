package org.sujarit.complaint;

/** How a complaint reached the local government. Staff record the last four on the citizen's behalf. */
public enum Source {
    WEB, OPEN311, PHONE, LETTER, WALK_IN, EMAIL;

    public boolean onBehalf() {
        return this != WEB && this != OPEN311;
    }
}
