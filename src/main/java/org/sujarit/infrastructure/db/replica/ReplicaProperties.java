package org.sujarit.infrastructure.db.replica;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * The read replica (environment: {@code SUJARIT_REPLICA_URL}, {@code SUJARIT_REPLICA_USERNAME},
 * {@code SUJARIT_REPLICA_PASSWORD}, {@code SUJARIT_REPLICA_MAX_LAG}, {@code SUJARIT_REPLICA_CHECK_INTERVAL}).
 *
 * @param url           JDBC URL of a streaming standby of the primary; unset, everything reads the primary
 * @param username      the role to read as; unset, the primary's ({@code spring.datasource.username}), since a
 *                      physical standby has the primary's roles
 * @param password      its password; unset, the primary's
 * @param maxLag        a standby further behind the primary than this is not read
 * @param checkInterval how often the standby's state and lag are looked at; reads come back to it within this
 *                      time of its return. The lag is known to within this time, so it must be shorter
 */
record ReplicaProperties(String url, String username, String password,
                         @DefaultValue("PT30S") Duration maxLag, @DefaultValue("PT5S") Duration checkInterval) {

    static final String PREFIX = "sujarit.replica";

    ReplicaProperties {
        if (checkInterval.isNegative() || checkInterval.isZero() || checkInterval.compareTo(maxLag) >= 0) {
            throw new IllegalArgumentException("sujarit.replica.check-interval (" + checkInterval
                    + ") must be positive and shorter than sujarit.replica.max-lag (" + maxLag
                    + "): the lag is measured once per check");
        }
    }

    static ReplicaProperties of(Environment environment) {
        ReplicaProperties bound = Binder.get(environment).bindOrCreate(PREFIX, ReplicaProperties.class);
        String username = bound.username() != null ? bound.username()
                : environment.getProperty("spring.datasource.username", "postgres");
        String password = bound.password() != null ? bound.password()
                : environment.getProperty("spring.datasource.password");
        return new ReplicaProperties(bound.url(), username, password, bound.maxLag(), bound.checkInterval());
    }

    /** The URL without its parameters (which may hold a password), for log lines. */
    String where() {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }
}
