package org.sujarit.oversight.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.sujarit.staff.OversightScope;

/**
 * A request an overseer sent one local government about an indicator, with the LAO it went to and
 * the answer once given. Its text is what the overseer and the LAO typed; no module's records are
 * ever copied into it.
 *
 * @param senderLevel the sender's scope when sending (a province office, a NACC region, the nation)
 * @param indicator   the indicator key it is about, or {@code null}
 * @param fiscalYear  the fiscal year (Buddhist Era) it is about, or {@code null}
 * @param overdue     still open after its due date, on the day it was read
 */
public record OversightRequest(UUID id, UUID tenantId, String laoSlug, String laoNameTh, String laoNameEn,
                               String provinceCode, String provinceNameTh, String provinceNameEn, Integer region,
                               String senderName, OversightScope.Level senderLevel, String indicator, Integer fiscalYear,
                               String subject, String message, LocalDate dueOn, Status status, String answer,
                               String answeredByName, Instant answeredAt, Instant closedAt, Instant createdAt,
                               boolean overdue) {

    public enum Status {
        OPEN, ANSWERED, CLOSED
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    public boolean closed() {
        return status == Status.CLOSED;
    }

    public String laoName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? laoNameEn : laoNameTh;
    }

    public String provinceName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? provinceNameEn : provinceNameTh;
    }

    /** The message key naming the indicator, whose message may not exist for a key no source offers. */
    public String indicatorMessageKey() {
        return indicator == null ? null : "indicator." + indicator;
    }
}
