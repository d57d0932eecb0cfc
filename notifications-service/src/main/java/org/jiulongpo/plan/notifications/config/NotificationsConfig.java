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
