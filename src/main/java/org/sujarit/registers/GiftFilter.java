package org.sujarit.registers;

import java.util.Objects;

import org.sujarit.shared.FiscalYear;

/**
 * What the register is narrowed to: a fiscal year, and optionally one action and over or within the limit.
 *
 * @param action    {@code null} for every action
 * @param overLimit {@code null} for both
 */
public record GiftFilter(FiscalYear year, GiftAction action, Boolean overLimit) {

    public GiftFilter {
        Objects.requireNonNull(year, "year");
    }
}
