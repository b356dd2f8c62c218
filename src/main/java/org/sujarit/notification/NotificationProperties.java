package org.sujarit.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily digests (environment: {@code SUJARIT_NOTIFICATIONS_*}). When they run is
 * {@code sujarit.notifications.cron}, read by the schedule itself.
 *
 * @param enabled {@code false} sends nothing
 * @param from    the sender of the digests
 */
@ConfigurationProperties("sujarit.notifications")
record NotificationProperties(@DefaultValue("true") boolean enabled,
                              @DefaultValue("Sujarit <no-reply@localhost>") String from) {
}
