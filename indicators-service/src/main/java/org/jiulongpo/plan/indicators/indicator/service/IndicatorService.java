package org.jiulongpo.plan.indicators.indicator.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jiulongpo.plan.common.cache.PerDataVersion;
import org.jiulongpo.plan.indicators.indicator.Indicator;
import org.jiulongpo.plan.indicators.indicator.IndicatorCategory;
import org.jiulongpo.plan.indicators.indicator.IndicatorPlanValue;
import org.jiulongpo.plan.indicators.indicator.LoadedIndicator;
import org.jiulongpo.plan.indicators.indicator.Plan;
import org.jiulongpo.plan.indicators.progress.Attribute;
import org.jiulongpo.plan.indicators.progress.Direction;
import org.jiulongpo.plan.indicators.progress.Goal;
import org.jiulongpo.plan.indicators.progress.OutcomeAssessor;
import org.jiulongpo.plan.indicators.progress.PlanValue;
import org.jiulongpo.plan.indicators.progress.Progress;
import org.jiulongpo.plan.indicators.progress.ProgressCalculator;
import org.jiulongpo.plan.indicators.progress.ProgressStatus;
import org.jiulongpo.plan.indicators.progress.ValueType;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Reads indicators with everything their representation needs, in a fixed number of queries
 * whatever the number of indicators: the indicators, their plan values, their current
 * observations (three statements, and only when the data version moved; categories are one more
 * when asked for).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorService {

    /** List filters; null means "any". */
    public record Filter(Plan plan, Attribute attribute, String category, Direction direction, ValueType valueType,
            ProgressStatus status, String q, OffsetDateTime updatedSince) {
    }

    private final PerDataVersion<List<LoadedIndicator>> all = new PerDataVersion<>();
    private final ObservedValues observedValues;

    public IndicatorService(ObservedValues observedValues) {
        this.observedValues = observedValues;
    }

    /**
     * Every indicator with its values, observations and progress. The plan changes only through
     * writes, and every write moves the data version, so the loaded list is kept until the
     * version in PostgreSQL moves: one small query per request instead of three and the
     * arithmetic. Each instance checks the database's version, so instances never disagree.
     */
    public List<LoadedIndicator> all() {
        return all(dataVersion());
    }

    /** {@link #all()} for a caller that has just read the data version (for its ETag). */
    public List<LoadedIndicator> all(long version) {
        return all.get(version, () -> load(Indicator.<Indicator>find("order by plan, sortOrder, code").list()));
    }

    public List<LoadedIndicator> list(Filter filter) {
        return list(filter, dataVersion());
    }

    public List<LoadedIndicator> list(Filter filter, long version) {
        String q = filter.q() == null ? null : filter.q().toLowerCase(java.util.Locale.ROOT);
        return all(version).stream().filter(l -> {
            Indicator i = l.indicator();
            return (filter.plan() == null || filter.plan() == i.plan)
                    && (filter.attribute() == null || filter.attribute() == i.attribute)
                    && (filter.category() == null || filter.category().equals(i.categoryCode))
                    && (filter.direction() == null || filter.direction() == i.direction)
                    && (filter.valueType() == null || filter.valueType() == i.valueType)
                    && (filter.updatedSince() == null || i.updatedAt.isAfter(filter.updatedSince()))
                    && (filter.status() == null || l.progress() != null && l.progress().status() == filter.status())
                    && (q == null || contains(i.nameZh, q) || contains(i.nameEn, q) || contains(i.code, q));
        }).toList();
    }

    private static boolean contains(String text, String lowerQuery) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(lowerQuery);
    }

    public Optional<LoadedIndicator> get(String code) {
        if (!org.jiulongpo.plan.common.codes.Codes.wellFormed(code)) {
            return Optional.empty();
        }
        return all().stream().filter(l -> l.indicator().code.equals(code)).findFirst();
    }

    public Optional<Indicator> find(String code) {
        if (!org.jiulongpo.plan.common.codes.Codes.wellFormed(code)) {
            return Optional.empty();
        }
        return Indicator.findByIdOptional(code);
    }

    private volatile Map<String, IndicatorCategory> categories;

    /** Category headings are plan data that only a migration changes: read once. */
    public Map<String, IndicatorCategory> categories() {
        Map<String, IndicatorCategory> cached = categories;
        if (cached == null) {
            Map<String, IndicatorCategory> map = new HashMap<>();
            IndicatorCategory.<IndicatorCategory>listAll().forEach(c -> map.put(c.code, c));
            categories = cached = Map.copyOf(map);
        }
        return cached;
    }

    /** Moves whenever any indicator changes: the version part of collection ETags. */
    public long dataVersion() {
        Object[] row = (Object[]) Indicator.getEntityManager()
                .createQuery("select coalesce(sum(i.version), 0), count(i) from Indicator i").getSingleResult();
        return ((Number) row[0]).longValue() * 1_000 + ((Number) row[1]).longValue();
    }

    private List<LoadedIndicator> load(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        List<String> codes = indicators.stream().map(i -> i.code).toList();
        Map<String, Map<String, PlanValue>> values = new HashMap<>();
        IndicatorPlanValue.<IndicatorPlanValue>list("indicatorCode in ?1", codes).forEach(v -> values
                .computeIfAbsent(v.indicatorCode, k -> new HashMap<>()).put(v.kind, toPlanValue(v)));
        Map<String, SortedMap<Integer, BigDecimal>> observations = observedValues.current(codes);

        List<LoadedIndicator> result = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            Map<String, PlanValue> cells = values.getOrDefault(indicator.code, Map.of());
            SortedMap<Integer, BigDecimal> observed = observations.getOrDefault(indicator.code, new TreeMap<>());
            PlanValue baseline = cells.get("baseline");
            PlanValue target = cells.get("target");
            PlanValue outcome = cells.get("outcome");
            Progress progress = null;
            OutcomeAssessor.Result assessment = null;
            if (indicator.plan == Plan.FYP14) {
                progress = ProgressCalculator.evaluate(new Goal(indicator.valueType, indicator.direction,
                        indicator.attribute, baseline, target), observed);
            } else {
                assessment = OutcomeAssessor.assess(indicator.direction, target, outcome);
            }
            result.add(new LoadedIndicator(indicator, baseline, target, outcome, progress, assessment));
        }
        return result;
    }

    private static PlanValue toPlanValue(IndicatorPlanValue v) {
        return new PlanValue(v.year, v.value == null ? null : v.value.stripTrailingZeros(), v.raw,
                v.qualifier, v.note);
    }

}
