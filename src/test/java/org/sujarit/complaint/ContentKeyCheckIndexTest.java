package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.support.WebTest;

/**
 * The start-up check of the content key finds a sealed report through the partial index, never by
 * reading every complaint: its predicate matches the index's, so PostgreSQL can use it (a
 * predicate written differently — a bound parameter, another prefix — could not).
 */
@WebTest
class ContentKeyCheckIndexTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void theCheckReadsTheSealedReportsIndexNotTheWholeTable() {
        String plan = transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("explain select tenant_id, id, subject from complaint_case where "
                    + ContentKeyCheck.SEALED_PREDICATE + " limit 1").query(String.class).list());
        });
        assertThat(plan).contains("complaint_case_sealed").doesNotContain("Seq Scan");
    }
}
