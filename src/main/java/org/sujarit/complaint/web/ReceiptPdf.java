package org.sujarit.complaint.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Settings;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.shared.ThaiDates;
import org.sujarit.tenant.Organisation;

/**
 * The receipt of a filed complaint as PDF in Sarabun: who received it, the case number, when, the
 * channel and category, the deadlines and how to follow it. It never holds the secret, nor what
 * the citizen wrote, so that a lost receipt gives nothing away.
 */
@Component
class ReceiptPdf {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private final HtmlPdf pdf;
    private final Clock clock;

    ReceiptPdf(HtmlPdf pdf, Clock clock) {
        this.pdf = pdf;
        this.clock = clock;
    }

    /** What the receipt shows, already in Thai words and Buddhist-Era dates. */
    record Receipt(String organisation, String number, String filedAt, String channel, String category, String acknowledgeBy,
                   String actionBy, int actionDays, String trackPath) {
    }

    byte[] receipt(Organisation organisation, CaseView c, Settings settings) {
        String acknowledgeBy = c.deadlines().stream().filter(d -> d.kind() == CaseView.DeadlineKind.ACKNOWLEDGE).findFirst()
                .map(d -> date(d.dueAt())).orElse("-");
        String actionBy = c.actionDeadline().map(d -> date(d.dueAt())).orElse("-");
        Receipt receipt = new Receipt(organisation.nameTh(), c.number(), date(c.filedAt()),
                c.channel() == Channel.CORRUPTION ? "ร้องเรียนการทุจริตและประพฤติมิชอบ"
                        : "เรื่องร้องทุกข์/ร้องเรียนทั่วไป",
                c.category().nameTh(), acknowledgeBy, actionBy, settings.actionDays(),
                "/" + organisation.slug() + "/complaints/track");
        return pdf.print("complaint/document/receipt", receipt, organisation.numerals());
    }

    private String date(Instant instant) {
        return ThaiDates.dateTime(LocalDateTime.ofInstant(instant, clock.getZone()), THAI);
    }
}
