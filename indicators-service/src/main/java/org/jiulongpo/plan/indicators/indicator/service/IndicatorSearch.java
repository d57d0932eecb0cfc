package org.jiulongpo.plan.indicators.indicator.service;

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
import org.jiulongpo.plan.indicators.indicator.Indicator;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The indicators' search index (migration V10): names weigh A; code and the row or sentence
 * quoted from the plan weigh B. Indicators arrive by migration and no write of the API changes
 * their text, so indexing at start (every row a migration added or an older segmenter indexed)
 * keeps the index complete.
 */
@ApplicationScoped
public class IndicatorSearch {

    private static final Logger LOG = Logger.getLogger(IndicatorSearch.class);
    static final SearchIndex INDEX = new SearchIndex("indicator", "code", List.of("name_zh", "name_en"),
            List.of("code", "source_quote"));

    private final AgroalDataSource dataSource;

    public IndicatorSearch(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void indexAtStart(@Observes @Priority(10) StartupEvent start) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int done = INDEX.refreshStale(c);
            if (done > 0) {
                LOG.infof("search: indexed %d indicators", done);
            }
        }
    }

    /** The codes of the indicators that hold every term of {@code q}. */
    public Set<String> matching(SearchQuery q) {
        @SuppressWarnings("unchecked")
        List<String> codes = Indicator.getEntityManager()
                .createNativeQuery("select code from indicator where search_vector @@ cast(:q as tsquery)")
                .setParameter("q", q.tsquery()).getResultList();
        return new HashSet<>(codes);
    }

    /**
     * The best {@code limit} indicators for {@code q} and their rank: {@code ts_rank_cd} with
     * normalization 1 (divided by one plus the log of the document's length), table order on ties.
     */
    public Map<String, Double> ranked(SearchQuery q, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Indicator.getEntityManager().createNativeQuery("select code, "
                + "ts_rank_cd(search_vector, q, 1) from indicator, cast(:q as tsquery) q where search_vector @@ q "
                + "order by 2 desc, plan, sort_order, code limit :limit")
                .setParameter("q", q.tsquery()).setParameter("limit", limit).getResultList();
        Map<String, Double> ranks = new LinkedHashMap<>();
        for (Object[] row : rows) {
            ranks.put((String) row[0], Double.valueOf(Float.toString(((Number) row[1]).floatValue())));
        }
        return ranks;
    }
}
