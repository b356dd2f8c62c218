package org.sujarit.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.disclosure.PublishedEvidence;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;

/**
 * The code of ethics in force at the end of the year (or today, while it runs), published on the portal, as the
 * evidence of OIT O16 ({@code code-of-ethics}).
 */
@Component
class EthicsEvidence implements PublishedEvidence.Source {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final String SOURCE = "code-of-ethics";

    private final EthicsCodes codes;
    private final Clock clock;

    EthicsEvidence(EthicsCodes codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public List<String> sources() {
        return List.of(SOURCE);
    }

    @Override
    public List<PublishedEvidence> evidence(TenantId tenant, String slug, FiscalYear year) {
        LocalDate today = LocalDate.now(clock);
        return codes.inForceOn(tenant, year.lastDay().isBefore(today) ? year.lastDay() : today)
                .map(code -> List.of(new PublishedEvidence(SOURCE, "ONCE", code.title(), "Code of ethics",
                        "/" + slug + "/ethics", code.publishedAt().atZone(BANGKOK).toLocalDate())))
                .orElse(List.of());
    }
}
