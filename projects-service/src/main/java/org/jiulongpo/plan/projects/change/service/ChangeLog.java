package org.jiulongpo.plan.projects.change.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.jiulongpo.plan.projects.change.ChangeEvent;
import org.jiulongpo.plan.projects.change.ChangeKind;
import org.jiulongpo.plan.projects.project.Project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Appends to the change feed inside the writer's transaction. An advisory transaction lock
 * makes writers append one at a time, holding the lock until commit, so that feed sequence
 * numbers become visible in order: no reader can see change n+1 while change n is still in flight.
 */
@ApplicationScoped
public class ChangeLog {

    /** Arbitrary constant naming the feed's advisory lock. */
    static final long FEED_LOCK = 0x4a4c50_6665L;

    /** The project as it stood after a change; for a removal, a tombstone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ProjectSnapshot",
            description = "Tracking and definition fields of a project at one version; removals: code, version, deleted, deletedAt")
    public record Snapshot(String code, String nameZh, String nameEn, String sector, String subcategory,
            String planStage, String locationZh, String locationEn, BigDecimal latitude, BigDecimal longitude,
            String status, Integer progressPercent, OffsetDateTime lastReportedAt, OffsetDateTime updatedAt,
            long version, Boolean deleted, OffsetDateTime deletedAt) {

        static Snapshot of(Project p) {
            if (p.deletedAt != null) {
                return new Snapshot(p.code, null, null, null, null, null, null, null, null, null, null, null, null,
                        p.updatedAt, p.version, true, p.deletedAt);
            }
            return new Snapshot(p.code, p.nameZh, p.nameEn, p.sector.code(), p.subcategoryCode, p.planStage.code(),
                    p.locationZh, p.locationEn, p.latitude, p.longitude, p.status.code(), p.progressPercent, p.lastReportedAt, p.updatedAt,
                    p.version, null, null);
        }
    }

    private final EntityManager em;
    private final ObjectMapper mapper;

    public ChangeLog(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeEvent append(Project project, ChangeKind kind, Long statusUpdateId) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, FEED_LOCK).getSingleResult();
        ChangeEvent event = new ChangeEvent();
        event.projectCode = project.code;
        event.kind = kind;
        event.projectVersion = project.version;
        event.statusUpdateId = statusUpdateId;
        event.occurredAt = project.updatedAt;
        try {
            event.payload = mapper.writeValueAsString(Snapshot.of(project));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.persist(event);
        return event;
    }
}
