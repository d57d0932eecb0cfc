package org.jiulongpo.plan.notifications.delivery.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Duration FIRST = Duration.ofSeconds(5);
    private static final Duration MAX = Duration.ofHours(6);

    @Test
    void theDelayDoublesWithEachFailureUpToTheCap() {
        RetrySchedule highest = new RetrySchedule(FIRST, MAX, () -> 0.999999);
        assertThat(highest.delay(1, null)).isBetween(Duration.ofMillis(4999), FIRST);
        assertThat(highest.delay(2, null)).isBetween(Duration.ofMillis(9999), Duration.ofSeconds(10));
        assertThat(highest.delay(5, null)).isBetween(Duration.ofMillis(79999), Duration.ofSeconds(80));
        assertThat(highest.delay(40, null)).isBetween(MAX.minusSeconds(1), MAX);
    }

    @Test
    void jitterDrawsBetweenHalfTheCeilingAndTheCeiling() {
        assertThat(new RetrySchedule(FIRST, MAX, () -> 0.0).delay(3, null)).isEqualTo(Duration.ofSeconds(10));
        assertThat(new RetrySchedule(FIRST, MAX, () -> 0.5).delay(3, null)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void retryAfterWinsWhenItAsksForLonger() {
        RetrySchedule schedule = new RetrySchedule(FIRST, MAX, () -> 0.0);
        assertThat(schedule.delay(1, Duration.ofSeconds(120))).isEqualTo(Duration.ofSeconds(120));
        assertThat(schedule.delay(10, Duration.ofSeconds(1))).isEqualTo(schedule.delay(10, null));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        OffsetDateTime now = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        assertThat(RetrySchedule.retryAfter("120", now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetrySchedule.retryAfter("Sun, 01 Mar 2026 10:05:00 GMT", now)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RetrySchedule.retryAfter("Sun, 01 Mar 2026 09:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(RetrySchedule.retryAfter("soon", now)).isNull();
        assertThat(RetrySchedule.retryAfter(null, now)).isNull();
    }
}
