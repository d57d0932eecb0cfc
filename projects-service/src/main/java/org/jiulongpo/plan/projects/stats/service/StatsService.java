package org.jiulongpo.plan.projects.stats.service;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiulongpo.plan.projects.project.PlanStage;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.jiulongpo.plan.projects.project.Sector;
import org.jiulongpo.plan.projects.stats.mapping.StatsMapper;
import org.jiulongpo.plan.projects.stats.rest.LatestUpdate;
import org.jiulongpo.plan.projects.stats.rest.Stats;
import org.jiulongpo.plan.projects.status.StatusUpdate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Counts of live projects and the latest status updates: a few grouped statements, whatever the data. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatsService {

    private final EntityManager em;

    public StatsService(EntityManager em) {
        this.em = em;
    }

    /** Counts by sector × status (every cell present, zeros included) and by plan stage, and the latest updates. */
    public Stats stats(int latest) {
        Map<Sector, Map<ProjectStatus, Long>> grid = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            Map<ProjectStatus, Long> row = new EnumMap<>(ProjectStatus.class);
            for (ProjectStatus st : ProjectStatus.values()) {
                row.put(st, 0L);
            }
            grid.put(s, row);
        }
        long total = 0;
        for (Object[] r : em.createQuery("select p.sector, p.status, count(p) from Project p where p.deletedAt is null "
                + "group by p.sector, p.status", Object[].class).getResultList()) {
            long n = ((Number) r[2]).longValue();
            grid.get((Sector) r[0]).put((ProjectStatus) r[1], n);
            total += n;
        }
        Map<String, Map<String, Long>> bySectorAndStatus = new LinkedHashMap<>();
        Map<String, Long> bySector = new LinkedHashMap<>();
        grid.forEach((sector, row) -> {
            Map<String, Long> out = new LinkedHashMap<>();
            row.forEach((st, n) -> out.put(st.code(), n));
            bySectorAndStatus.put(sector.code(), out);
            bySector.put(sector.code(), row.values().stream().mapToLong(Long::longValue).sum());
        });
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (PlanStage stage : PlanStage.values()) {
            byStage.put(stage.code(), 0L);
        }
        for (Object[] r : em.createQuery("select p.planStage, count(p) from Project p where p.deletedAt is null "
                + "group by p.planStage", Object[].class).getResultList()) {
            byStage.put(((PlanStage) r[0]).code(), ((Number) r[1]).longValue());
        }
        OffsetDateTime lastUpdated = em.createQuery("select max(p.updatedAt) from Project p", OffsetDateTime.class)
                .getSingleResult();
        return new Stats(bySectorAndStatus, byStage, bySector, total, lastUpdated, latestUpdates(latest));
    }

    /** The latest status updates of all live projects, newest first, with the projects' names (one statement). */
    private List<LatestUpdate> latestUpdates(int limit) {
        if (limit == 0) {
            return List.of();
        }
        return em.createQuery("select u, p.nameZh, p.nameEn from StatusUpdate u, Project p "
                + "where p.code = u.projectCode and p.deletedAt is null order by u.id desc", Object[].class)
                .setMaxResults(limit).getResultList().stream()
                .map(r -> StatsMapper.toLatestUpdate((StatusUpdate) r[0], (String) r[1], (String) r[2]))
                .toList();
    }
}
