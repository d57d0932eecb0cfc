package org.jiulongpo.plan.notifications.feed.client;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jiulongpo.plan.notifications.config.NotificationsConfig;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads pages of the configured feeds. One REST client per feed, built once from its URL, so a
 * feed is added by configuration alone. A read is a GET, so it is retried; a feed that keeps
 * failing opens the breaker and the poller tries again on a later tick.
 */
@ApplicationScoped
public class FeedClient {

    private final NotificationsConfig config;
    private final Map<String, FeedApi> clients = new ConcurrentHashMap<>();

    public FeedClient(NotificationsConfig config) {
        this.config = config;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public JsonNode page(String feed, String since) {
        NotificationsConfig.Feed settings = settings(feed);
        return clients.computeIfAbsent(feed, name -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(settings.url()))
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(FeedApi.class))
                .page(since, settings.pageSize());
    }

    private NotificationsConfig.Feed settings(String feed) {
        NotificationsConfig.Feed settings = config.feeds().get(feed);
        if (settings == null) {
            throw new IllegalArgumentException("no notifications.feeds." + feed + " in the configuration");
        }
        return settings;
    }
}
