package org.sujarit.tenant;

import java.util.List;
import java.util.Locale;

/** A unit in its place in the tree; {@code ancestors} run from the top of the tree down. */
public record UnitNode(Unit unit, int depth, List<Unit> ancestors) {

    /** The full name as the seed writes it, nearest first: "งานนิติการ ฝ่ายปกครอง สำนักปลัด". */
    public String fullName(Locale locale) {
        StringBuilder name = new StringBuilder(unit.name(locale));
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            name.append(' ').append(ancestors.get(i).name(locale));
        }
        return name.toString();
    }
}
