package org.sujarit.registers;

/** What kind of gift or benefit it was, as the yearly report (O22) counts them. */
public enum GiftCategory {
    GOODS, CASH_OR_VOUCHER, HOSPITALITY, TRAVEL, SERVICE_OR_DISCOUNT, OTHER
}
