package org.jiulongpo.plan.notifications.feed.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jiulongpo.plan.notifications.config.NotificationsConfig;
import org.jiulongpo.plan.notifications.event.LoggedEvent;
import org.jiulongpo.plan.notifications.event.service.EventLog;
import org.jiulongpo.plan.notifications.feed.FeedChange;
import org.jiulongpo.plan.notifications.feed.FeedCursor;
import org.jiulongpo.plan.notifications.feed.FeedMapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Applies one page of a feed: its events are appended and the feed's cursor moves in one
 * transaction, so after a crash the page is either wholly logged with the cursor past it, or not
 * at all and read again. The cursor row is locked, and a page read from a cursor that has moved
 * since (another replica applied it first) is dropped.
 */
@ApplicationScoped
public class FeedIngest {

    private final EntityManager em;
    private final EventLog log;
    private final ObjectMapper mapper;
    private final NotificationsConfig config;

    public FeedIngest(EntityManager em, EventLog log, ObjectMapper mapper, NotificationsConfig config) {
        this.em = em;
        this.log = log;
        this.mapper = mapper;
        this.config = config;
    }

    /** The cursor to read the feed from next; null: from the beginning. */
    @Transactional
    public String cursor(String feed) {
        FeedCursor cursor = FeedCursor.findById(feed);
        return cursor == null ? null : cursor.cursor;
    }

    /**
     * @param readFrom the cursor the page was asked with
     * @return how many events were appended
     */
    @Transactional
    public int apply(FeedMapping mapping, String readFrom, JsonNode page) {
        String feed = mapping.feed();
        em.createNativeQuery("insert into feed_cursor (feed) values (?1) on conflict do nothing")
                .setParameter(1, feed).executeUpdate();
        FeedCursor cursor = em.find(FeedCursor.class, feed, LockModeType.PESSIMISTIC_WRITE);
        if (!Objects.equals(cursor.cursor, readFrom)) {
            return 0;
        }
        List<LoggedEvent> events = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            String subject = mapping.subject(item);
            FeedChange change = mapping.map(item, previousState(feed, subject));
            events.add(new LoggedEvent(feed, cloudEvent(mapping, change), change.sector(), change.project(),
                    change.indicator()));
            keepState(feed, change);
            cursor.lastChangeAt = change.time();
        }
        int appended = log.append(events);
        String next = page.path("nextCursor").asText(null);
        if (next != null) {
            cursor.cursor = next;
        }
        cursor.readAt = OffsetDateTime.now();
        return appended;
    }

    private CloudEvent cloudEvent(FeedMapping mapping, FeedChange change) {
        ObjectNode data = mapper.createObjectNode();
        data.put("resource", config.publicUrl() + change.resource());
        if (change.etag() != null) {
            data.put("etag", change.etag());
        }
        if (change.changed() != null) {
            data.set("changed", change.changed());
        }
        return CloudEventBuilder.v1()
                .withId(change.id())
                .withSource(URI.create(mapping.source()))
                .withType(change.type())
                .withSubject(change.subject())
                .withTime(change.time())
                .withDataContentType("application/json")
                .withData(bytes(data))
                .build();
    }

    private JsonNode previousState(String feed, String subject) {
        List<?> rows = em.createNativeQuery("select cast(state as text) from subject_state where feed = ?1 and subject = ?2")
                .setParameter(1, feed).setParameter(2, subject).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        try {
            return mapper.readTree((String) rows.get(0));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("subject_state holds JSON written by this class", e);
        }
    }

    /** Keeps the subject's state unless a newer version is kept already (a feed read out of order). */
    private void keepState(String feed, FeedChange change) {
        em.createNativeQuery("""
                insert into subject_state (feed, subject, version, state) values (?1, ?2, ?3, cast(?4 as jsonb))
                on conflict (feed, subject) do update set version = excluded.version, state = excluded.state
                where subject_state.version < excluded.version""")
                .setParameter(1, feed).setParameter(2, change.subject()).setParameter(3, change.version())
                .setParameter(4, new String(bytes(change.state()), StandardCharsets.UTF_8))
                .executeUpdate();
    }

    private byte[] bytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
