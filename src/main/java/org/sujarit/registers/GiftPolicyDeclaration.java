package org.sujarit.registers;

import java.time.Instant;
import java.util.UUID;

import org.sujarit.shared.FiscalYear;

/**
 * The executive's No Gift declaration of a fiscal year (ประกาศเจตนารมณ์ No Gift Policy, ITA O21),
 * as signed: signed is published, and never changed.
 */
public record GiftPolicyDeclaration(UUID id, UUID tenantId, FiscalYear year, String text, String signerName,
                                    String signerPosition, UUID signedBy, Instant signedAt) {
}
