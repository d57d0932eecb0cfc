package org.jiulongpo.plan.notifications.event.service;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jiulongpo.plan.notifications.event.Event;
import org.jiulongpo.plan.notifications.event.EventFilter;
import org.jiulongpo.plan.notifications.event.LoggedEvent;

import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The event log: appended by the feed readers, read by the events endpoints. Appends hold an
 * advisory transaction lock until commit, so sequence numbers become visible in order and a reader
 * that resumes after seq n never misses an event committed later with a smaller seq.
 */
@ApplicationScoped
public class EventLog {

    /** Arbitrary constant naming the log's advisory lock. */
    static final long APPEND_LOCK = 0x4a4c50_6e74L;

    private final EntityManager em;
    private final EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    public EventLog(EntityManager em) {
        this.em = em;
    }

    /**
     * Appends in the caller's transaction (the one that moves the feed's cursor). An event whose
     * id is in the log already is skipped, so a page read twice is logged once.
     *
     * @return how many events were new
     */
    @Transactional(TxType.MANDATORY)
    public int append(List<LoggedEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, APPEND_LOCK).getSingleResult();
        int appended = 0;
        for (LoggedEvent logged : events) {
            appended += em.createNativeQuery("""
                    insert into event (id, feed, type, subject, sector, project, indicator, occurred_at, body)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict (id) do nothing""")
                    .setParameter(1, logged.event().getId())
                    .setParameter(2, logged.feed())
                    .setParameter(3, logged.event().getType())
                    .setParameter(4, logged.event().getSubject())
                    .setParameter(5, logged.sector())
                    .setParameter(6, logged.project())
                    .setParameter(7, logged.indicator())
                    .setParameter(8, logged.event().getTime())
                    .setParameter(9, new String(format.serialize(logged.event()), StandardCharsets.UTF_8))
                    .executeUpdate();
        }
        return appended;
    }

    /** The newest sequence number, 0 for an empty log: it versions every page of the log. */
    public long lastSeq() {
        Long max = em.createQuery("select max(e.seq) from Event e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Up to {@code limit} events after {@code seq} that pass the filter, in log order. */
    public List<Event> after(long seq, EventFilter filter, int limit) {
        StringBuilder query = new StringBuilder("seq > :seq");
        Parameters parameters = Parameters.with("seq", seq);
        if (filter.type() != null) {
            query.append(" and type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.sector() != null) {
            query.append(" and sector = :sector");
            parameters.and("sector", filter.sector());
        }
        if (filter.project() != null) {
            query.append(" and project = :project");
            parameters.and("project", filter.project());
        }
        if (filter.indicator() != null) {
            query.append(" and indicator = :indicator");
            parameters.and("indicator", filter.indicator());
        }
        return Event.<Event>find(query.append(" order by seq").toString(), parameters).range(0, limit - 1).list();
    }
}
