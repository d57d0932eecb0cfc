package org.jiulongpo.plan.projects.project.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jiulongpo.plan.common.cache.PerDataVersion;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.common.problem.ProblemType;
import org.jiulongpo.plan.projects.change.ChangeKind;
import org.jiulongpo.plan.projects.change.service.ChangeLog;
import org.jiulongpo.plan.projects.project.PlanStage;
import org.jiulongpo.plan.projects.project.Project;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.jiulongpo.plan.projects.project.ProjectSubcategory;
import org.jiulongpo.plan.projects.project.Sector;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Reads projects (a page costs one small query while nothing changed) and edits their definitions.
 * Subcategories are plan data that only a migration changes, so they are read once.
 */
@ApplicationScoped
public class ProjectService {

    /** List filters; null means "any". */
    public record Filter(Sector sector, String subcategory, PlanStage planStage, ProjectStatus status,
            String location, String q, OffsetDateTime updatedSince) {
    }

    /** A definition edit; a present key with a null value clears an optional field. */
    public record Edit(Map<String, Object> fields) {
    }

    private final EntityManager em;
    private final ChangeLog changeLog;
    private volatile Map<String, ProjectSubcategory> subcategories;

    public ProjectService(EntityManager em, ChangeLog changeLog) {
        this.em = em;
        this.changeLog = changeLog;
    }

    private final PerDataVersion<List<Project>> live = new PerDataVersion<>();

    /**
     * The live projects in plan order. Kept until the data version in PostgreSQL moves (every
     * write moves it), so a list costs one small query; each instance checks the database, so
     * instances never disagree. The entities are detached copies, only read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Project> allLive() {
        return allLive(dataVersion());
    }

    /** {@link #allLive()} for a caller that has just read the data version (for its ETag). */
    public List<Project> allLive(long version) {
        return live.get(version, () -> {
            List<Project> rows = Project.<Project>find("deletedAt is null order by sortOrder, code").list();
            rows.forEach(em::detach);
            return List.copyOf(rows);
        });
    }

    /** A page of live projects matching the filter, after the given sort key (keyset paging). */
    public List<Project> list(Filter filter, String afterSortKey, int limit) {
        return list(filter, afterSortKey, limit, dataVersion());
    }

    public List<Project> list(Filter filter, String afterSortKey, int limit, long version) {
        Integer afterOrder = null;
        String afterCode = "";
        if (afterSortKey != null) {
            String[] parts = afterSortKey.split(":", 2);
            try {
                afterOrder = Integer.parseInt(parts[0]);
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("cursor", "is not a cursor issued by this API");
            }
            afterCode = parts.length > 1 ? parts[1] : "";
        }
        String q = filter.q() == null ? null : filter.q().toLowerCase(Locale.ROOT);
        String location = filter.location() == null ? null : filter.location().toLowerCase(Locale.ROOT);
        List<Project> page = new java.util.ArrayList<>();
        for (Project p : allLive(version)) {
            if (afterOrder != null && (p.sortOrder < afterOrder || p.sortOrder == afterOrder && p.code.compareTo(afterCode) <= 0)) {
                continue;
            }
            if ((filter.sector() == null || filter.sector() == p.sector)
                    && (filter.subcategory() == null || filter.subcategory().equals(p.subcategoryCode))
                    && (filter.planStage() == null || filter.planStage() == p.planStage)
                    && (filter.status() == null || filter.status() == p.status)
                    && (location == null || contains(p.locationZh, location) || contains(p.locationEn, location))
                    && (q == null || contains(p.nameZh, q) || contains(p.nameEn, q) || contains(p.code, q))
                    && (filter.updatedSince() == null || p.updatedAt.isAfter(filter.updatedSince()))) {
                page.add(p);
                if (page.size() == limit) {
                    break;
                }
            }
        }
        return page;
    }

