package org.sujarit.disclosure;

import java.util.Locale;

/**
 * An item of an OIT checklist: its number in that year's list, the seed's group it belongs to, what
 * must be shown, how often, when it is due, and what the system publishes for it by itself.
 *
 * @param autoSource the evidence source that answers the item, e.g. {@code action-plan}, or
 *                   {@code plan-progress@H1} when only evidence of that period counts; {@code null} for none
 */
public record ChecklistItem(String number, int position, DisclosureGroup group, String section, String titleTh,
                            String titleEn, String whatTh, String whatEn, Frequency frequency, DueRule due,
                            String autoSource) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleTh;
    }

    public String what(Locale locale) {
        return "en".equals(locale.getLanguage()) && whatEn != null && !whatEn.isBlank() ? whatEn : whatTh;
    }

    /** The evidence source, without a period. */
    public String sourceName() {
        return autoSource == null ? null : autoSource.split("@")[0];
    }

    /** The period the source's evidence must cover, or null when the item's own period is meant. */
    public String sourcePeriod() {
        return autoSource == null || !autoSource.contains("@") ? null : autoSource.split("@")[1];
    }
}
