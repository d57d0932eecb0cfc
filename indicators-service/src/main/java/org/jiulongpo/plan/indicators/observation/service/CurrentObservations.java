package org.jiulongpo.plan.indicators.observation.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jiulongpo.plan.indicators.indicator.service.ObservedValues;
import org.jiulongpo.plan.indicators.observation.Observation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The current-observation query: the latest revision of each year, now or as of a time; for
 * progress, the latest comparable revision of each year.
 */
@ApplicationScoped
public class CurrentObservations implements ObservedValues {

    /** The current revision of each year, or the one current at {@code asOf}. */
    public List<Observation> of(List<String> codes, OffsetDateTime asOf) {
        return of(codes, asOf, false);
    }

    private List<Observation> of(List<String> codes, OffsetDateTime asOf, boolean comparableOnly) {
        String recordedBefore = (asOf == null ? "" : " and o2.recordedAt <= :asOf")
                + (comparableOnly ? " and o2.comparable = true" : "");
        Parameters params = Parameters.with("codes", codes);
        if (asOf != null) {
            params.and("asOf", asOf);
        }
        return Observation.<Observation>find("from Observation o where o.indicatorCode in :codes and o.revision = (select max(o2.revision) "
                + "from Observation o2 where o2.indicatorCode = o.indicatorCode and o2.year = o.year" + recordedBefore
                + ") order by o.indicatorCode, o.year", params).list();
    }

    /**
     * What progress reads. A value whose source measures something else (comparable = false) is
     * served with the year but never counted: a year whose latest value is not comparable counts
     * with its latest comparable one, or not at all.
     */
    @Override
    public Map<String, SortedMap<Integer, BigDecimal>> current(List<String> codes) {
        Map<String, SortedMap<Integer, BigDecimal>> values = new HashMap<>();
        of(codes, null, true).forEach(o -> values.computeIfAbsent(o.indicatorCode, k -> new TreeMap<>()).put(o.year, o.value));
        return values;
    }
}
