package org.jiulongpo.plan.notifications.config;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What notifications-service can be told, under {@code notifications.}. */
@ConfigMapping(prefix = "notifications")
public interface NotificationsConfig {

    /**
     * The change feeds read, by name. Each name needs a {@code FeedMapping} bean of the same
     * name that turns the feed's items into events: a new feed is this entry plus that class.
     */
    Map<String, Feed> feeds();

    /** The public address (the gateway's) that the events' {@code data.resource} links point to. */
    String publicUrl();

    /** How often the feeds are read when they had nothing more ready (FeedPoller's schedule). */
    Duration pollInterval();

    /** Subscriptions and their deliveries. */
    Webhooks webhooks();

    interface Webhooks {
        /**
         * Development only: callbacks may be http and may point to loopback addresses. Private,
         * link-local and metadata addresses stay refused. {@code ./suite up} sets it; the
         * containers and Kubernetes never do.
         */
        @WithDefault("false")
        boolean allowInsecureCallbacks();

        /** The origin named in the validation handshake's WebHook-Request-Origin. */
        @WithDefault("jiulongpo-plan-api")
        String origin();

        /** How often the worker looks for due deliveries (DeliveryWorker's schedule). */
        @WithDefault("200ms")
        Duration interval();

        /** Deliveries one worker claims per round. */
        @WithDefault("20")
        int batchSize();

        /** How long a claimed delivery is the claimer's: a worker that dies releases it after this. */
        @WithDefault("60s")
        Duration lease();

        @WithDefault("2s")
        Duration connectTimeout();

        /** The whole request, handshake or delivery, connect to answer. */
        @WithDefault("10s")
        Duration requestTimeout();

        /** The first retry's delay; each further one doubles it, up to {@link #maxDelay()}. */
        @WithDefault("5s")
        Duration firstRetry();

        @WithDefault("6h")
        Duration maxDelay();

        /** A delivery failing for this long is given up and its subscription disabled. */
        @WithDefault("3d")
        Duration giveUpAfter();

        /** How long the previous secret still signs after a rotation. */
        @WithDefault("24h")
        Duration rotationOverlap();
    }

    interface Feed {
        /** The feed's URL, e.g. {@code http://projects-service:8082/api/v1/projects/changes}. */
        String url();

        /** Changes asked for per call. */
        @WithDefault("200")
        int pageSize();

        @WithDefault("1s")
        Duration connectTimeout();

        @WithDefault("5s")
        Duration readTimeout();
    }
}
