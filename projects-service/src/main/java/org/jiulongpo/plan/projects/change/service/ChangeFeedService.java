package org.jiulongpo.plan.projects.change.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiulongpo.plan.projects.change.ChangeEvent;
import org.jiulongpo.plan.projects.change.rest.ChangeView;
import org.jiulongpo.plan.projects.status.StatusUpdate;
import org.jiulongpo.plan.projects.status.service.StatusUpdateService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Reads the change feed: two statements per page, whatever its size. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeFeedService {

    private final EntityManager em;
    private final ObjectMapper mapper;

    public ChangeFeedService(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    public long lastSeq() {
        Long max = em.createQuery("select max(e.seq) from ChangeEvent e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Changes after {@code seq}, in order; at most {@code limit}. */
    public List<ChangeEvent> after(long seq, int limit) {
        return ChangeEvent.<ChangeEvent>find("seq > ?1 order by seq", seq).range(0, limit - 1).list();
    }

    public List<ChangeView> views(List<ChangeEvent> events) {
        List<Long> updateIds = events.stream().map(e -> e.statusUpdateId).filter(id -> id != null).toList();
        Map<Long, StatusUpdate> updates = new HashMap<>();
        if (!updateIds.isEmpty()) {
            StatusUpdate.<StatusUpdate>list("id in ?1", updateIds).forEach(u -> updates.put(u.id, u));
        }
        return events.stream().map(e -> new ChangeView(e.kind, e.projectCode,
                e.projectVersion, e.occurredAt, snapshot(e.payload),
                e.statusUpdateId == null ? null : StatusUpdateService.toView(updates.get(e.statusUpdateId))))
                .toList();
    }

    private ChangeLog.Snapshot snapshot(String json) {
        try {
            return mapper.readValue(json, ChangeLog.Snapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change_event.payload is written by ChangeLog only", e);
        }
    }
}
