package org.sujarit.tenant.web;

import java.util.UUID;

import org.sujarit.tenant.Unit;
import org.sujarit.tenant.UnitId;

/** Where to move a unit; no parent means the top of the tree. */
record MoveUnitForm(UUID parentId) {

    static MoveUnitForm of(Unit unit) {
        return new MoveUnitForm(unit.parentId() == null ? null : unit.parentId().value());
    }

    UnitId parent() {
        return parentId == null ? null : new UnitId(parentId);
    }
}
