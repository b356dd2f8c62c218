package org.sujarit.complaint;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The deadline engine's clock: every quarter of an hour (by default;
 * {@code sujarit.complaints.deadline-check} is a cron expression, {@code -} switches it off) it
 * notices the deadlines that lapsed, so that a case is flagged overdue, and the citizen told,
 * within minutes of its 15 days running out. One instance of several runs each firing; noticing is
 * idempotent anyway, so a check run by hand may overlap it.
 */
@Component
class DeadlineCheck {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCheck.class);

    private final LapsedDeadlines lapses;
    private final Clock clock;

    DeadlineCheck(LapsedDeadlines lapses, Clock clock) {
        this.lapses = lapses;
        this.clock = clock;
    }

    @Scheduled(cron = "${sujarit.complaints.deadline-check:0 */15 * * * *}", zone = "Asia/Bangkok")
    @SchedulerLock(name = "complaint-deadline-check", lockAtMostFor = "PT10M")
    void onSchedule() {
        check();
    }

    void check() {
        try {
            int noticed = lapses.notice(clock.instant());
            if (noticed > 0) {
                log.info("Complaint deadlines: {} lapsed deadlines noticed", noticed);
            }
        } catch (RuntimeException e) {
            log.error("Complaint deadlines could not be checked; the next run tries again", e);
        }
    }
}
