package org.sujarit.plan.importing;

import org.sujarit.plan.ItemContent;

/** The content read from one detail sheet; {@code sheetNumber} counts the sheets of the text from 1. */
public record ImportedItem(int sheetNumber, ItemContent content) {
}
