package org.sujarit.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.shared.FiscalYear;
import org.sujarit.tenant.Organisations;

/**
 * Ban Tom's sample summaries are in the current fiscal year, each month once it has begun: October
 * published with its purchases, all marked as samples; November published as "no procurement".
 */
@SpringBootTest
class ProcurementDemoTest {

    @Autowired ProcurementSummaries summaries;
    @Autowired Organisations organisations;
    @Autowired Clock clock;

    @Test
    void banTomHasSampleMonthsOfTheCurrentFiscalYear() {
        LocalDate today = LocalDate.now(clock);
        var banTom = organisations.findBySlug("bantom").orElseThrow();
        List<MonthSummary> months = summaries.year(banTom.id(), FiscalYear.containing(today).buddhistYear());
        MonthSummary october = months.get(0);
        assertThat(october.state()).isEqualTo(MonthState.PUBLISHED);
        assertThat(october.purchases()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(p -> assertThat(p.details().work()).endsWith("(ตัวอย่าง)"));
        if (months.get(1).month().begunOn(today)) {
            assertThat(months.get(1).state()).isEqualTo(MonthState.NO_PROCUREMENT);
        }
        assertThat(months).filteredOn(m -> !m.month().begunOn(today)).allMatch(m -> m.state() == MonthState.EMPTY);
    }
}
