package org.sujarit.infrastructure.db.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReplayLagTest {

    private static final Instant T = Instant.parse("2026-12-08T03:00:00Z");

    @Test
    void unknownUntilTheStandbyHasReplayedASampleOfThePrimary() {
        ReplayLag lag = new ReplayLag(Duration.ofSeconds(30));
        lag.primaryAt(T, 1000);
        assertThat(lag.behind(T.plusMillis(10), 900)).isEmpty();
        lag.primaryAt(T.plusSeconds(5), 1100);
        assertThat(lag.behind(T.plusSeconds(5), 1000)).hasValue(Duration.ofSeconds(0));
    }

    @Test
    void aQuietPrimaryIsNoLag() {
        ReplayLag lag = new ReplayLag(Duration.ofSeconds(30));
        for (int second = 0; second <= 300; second += 5) {
            lag.primaryAt(T.plusSeconds(second), 5000);
            assertThat(lag.behind(T.plusSeconds(second), 5000)).hasValue(Duration.ZERO);
        }
    }

    @Test
    void aPausedReplayIsBehindSinceTheFirstSampleItLacks() {
        ReplayLag lag = new ReplayLag(Duration.ofSeconds(30));
        lag.primaryAt(T, 1000);
        assertThat(lag.behind(T, 1000)).hasValue(Duration.ZERO);
        lag.primaryAt(T.plusSeconds(5), 1200);
        lag.primaryAt(T.plusSeconds(10), 1400);
        assertThat(lag.behind(T.plusSeconds(10), 1000)).hasValue(Duration.ofSeconds(5));
        lag.primaryAt(T.plusSeconds(40), 1500);
        assertThat(lag.behind(T.plusSeconds(40), 1000)).hasValue(Duration.ofSeconds(35));
        assertThat(lag.behind(T.plusSeconds(40), 1450)).as("replay resumed, not yet at the last sample").hasValue(Duration.ZERO);
        lag.primaryAt(T.plusSeconds(45), 1600);
        assertThat(lag.behind(T.plusSeconds(45), 1450)).hasValue(Duration.ofSeconds(5));
        assertThat(lag.behind(T.plusSeconds(45), 1600)).hasValue(Duration.ZERO);
    }

    @Test
    void aStandbyBackAfterALongAbsenceWithABacklogIsSeenBehind() {
        ReplayLag lag = new ReplayLag(Duration.ofSeconds(30));
        lag.primaryAt(T, 1000);
        assertThat(lag.behind(T, 1000)).hasValue(Duration.ZERO);
        // away for an hour: the primary is sampled all the while, the standby not
        for (int second = 5; second <= 3600; second += 5) {
            lag.primaryAt(T.plusSeconds(second), 1000 + second);
        }
        assertThat(lag.behind(T.plusSeconds(3600), 1001).orElseThrow())
                .as("at least the samples kept: twice the bound").isGreaterThan(Duration.ofSeconds(30));
    }
}
