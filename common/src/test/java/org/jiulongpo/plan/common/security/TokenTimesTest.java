package org.jiulongpo.plan.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TokenTimesTest {

    static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

    final TokenTimes times = new TokenTimes(new TokenTimes.Config() {
        @Override
        public Duration clockSkew() {
            return Duration.ofSeconds(60);
        }

        @Override
        public Duration maxLifetime() {
            return Duration.ofHours(8);
        }
    }, Clock.fixed(NOW, ZoneOffset.UTC));

    long now = NOW.getEpochSecond();

    @Test
    void anIssuedAtWithinTheClockSkewPassesAndOneBeyondItIsRefused() {
        assertThat(times.refusal(now, now + 3600)).isNull();
        assertThat(times.refusal(now + 60, now + 3600)).isNull();
        assertThat(times.refusal(now + 61, now + 3600)).isEqualTo("The bearer token is issued in the future");
        assertThat(times.refusal(now + 86_400 * 365, now + 86_400 * 365 + 60)).isNotNull();
    }

    @Test
    void aLifetimeUpToTheMaximumPassesAndALongerOneIsRefused() {
        assertThat(times.refusal(now - 60, now - 60 + 8 * 3600)).isNull();
        assertThat(times.refusal(now - 60, now - 60 + 8 * 3600 + 1))
                .isEqualTo("The bearer token's lifetime is over 480 minutes");
    }
}
