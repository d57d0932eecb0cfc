package org.jiulongpo.plan.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;

import org.jiulongpo.plan.gateway.config.GatewayConfig;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A token bucket per client. State is per gateway instance (documented in the contract):
 * rate limiting protects this instance, while every guarantee of the API itself lives in the
 * services' databases.
 */
@ApplicationScoped
public class RateLimiter {

    /** The verdict for one request, with what the RateLimit headers say. */
    public record Verdict(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastNanos = now;
        }
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final int capacity;
    private final double refillPerSecond;
    private final Counter limited;

    public RateLimiter(GatewayConfig config, MeterRegistry metrics) {
        this.enabled = config.rateLimit().enabled();
        this.capacity = config.rateLimit().capacity();
        this.refillPerSecond = config.rateLimit().refillPerSecond();
        this.limited = metrics.counter("plan_gateway_rate_limited_total");
    }

    public boolean enabled() {
        return enabled;
    }

    public Verdict take(String client) {
        long now = System.nanoTime();
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            double elapsed = (now - bucket.lastNanos) / 1e9;
            bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * refillPerSecond);
            bucket.lastNanos = now;
            long reset = (long) Math.ceil((capacity - bucket.tokens) / refillPerSecond);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Verdict(true, capacity, (int) Math.floor(bucket.tokens), reset, 0);
            }
            limited.increment();
            long retryAfter = (long) Math.ceil((1 - bucket.tokens) / refillPerSecond);
            return new Verdict(false, capacity, 0, reset, Math.max(1, retryAfter));
        }
    }

    /** Forgets clients whose bucket is full again, so that memory follows active clients only. */
    @Scheduled(every = "60s")
    void evictIdle() {
        long now = System.nanoTime();
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().tokens + (now - e.getValue().lastNanos) / 1e9 * refillPerSecond >= capacity;
            }
        });
    }
}
