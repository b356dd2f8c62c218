package org.sujarit.complaint;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A tenant's complaint-centre settings: the prefix of its case numbers (BT → BT-2568-0042) and its
 * deadlines in calendar days from filing — acknowledgement, action or explanation (the seed's 15
 * days), the citizen's right to reopen — and further milestones of its own.
 */
public record Settings(String prefix, int acknowledgeDays, int actionDays, int reopenDays, List<Milestone> milestones) {

    public record Milestone(UUID id, String nameTh, String nameEn, CaseStatus status, int days) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameTh;
        }
    }
}
