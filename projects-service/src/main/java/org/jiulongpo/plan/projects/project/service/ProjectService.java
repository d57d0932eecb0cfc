package org.jiulongpo.plan.projects.project.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jiulongpo.plan.common.cache.PerDataVersion;
import org.jiulongpo.plan.common.codes.Codes;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.common.problem.ProblemType;
import org.jiulongpo.plan.projects.project.PlanStage;
import org.jiulongpo.plan.projects.project.Project;
import org.jiulongpo.plan.projects.project.ProjectKind;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.jiulongpo.plan.projects.project.ProjectSubcategory;
import org.jiulongpo.plan.projects.project.Sector;
import org.jiulongpo.plan.projects.project.Specificity;
import org.jiulongpo.plan.projects.project.mapping.ProjectMapper;
import org.jiulongpo.plan.projects.project.rest.ProjectView;
import org.jiulongpo.plan.projects.project.rest.SubcategoryList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Reads projects (a page costs one small query while nothing changed) and hands the writers a
 * locked live project. Subcategories are plan data that only a migration changes, so they are
 * read once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectService {

    /** List filters; null means "any"; {@code sourceElements} matches any of its ids exactly. */
    public record Filter(Sector sector, String subcategory, ProjectKind kind, Specificity specificity,
            Set<String> sourceElements, PlanStage planStage, ProjectStatus status, String location, String q,
            OffsetDateTime updatedSince) {
    }

    private final EntityManager em;
    private final PerDataVersion<List<Project>> live = new PerDataVersion<>();
    private volatile Map<String, ProjectSubcategory> subcategories;

    public ProjectService(EntityManager em) {
        this.em = em;
    }

    /**
     * The live projects in plan order. Kept until the data version in PostgreSQL moves (every
     * write moves it), so a list costs one small query; each instance checks the database, so
     * instances never disagree. The entities are detached copies, only read.
     */
    private List<Project> allLive(long version) {
        return live.get(version, () -> {
            List<Project> rows = Project.<Project>find("deletedAt is null order by sortOrder, code").list();
            rows.forEach(em::detach);
            return List.copyOf(rows);
        });
    }

    /**
     * A page of live projects matching the filter, after the given sort key (keyset paging), as
     * of {@code version}: the data version the caller has just read for its ETag.
     */
    public Page<ProjectView> page(Filter filter, String afterSortKey, int limit, Lang lang, long version) {
        Map<String, ProjectSubcategory> subs = subcategories();
        return Page.of(list(filter, afterSortKey, limit + 1, version), limit, ProjectService::sortKey)
                .map(p -> ProjectMapper.toView(p, subs, lang));
    }

    private List<Project> list(Filter filter, String afterSortKey, int limit, long version) {
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
        List<Project> page = new ArrayList<>();
        for (Project p : allLive(version)) {
            if (afterOrder != null && (p.sortOrder < afterOrder || p.sortOrder == afterOrder && p.code.compareTo(afterCode) <= 0)) {
                continue;
            }
            if ((filter.sector() == null || filter.sector() == p.sector)
                    && (filter.subcategory() == null || filter.subcategory().equals(p.subcategoryCode))
                    && (filter.kind() == null || filter.kind() == p.kind)
                    && (filter.specificity() == null || filter.specificity() == p.specificity)
                    && (filter.sourceElements() == null || filter.sourceElements().contains(p.sourceElement))
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

    private static String sortKey(Project p) {
        return p.sortOrder + ":" + p.code;
    }

    /** A live project as the API shows it; 404 when there is none, 410 Gone when it was removed. */
    public ProjectView view(String code, Lang lang) {
        return view(live(code), lang);
    }

    public ProjectView view(Project p, Lang lang) {
        return ProjectMapper.toView(p, subcategories(), lang);
    }

    /** The version of a live project (404, 410 as {@link #view}): what its history's ETags start from. */
    public long liveVersion(String code) {
        return live(code).version;
    }

    private Project live(String code) {
        return requireLive(Codes.wellFormed(code) ? Project.findById(code) : null, code);
    }

    /**
     * A live project locked for the writer's transaction (404, 410 as {@link #view}): writers
     * of one project take turns, so each checks If-Match against the version it then moves.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Project lockLive(String code) {
        return requireLive(Codes.wellFormed(code) ? em.find(Project.class, code, LockModeType.PESSIMISTIC_WRITE) : null,
                code);
    }

    private static Project requireLive(Project p, String code) {
        if (p == null) {
            throw notFound(code);
        }
        if (p.deletedAt != null) {
            throw gone(p);
        }
        return p;
    }

    public boolean isSubcategory(String code) {
        return subcategories().containsKey(code);
    }

    /** Every subcategory in plan order, with the number of live projects under it as of {@code version}. */
    public SubcategoryList subcategories(Lang lang, long version) {
        Map<String, Integer> counts = new HashMap<>();
        for (Project p : allLive(version)) {
            counts.merge(p.subcategoryCode, 1, Integer::sum);
        }
        return new SubcategoryList(subcategories().values().stream()
                .map(s -> ProjectMapper.toView(s, counts.getOrDefault(s.code, 0), lang))
                .toList());
    }

    private Map<String, ProjectSubcategory> subcategories() {
        Map<String, ProjectSubcategory> cached = subcategories;
        if (cached == null) {
            Map<String, ProjectSubcategory> map = new LinkedHashMap<>();
            ProjectSubcategory.<ProjectSubcategory>list("order by sortOrder").forEach(s -> map.put(s.code, s));
            subcategories = cached = map;
        }
        return cached;
    }

    /** Moves whenever any project changes (including removals): the version part of collection ETags. */
    public long dataVersion() {
        Object[] row = (Object[]) em.createQuery("select coalesce(sum(p.version), 0), count(p) from Project p")
                .getSingleResult();
        return ((Number) row[0]).longValue() * 1_000 + ((Number) row[1]).longValue();
    }

    private static ProblemException notFound(String code) {
        return ProblemException.notFound("No project has the code '"
                + (code.length() > 80 ? code.substring(0, 80) + "…" : code) + "'");
    }

    private static ProblemException gone(Project p) {
        return ProblemException.of(ProblemType.GONE, "The project '" + p.code + "' was removed at " + p.deletedAt);
    }
}
