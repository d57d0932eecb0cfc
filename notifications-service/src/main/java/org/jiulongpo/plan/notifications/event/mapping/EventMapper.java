package org.jiulongpo.plan.notifications.event.mapping;

import org.jiulongpo.plan.common.paging.Cursors;
import org.jiulongpo.plan.notifications.event.Event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;

/** The log's rows as served: each the CloudEvent in its JSON format, as it was stored. */
@ApplicationScoped
public class EventMapper {

    private final ObjectMapper mapper;

    public EventMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public JsonNode toView(Event event) {
        try {
            return mapper.readTree(event.body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event.body holds the JSON the CloudEvents SDK wrote", e);
        }
    }

    /** The public cursor of a log entry: the position right after it. */
    public static String cursor(long seq) {
        return Cursors.encode(Long.toString(seq));
    }

    /** The position a cursor names, or 400 naming {@code field}. */
    public static long seq(String cursor, String field) {
        return Cursors.longPart(Cursors.decode(cursor, 1, field), 0, field);
    }
}
