package org.sujarit.registers;

/** Who gave or offered a gift: a person, or an organisation (a company, a shop, an association). */
public enum GiverKind {
    PERSON, ORGANISATION
}
