package org.sujarit.complaint.web;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.sujarit.support.JsonLogs;
import org.sujarit.support.LogOutput;

/**
 * {@link NoTracesTest} again with JSON logs: a citizen's address and browser stay out of them too.
 */
@JsonLogs
class NoTracesInJsonLogsTest extends NoTracesTest {

    @Test
    void theLogsAreJson(CapturedOutput output) {
        LoggerFactory.getLogger(NoTracesInJsonLogsTest.class).info("JSON logs are on");
        LogOutput.assertAllJson(output);
    }
}
