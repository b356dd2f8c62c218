package org.sujarit.procurement;

import java.util.UUID;

/** A purchase recorded in a month's summary. */
public record Purchase(UUID id, int position, PurchaseDetails details) {
}
