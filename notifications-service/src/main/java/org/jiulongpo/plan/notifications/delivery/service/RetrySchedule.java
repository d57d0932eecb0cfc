package org.jiulongpo.plan.notifications.delivery.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential back-off (the first delay, doubled per
 * failure, capped) with jitter, each delay drawn between half its ceiling and the ceiling, so
 * that the retries of many deliveries to a receiver coming back after an outage spread out; a
 * 429 or 503 with Retry-After waits at least what it asks.
 */
public final class RetrySchedule {

    private final Duration first;
    private final Duration max;
    private final DoubleSupplier random;

    /** @param random uniform in [0, 1) */
    public RetrySchedule(Duration first, Duration max, DoubleSupplier random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    /**
     * @param failures   failed attempts so far, this one included (1 after the first failure)
     * @param retryAfter what the answer asked for, or null
     */
    public Duration delay(int failures, Duration retryAfter) {
        long ceiling = first.toMillis();
        for (int i = 1; i < failures && ceiling < max.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, max.toMillis());
        // never below half the ceiling, so that the delay still grows with every failure
        Duration backOff = Duration.ofMillis(ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2)));
        return retryAfter != null && retryAfter.compareTo(backOff) > 0 ? retryAfter : backOff;
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    public static Duration retryAfter(String header, OffsetDateTime now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.matches("[0-9]{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
