package org.sujarit.procurement;

import java.util.List;

import org.sujarit.infrastructure.files.TabularFile;

/**
 * A purchases file as lines of cells, read by {@link TabularFile} (XLSX, or CSV in UTF-8); what cannot be read rejects the file with the import's own message.
 */
final class PurchaseFile {

    private PurchaseFile() {
    }

    static List<List<String>> lines(byte[] content) {
        try {
            return TabularFile.lines(content, false);
        } catch (TabularFile.Unreadable e) {
            throw PurchaseImport.rejected(e.line(), switch (e.reason()) {
                case NOT_TEXT -> "procurement.import.notUtf8";
                case UNCLOSED_QUOTE -> "procurement.import.unclosedQuote";
                case NOT_A_WORKBOOK -> "procurement.import.unreadable";
            });
        }
    }
}
