package org.sujarit.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The digests are the only scheduled work in the application; scheduling is switched on here. */
@Configuration
@EnableScheduling
class NotificationConfiguration {
}
