package org.sujarit.registers.web;

import java.util.List;
import java.util.UUID;

/** The same goals for everyone of a unit and the units beneath it, with one supervisor. */
record AgreementBulkForm(Integer year, UUID unitId, UUID supervisorId, List<String> goals, List<String> indicators,
                         List<String> targets, List<String> weights) {

    static AgreementBulkForm blank(int year) {
        return new AgreementBulkForm(year, null, null, List.of(), List.of(), List.of(), List.of());
    }
}
