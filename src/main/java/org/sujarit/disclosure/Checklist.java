package org.sujarit.disclosure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A version of the OIT checklist, used from its first fiscal year until a later one takes over. */
public record Checklist(UUID id, String code, int version, int firstYear, String nameTh, String nameEn, String source,
                        List<ChecklistItem> items) {

    public Optional<ChecklistItem> item(String number) {
        return items.stream().filter(i -> i.number().equalsIgnoreCase(number)).findFirst();
    }

    /** The key a tenant's choices about an item (the unit answering for it) are kept under, for this version. */
    String itemKey(String number) {
        return itemKeyPrefix() + number.toUpperCase(Locale.ROOT);
    }

    /** What the keys of this version's items start with. */
    String itemKeyPrefix() {
        return code + "-" + version + ":";
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
    }
}
