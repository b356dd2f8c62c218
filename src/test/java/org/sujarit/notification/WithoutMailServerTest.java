package org.sujarit.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;

/** The one-command run has no SMTP server: the application starts, and digests are skipped. */
@SpringBootTest
class WithoutMailServerTest {

    @Autowired Notifications notifications;
    @Autowired ObjectProvider<JavaMailSender> senders;

    @Test
    void digestsAreSkippedWithoutAMailHost() {
        assertThat(senders.getIfAvailable()).isNull();
        assertThat(notifications.sendDigests(LocalDate.of(2026, 12, 1))).isZero();
    }
}
