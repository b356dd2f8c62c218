package org.sujarit.plan;

import java.util.UUID;

/**
 * Something in a plan an officer should look at before approval.
 *
 * @param itemId     the item it concerns, or {@code null} for the plan's front matter
 * @param itemNumber the item's number in the plan ("2.3"), for the list
 * @param field      the form field to go to (the item form's or the header form's)
 * @param messageKey what is wrong, in the message bundles
 * @param detail     the offending text, quoted back to the officer
 */
public record QualityFinding(UUID itemId, String itemNumber, String itemName, String field, String messageKey,
                             String detail) {
}
