package org.sujarit.complaint.vault;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.sujarit.support.JsonLogs;
import org.sujarit.support.LogOutput;

/**
 * Every test of {@link IdentityVaultTest} again with JSON logs, which carry more than the text
 * lines (the logger's context, exception details as fields): a reporter's identity, a photo's GPS
 * and a report's text stay out of them as well.
 */
@JsonLogs
class IdentityVaultInJsonLogsTest extends IdentityVaultTest {

    @Test
    void theLogsAreJson(CapturedOutput output) {
        LoggerFactory.getLogger(IdentityVaultInJsonLogsTest.class).info("JSON logs are on");
        LogOutput.assertAllJson(output);
    }
}
