package org.sujarit.infrastructure.scheduling;

import java.net.InetAddress;
import java.net.UnknownHostException;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.system.ApplicationPid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs ({@code @Scheduled}) run on every instance, and each also carries ShedLock's
 * {@code @SchedulerLock}: an instance runs a job only while it holds the job's row in the
 * {@code shedlock} table (V44), so that when several instances share the database and fire the same
 * schedule, one of them does the work and the others skip that run. Times are the database's, so the
 * instances' clocks need not agree. A job keeps its row at least {@code lockAtLeastFor} (a few
 * seconds unless the job says otherwise): an instance whose clock is a little behind fires after the
 * first one has finished, and must still find the row taken. An instance killed while it runs a job
 * holds the row until {@code lockAtMostFor}, after which another instance may run it again.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", defaultLockAtLeastFor = "PT10S")
class SchedulingConfiguration {

    @Bean
    LockProvider scheduledJobLocks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(lockedBy())
                .build());
    }

    /** Which instance holds a job, for an operator reading the table: the host and the process. */
    private static String lockedBy() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + new ApplicationPid();
    }
}
