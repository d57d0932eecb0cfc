package org.jiulongpo.plan.projects.changelog.service;

import org.jiulongpo.plan.projects.changelog.ChangeEvent;
import org.jiulongpo.plan.projects.changelog.ChangeKind;
import org.jiulongpo.plan.projects.changelog.ProjectSnapshot;
import org.jiulongpo.plan.projects.changelog.mapping.SnapshotMapper;
import org.jiulongpo.plan.projects.project.Project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Appends to the change feed inside the writer's transaction. An advisory transaction lock
 * makes writers append one at a time, holding the lock until commit, so that feed sequence
 * numbers become visible in order: no reader can see change n+1 while change n is still in flight.
 * The payload's format is written and read here only.
 */
@ApplicationScoped
public class ChangeLog {

    /** Arbitrary constant naming the feed's advisory lock. */
    static final long FEED_LOCK = 0x4a4c50_6665L;

    private final EntityManager em;
    private final ObjectMapper mapper;

    public ChangeLog(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Project project, ChangeKind kind, Long statusUpdateId) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, FEED_LOCK).getSingleResult();
        ChangeEvent event = new ChangeEvent();
        event.projectCode = project.code;
        event.kind = kind;
        event.projectVersion = project.version;
        event.statusUpdateId = statusUpdateId;
        event.occurredAt = project.updatedAt;
        try {
            event.payload = mapper.writeValueAsString(SnapshotMapper.toSnapshot(project));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.persist(event);
    }

    /** The snapshot {@link #append} stored with an event. */
    public ProjectSnapshot snapshot(ChangeEvent event) {
        try {
            return mapper.readValue(event.payload, ProjectSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change_event.payload is written by ChangeLog only", e);
        }
    }
}