    private static boolean contains(String text, String lowerQuery) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerQuery);
    }

    public static String sortKey(Project p) {
        return p.sortOrder + ":" + p.code;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Project> find(String code) {
        if (!org.jiulongpo.plan.common.codes.Codes.wellFormed(code)) {
            return Optional.empty();
        }
        return Project.findByIdOptional(code);
    }

    /** A live project, or 404; a removed one answers 410 Gone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Project live(String code) {
        Project p = find(code).orElseThrow(() -> notFound(code));
        if (p.deletedAt != null) {
            throw gone(p);
        }
        return p;
    }

    public Map<String, ProjectSubcategory> subcategories() {
        Map<String, ProjectSubcategory> cached = subcategories;
        if (cached == null) {
            Map<String, ProjectSubcategory> map = new LinkedHashMap<>();
            ProjectSubcategory.<ProjectSubcategory>list("order by sortOrder").forEach(s -> map.put(s.code, s));
            subcategories = cached = map;
        }
        return cached;
    }

    /** Moves whenever any project changes (including removals): the version part of collection ETags. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long dataVersion() {
        Object[] row = (Object[]) em.createQuery("select coalesce(sum(p.version), 0), count(p) from Project p")
                .getSingleResult();
        return ((Number) row[0]).longValue() * 1_000 + ((Number) row[1]).longValue();
    }

    /** Counts by sector × status and by plan stage, of live projects. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Object[]> countsBySectorAndStatus() {
        return em.createQuery("select p.sector, p.status, count(p) from Project p where p.deletedAt is null "
                + "group by p.sector, p.status", Object[].class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Object[]> countsByPlanStage() {
        return em.createQuery("select p.planStage, count(p) from Project p where p.deletedAt is null "
                + "group by p.planStage", Object[].class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OffsetDateTime lastUpdated() {
        return em.createQuery("select max(p.updatedAt) from Project p", OffsetDateTime.class).getSingleResult();
    }

    /** The latest status updates of all live projects, newest first, with the projects' names (one statement). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<org.jiulongpo.plan.projects.project.rest.Lists.LatestUpdate> latestUpdates(int limit) {
        if (limit == 0) {
            return List.of();
        }
        return em.createQuery("select u.id, u.projectCode, p.nameZh, p.nameEn, u.status, u.previousStatus, "
                + "u.progressPercent, u.reportedAt, u.recordedAt from StatusUpdate u, Project p "
                + "where p.code = u.projectCode and p.deletedAt is null order by u.id desc", Object[].class)
                .setMaxResults(limit).getResultList().stream()
                .map(r -> new org.jiulongpo.plan.projects.project.rest.Lists.LatestUpdate(((Number) r[0]).longValue(),
                        (String) r[1], (String) r[2], (String) r[3],
                        (ProjectStatus) r[4], (ProjectStatus) r[5],
                        ((Number) r[6]).intValue(), (OffsetDateTime) r[7], (OffsetDateTime) r[8]))
                .toList();
    }

    /** Edits a definition under If-Match; the change feed reports it. */
    @Transactional
    public Project edit(String code, String ifMatch, Edit edit) {
        Project p = lockLive(code);
        ETags.requireCurrent(ifMatch, p.version);
        for (Map.Entry<String, Object> field : edit.fields().entrySet()) {
            apply(p, field.getKey(), field.getValue());
        }
        if ((p.latitude == null) != (p.longitude == null)) {
            throw ProblemException.invalid("coordinates", "latitude and longitude must be given together");
        }
        touch(p);
        changeLog.append(p, ChangeKind.EDIT, null);
        return p;
    }

    /** Soft delete under If-Match; the change feed reports a tombstone. */
    @Transactional
    public void remove(String code, String ifMatch) {
        Project p = lockLive(code);
        ETags.requireCurrent(ifMatch, p.version);
        touch(p);
        p.deletedAt = p.updatedAt;
        changeLog.append(p, ChangeKind.REMOVAL, null);
    }

    private Project lockLive(String code) {
        Project p = org.jiulongpo.plan.common.codes.Codes.wellFormed(code)
                ? em.find(Project.class, code, LockModeType.PESSIMISTIC_WRITE) : null;
        if (p == null) {
            throw notFound(code);
        }
        if (p.deletedAt != null) {
            throw gone(p);
        }
        return p;
    }

    static void touch(Project p) {
        p.version++;
        p.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static void apply(Project p, String field, Object value) {
        switch (field) {
            case "nameZh" -> p.nameZh = requiredText(field, value, 200);
            case "nameEn" -> p.nameEn = requiredText(field, value, 300);
            case "locationZh" -> p.locationZh = optionalText(field, value, 100);
            case "locationEn" -> p.locationEn = optionalText(field, value, 200);
            case "latitude" -> p.latitude = coordinate(field, value, 90);
            case "longitude" -> p.longitude = coordinate(field, value, 180);
            default -> throw ProblemException.invalid(field, "is not editable; editable fields: nameZh, nameEn, "
                    + "locationZh, locationEn, latitude, longitude");
        }
    }

    private static String requiredText(String field, Object value, int max) {
        String text = optionalText(field, value, max);
        if (text == null) {
            throw ProblemException.invalid(field, "must not be empty");
        }
        return text;
    }

    private static String optionalText(String field, Object value, int max) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw ProblemException.invalid(field, "must be a string");
        }
        String text = s.strip();
        if (text.length() > max) {
            throw ProblemException.invalid(field, "must be at most " + max + " characters");
        }
        if (text.chars().anyMatch(c -> c < 0x20)) {
            throw ProblemException.invalid(field, "must not contain control characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static BigDecimal coordinate(String field, Object value, int bound) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number n)) {
            throw ProblemException.invalid(field, "must be a number");
        }
        BigDecimal d = new BigDecimal(n.toString());
        if (d.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
            throw ProblemException.invalid(field, "must be between -" + bound + " and " + bound);
        }
        return d.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    public static ProblemException notFound(String code) {
        return ProblemException.notFound("No project has the code '"
                + (code.length() > 80 ? code.substring(0, 80) + "…" : code) + "'");
    }

    static ProblemException gone(Project p) {
        return ProblemException.of(ProblemType.GONE, "The project '" + p.code + "' was removed at " + p.deletedAt);
    }
}
