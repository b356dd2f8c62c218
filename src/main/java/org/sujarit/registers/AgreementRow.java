package org.sujarit.registers;

import java.util.UUID;

/**
 * One line of a year's register: an active account and its agreement of the year, or none. A
 * person who also signs for a unit has a line for each.
 */
public record AgreementRow(UUID userId, String name, String position, String unitName, UUID agreementId,
                           String forUnit, String supervisorName, AgreementState state) {
}
