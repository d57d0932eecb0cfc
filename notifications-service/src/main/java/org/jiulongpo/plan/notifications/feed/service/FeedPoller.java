package org.jiulongpo.plan.notifications.feed.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;
import org.jiulongpo.plan.notifications.config.NotificationsConfig;
import org.jiulongpo.plan.notifications.feed.FeedMapping;
import org.jiulongpo.plan.notifications.feed.client.FeedClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Reads every configured feed on each tick until it has no more changes ready. A feed that fails
 * is left for the next tick; the others go on.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final FeedClient client;
    private final FeedIngest ingest;
    private final List<FeedMapping> mappings;
    private final MeterRegistry registry;
    private final Map<String, Instant> caughtUpAt = new ConcurrentHashMap<>();
    private final Map<String, Counter> eventsIn = new ConcurrentHashMap<>();

    public FeedPoller(FeedClient client, FeedIngest ingest, Instance<FeedMapping> mappings, NotificationsConfig config,
            MeterRegistry registry) {
        this.client = client;
        this.ingest = ingest;
        this.mappings = mappings.stream().toList();
        this.registry = registry;
        for (String feed : config.feeds().keySet()) {
            if (this.mappings.stream().noneMatch(m -> m.feed().equals(feed))) {
                throw new IllegalStateException("notifications.feeds." + feed + " has no FeedMapping bean");
            }
        }
        Instant start = Instant.now();
        for (FeedMapping mapping : this.mappings) {
            caughtUpAt.put(mapping.feed(), start);
            Gauge.builder("notifications.feed.lag", caughtUpAt,
                    times -> Duration.between(times.get(mapping.feed()), Instant.now()).toMillis() / 1000.0)
                    .description("Seconds since the feed was last read to its end")
                    .baseUnit("seconds").tag("feed", mapping.feed()).register(registry);
        }
    }

    @Scheduled(every = "${notifications.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        for (FeedMapping mapping : mappings) {
            try {
                poll(mapping);
            } catch (RuntimeException e) {
                LOG.warnf("cannot read the %s feed now (%s); trying again on the next tick", mapping.feed(), e.toString());
            }
        }
    }

    /** Reads one feed until it reports no more changes ready; answers how many events were new. */
    public int poll(FeedMapping mapping) {
        int appended = 0;
        while (true) {
            String since = ingest.cursor(mapping.feed());
            JsonNode page = client.page(mapping.feed(), since);
            int added = ingest.apply(mapping, since, page);
            appended += added;
            eventsIn.computeIfAbsent(mapping.feed(), feed -> Counter.builder("notifications.events.in")
                    .description("Events appended to the log").tag("feed", feed).register(registry)).increment(added);
            if (!page.path("hasMore").asBoolean(false)) {
                caughtUpAt.put(mapping.feed(), Instant.now());
                return appended;
            }
        }
    }
}
