package org.sujarit.disclosure;

import org.sujarit.shared.FiscalYear;

import org.sujarit.shared.TenantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something a module publishes by itself that the disclosure checklist counts as evidence: the
 * published action plan, a progress round, the risk assessment, the complaint statistics, a month's
 * procurement summary. The checklist links to the live page instead of a copy.
 *
 * @param source      what it is, as a checklist item names its automatic source, e.g.
 *                    {@code "action-plan"}, {@code "procurement-summary"}
 * @param period      the period of the fiscal year it covers: {@code "YEAR"}, {@code "H1"}/{@code "H2"},
 *                    {@code "Q1"}…{@code "Q4"}, {@code "M01"}…{@code "M12"} (M01 is October), or
 *                    {@code "ONCE"} for what has no period (a channel, a manual)
 * @param titleTh     its title in Thai
 * @param titleEn     its title in English, or {@code null}
 * @param path        its public page, starting with a slash (e.g. {@code /bantom/plan})
 * @param publishedOn when it was published; {@code null} for what is always live
 */
public record PublishedEvidence(String source, String period, String titleTh, String titleEn, String path,
                                LocalDate publishedOn) {

    public PublishedEvidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(titleTh, "Thai title");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must be a path on this site: " + path);
        }
    }

    /** Implemented by a module, as a bean, that publishes evidence by itself. */
    public interface Source {

        /** The evidence sources it answers, e.g. {@code action-plan}: it is asked only for items of these. */
        List<String> sources();

        /** The evidence of one tenant (its portal slug given) for one fiscal year. */
        List<PublishedEvidence> evidence(TenantId tenant, String slug, FiscalYear year);
    }
}
