package org.jiulongpo.plan.notifications.feed;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the items of one change feed into events. One CDI bean per feed, its {@link #feed()}
 * matching a {@code notifications.feeds.<name>} entry; the reader does the paging, the cursor
 * and the log, so a feed that follows the suite's feed convention ({@code items},
 * {@code nextCursor}, {@code hasMore}, {@code since}) needs nothing else.
 */
public interface FeedMapping {

    /** The name of the feed's configuration entry. */
    String feed();

    /** The CloudEvents {@code source} of the feed's events: the feed's path in the public API. */
    String source();

    /** The subject an item is about, to look up the state kept from its previous change. */
    String subject(JsonNode item);

    /**
     * The change an item reports.
     *
     * @param previous the state kept from the subject's previous change, null if none was seen
     */
    FeedChange map(JsonNode item, JsonNode previous);
}
