package org.jiulongpo.plan.projects.project.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.jiulongpo.plan.common.search.SearchIndex;
import org.jiulongpo.plan.common.search.SearchQuery;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The projects' search index (migration V10): names weigh A; code and location weigh B. The
 * plan's rows arrive by migration, so every row a migration added or an older segmenter indexed
 * is indexed at start; an edit indexes its row again in its own transaction.
 */
@ApplicationScoped
public class ProjectSearch {

    private static final Logger LOG = Logger.getLogger(ProjectSearch.class);
    static final SearchIndex INDEX = new SearchIndex("project", "code", List.of("name_zh", "name_en"),
            List.of("code", "location_zh", "location_en"));

    private final EntityManager em;
    private final AgroalDataSource dataSource;

    public ProjectSearch(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    void indexAtStart(@Observes @Priority(10) StartupEvent start) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int done = INDEX.refreshStale(c);
            if (done > 0) {
                LOG.infof("search: indexed %d projects", done);
            }
        }
    }

    /** Indexes a project again after its writer changed its text (pending changes are flushed first). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(String code) {
        em.flush();
        em.unwrap(Session.class).doWork(c -> INDEX.refresh(c, code));
    }

    /** The codes of the live projects that hold every term of {@code q}. */
    public Set<String> matching(SearchQuery q) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery(
                "select code from project where search_vector @@ cast(:q as tsquery) and deleted_at is null")
                .setParameter("q", q.tsquery()).getResultList();
        return new HashSet<>(codes);
    }

    /**
     * The best {@code limit} live projects for {@code q} and their rank: {@code ts_rank_cd} with
     * normalization 1 (divided by one plus the log of the document's length), plan order on ties.
     */
    public Map<String, Double> ranked(SearchQuery q, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, ts_rank_cd(search_vector, q, 1) from project, "
                + "cast(:q as tsquery) q where search_vector @@ q and deleted_at is null "
                + "order by 2 desc, sort_order, code limit :limit")
                .setParameter("q", q.tsquery()).setParameter("limit", limit).getResultList();
        Map<String, Double> ranks = new LinkedHashMap<>();
        for (Object[] row : rows) {
            ranks.put((String) row[0], Double.valueOf(Float.toString(((Number) row[1]).floatValue())));
        }
        return ranks;
    }
}
