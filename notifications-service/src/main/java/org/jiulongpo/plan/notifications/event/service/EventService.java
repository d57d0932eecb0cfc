package org.jiulongpo.plan.notifications.event.service;

import java.util.List;

import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.notifications.event.Event;
import org.jiulongpo.plan.notifications.event.EventFilter;
import org.jiulongpo.plan.notifications.event.mapping.EventMapper;
import org.jiulongpo.plan.notifications.event.mapping.EventPage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads of the event log: pages for the collection, batches for the live stream. */
@ApplicationScoped
public class EventService {

    private final EventLog log;
    private final EventMapper mapper;

    public EventService(EventLog log, EventMapper mapper) {
        this.log = log;
        this.mapper = mapper;
    }

    @Transactional
    public long lastSeq() {
        return log.lastSeq();
    }

    @Transactional
    public EventPage page(long after, EventFilter filter, int limit) {
        Page<Event> page = Page.of(log.after(after, filter, limit + 1), limit, e -> Long.toString(e.seq));
        return new EventPage(page.items().stream().map(mapper::toView).toList(), page.nextCursor());
    }

    /** Up to {@code limit} entries after {@code after}; the stream sends each with its seq as cursor. */
    @Transactional
    public List<Event> batch(long after, EventFilter filter, int limit) {
        return log.after(after, filter, limit);
    }
}
