package org.jiulongpo.plan.document.element.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;
import org.jiulongpo.plan.common.search.SearchIndex;
import org.jiulongpo.plan.common.search.SearchQuery;
import org.jiulongpo.plan.document.element.PlanElement;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The plan text's search index (migration V10): the number and titles weigh A, the text as
 * printed weighs B. The text arrives by migration and the API never writes it, so indexing at
 * start (every row a migration added or an older segmenter indexed) keeps the index complete.
 */
@ApplicationScoped
public class PlanSearch {

    private static final Logger LOG = Logger.getLogger(PlanSearch.class);
    static final SearchIndex INDEX = new SearchIndex("plan_element", "id", List.of("num", "title_zh", "title_en"),
            List.of("text_zh"));

    private final AgroalDataSource dataSource;

    public PlanSearch(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void indexAtStart(@Observes @Priority(10) StartupEvent start) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int done = INDEX.refreshStale(c);
            if (done > 0) {
                LOG.infof("search: indexed %d plan elements", done);
            }
        }
    }

    /** The ids of the elements that hold every term of {@code q}. */
    Set<String> matching(SearchQuery q) {
        @SuppressWarnings("unchecked")
        List<String> ids = PlanElement.getEntityManager()
                .createNativeQuery("select id from plan_element where search_vector @@ cast(:q as tsquery)")
                .setParameter("q", q.tsquery()).getResultList();
        return new HashSet<>(ids);
    }

    /**
     * The best {@code limit} elements for {@code q} and their rank: {@code ts_rank_cd} with
     * normalization 1 (divided by one plus the log of the document's length), document order on ties.
     */
    Map<String, Double> ranked(SearchQuery q, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = PlanElement.getEntityManager().createNativeQuery("select id, "
                + "ts_rank_cd(search_vector, q, 1) from plan_element, cast(:q as tsquery) q where search_vector @@ q "
                + "order by 2 desc, document_order limit :limit")
                .setParameter("q", q.tsquery()).setParameter("limit", limit).getResultList();
        Map<String, Double> ranks = new LinkedHashMap<>();
        for (Object[] row : rows) {
            ranks.put((String) row[0], Double.valueOf(Float.toString(((Number) row[1]).floatValue())));
        }
        return ranks;
    }
}
