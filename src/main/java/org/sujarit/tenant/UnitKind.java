package org.sujarit.tenant;

/**
 * The levels of a local government's organisation chart and where each may sit: a สำนัก/กอง
 * at the top, a ฝ่าย inside a สำนัก/กอง, a งาน inside either.
 */
public enum UnitKind {
    /** สำนัก / กอง */
    DIVISION,
    /** ฝ่าย */
    SECTION,
    /** งาน */
    WORK_UNIT;

    public boolean mayBePlacedUnder(UnitKind parent) {
        return switch (this) {
            case DIVISION -> parent == null;
            case SECTION -> parent == DIVISION;
            case WORK_UNIT -> parent == DIVISION || parent == SECTION;
        };
    }
}
