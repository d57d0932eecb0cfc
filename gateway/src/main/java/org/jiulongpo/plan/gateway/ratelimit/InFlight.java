package org.jiulongpo.plan.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;

import org.jiulongpo.plan.gateway.config.GatewayConfig;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The requests each client has in flight, capped: the rate limit counts requests over time,
 * while a client that opens many slow requests at once ties up the gateway and the pools to the
 * services without ever passing it. A client with none is forgotten.
 */
@ApplicationScoped
public class InFlight {

    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
    private final int max;

    public InFlight(GatewayConfig config) {
        this.max = config.rateLimit().maxInFlight();
    }

    public int max() {
        return max;
    }

    /** True when the client may start one more request; it then ends with {@link #leave}. */
    public boolean enter(String client) {
        boolean[] entered = new boolean[1];
        counts.compute(client, (key, count) -> {
            int now = count == null ? 0 : count;
            entered[0] = now < max;
            return entered[0] ? now + 1 : count;
        });
        return entered[0];
    }

    public void leave(String client) {
        counts.computeIfPresent(client, (key, count) -> count > 1 ? count - 1 : null);
    }
}
