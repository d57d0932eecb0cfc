package org.jiulongpo.plan.gateway.upstream;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import org.jiulongpo.plan.gateway.config.GatewayConfig;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The instances of each downstream service, chosen round-robin: the one selector behind both the
 * proxy and the aggregates' REST clients. An instance whose connect failed is skipped for a short
 * back-off by both, so that with two replicas a dead one costs one failed connect, not one per
 * request; {@code RecoveryProbe} ends the back-off early when the instance says it is ready.
 */
@ApplicationScoped
public class Upstreams {

    /** A downstream service and its instances. */
    public static final class Upstream {
        private final String name;
        private final List<URI> instances;
        private final List<URI> management;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicLongArray downUntil;
        private final long backoffNanos;

        Upstream(String name, List<String> urls, List<String> managementUrls, long backoffNanos) {
            this.name = name;
            this.instances = parse(urls);
            this.management = parse(managementUrls);
            if (instances.isEmpty()) {
                throw new IllegalArgumentException("no URL configured for " + name);
            }
            if (management.size() != instances.size()) {
                throw new IllegalArgumentException(name + " has " + instances.size() + " instance URLs but "
                        + management.size() + " management URLs: give one management URL per instance, in the same order");
            }
            this.downUntil = new AtomicLongArray(instances.size());
            this.backoffNanos = backoffNanos;
        }

        private static List<URI> parse(List<String> urls) {
            List<URI> parsed = new ArrayList<>();
            for (String url : urls) {
                for (String part : url.split(",")) {
                    if (!part.isBlank()) {
                        parsed.add(URI.create(part.trim().replaceAll("/+$", "")));
                    }
                }
            }
            return parsed;
        }

        public String name() {
            return name;
        }

        public List<URI> instances() {
            return instances;
        }

        /** The base URL of {@code instance}'s management interface (health, metrics). */
        public URI managementOf(URI instance) {
            int index = instances.indexOf(instance);
            if (index < 0) {
                throw new IllegalArgumentException(instance + " is not an instance of " + name);
            }
            return management.get(index);
        }

        /** The next instance to try, skipping those backing off; null when all are backing off. */
        public URI pick(URI exclude) {
            long now = System.nanoTime();
            int n = instances.size();
            int start = Math.floorMod(next.getAndIncrement(), n);
            for (int i = 0; i < n; i++) {
                int index = (start + i) % n;
                URI candidate = instances.get(index);
                if (!candidate.equals(exclude) && downUntil.get(index) - now <= 0) {
                    return candidate;
                }
            }
            return null;
        }

        public void markDown(URI instance) {
            int index = instances.indexOf(instance);
            if (index >= 0) {
                downUntil.set(index, System.nanoTime() + backoffNanos);
            }
        }

        /** Whether {@code instance} is skipped now, after a failed connect. */
        public boolean isMarkedDown(URI instance) {
            int index = instances.indexOf(instance);
            return index >= 0 && downUntil.get(index) - System.nanoTime() > 0;
        }

        public void markUp(URI instance) {
            int index = instances.indexOf(instance);
            if (index >= 0) {
                downUntil.set(index, 0);
            }
        }
    }

    private final Upstream indicators;
    private final Upstream projects;
    private final Upstream plan;
    private final Upstream notifications;

    public Upstreams(GatewayConfig config) {
        long backoff = config.instanceBackoff().toNanos();
        this.indicators = new Upstream("indicators-service", config.services().indicators().urls(),
                config.services().indicators().managementUrls(), backoff);
        this.projects = new Upstream("projects-service", config.services().projects().urls(),
                config.services().projects().managementUrls(), backoff);
        this.plan = new Upstream("plan-service", config.services().plan().urls(),
                config.services().plan().managementUrls(), backoff);
        this.notifications = new Upstream("notifications-service", config.services().notifications().urls(),
                config.services().notifications().managementUrls(), backoff);
    }

    public Upstream indicators() {
        return indicators;
    }

    public Upstream projects() {
        return projects;
    }

    public Upstream plan() {
        return plan;
    }

    public Upstream notifications() {
        return notifications;
    }

    public List<Upstream> all() {
        return List.of(indicators, projects, plan, notifications);
    }
}
