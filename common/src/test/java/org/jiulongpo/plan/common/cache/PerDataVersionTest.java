package org.jiulongpo.plan.common.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PerDataVersionTest {

    @Test
    void loadsOncePerVersionAndAgainWhenTheVersionMoves() {
        PerDataVersion<String> cache = new PerDataVersion<>();
        AtomicInteger loads = new AtomicInteger();
        assertThat(cache.get(7, () -> "v7-" + loads.incrementAndGet())).isEqualTo("v7-1");
        assertThat(cache.get(7, () -> "v7-" + loads.incrementAndGet())).isEqualTo("v7-1");
        assertThat(cache.get(8, () -> "v8-" + loads.incrementAndGet())).isEqualTo("v8-2");
        // a version going back (another instance's older read) is a change too, never a hit
        assertThat(cache.get(7, () -> "v7-" + loads.incrementAndGet())).isEqualTo("v7-3");
        assertThat(loads).hasValue(3);
    }
}
