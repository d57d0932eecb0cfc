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

import org.jiulongpo.plan.common.codes.CodedValue;
import org.jiulongpo.plan.indicators.indicator.Attribute;
import org.jiulongpo.plan.indicators.indicator.Direction;
import org.jiulongpo.plan.indicators.indicator.Indicator;
import org.jiulongpo.plan.indicators.indicator.IndicatorCategory;
import org.jiulongpo.plan.indicators.indicator.IndicatorPlanValue;
import org.jiulongpo.plan.indicators.indicator.Plan;
import org.jiulongpo.plan.indicators.indicator.PlanValue;
import org.jiulongpo.plan.indicators.indicator.ProgressStatus;
import org.jiulongpo.plan.indicators.indicator.Qualifier;
import org.jiulongpo.plan.indicators.indicator.ValueType;
import org.jiulongpo.plan.indicators.observation.Observation;
import org.jiulongpo.plan.indicators.progress.Goal;
import org.jiulongpo.plan.indicators.progress.OutcomeAssessor;
import org.jiulongpo.plan.indicators.progress.Progress;
import org.jiulongpo.plan.indicators.progress.ProgressCalculator;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Reads indicators with everything their representation needs, in a fixed number of queries
 * whatever the number of indicators: the indicators, their plan values, their current
 * observations (three statements; categories are a fourth when asked for).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorService {

    /** List filters; null means "any". */
    public record Filter(Plan plan, Attribute attribute, String category, Direction direction, ValueType valueType,
            ProgressStatus status, String q, OffsetDateTime updatedSince) {
    }

    /** An indicator with its plan values, its current observations and what follows from them. */
    public record Loaded(Indicator indicator, PlanValue baseline, PlanValue target, PlanValue outcome,
            SortedMap<Integer, BigDecimal> observations, Progress progress, OutcomeAssessor.Result assessment) {

        public Plan plan() {
            return CodedValue.fromCode(Plan.class, indicator.plan);
        }
    }

    public List<Loaded> list(Filter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.plan() != null) {
            where.append(" and plan = :plan");
            params.and("plan", filter.plan().code());
        }
        if (filter.attribute() != null) {
            where.append(" and attribute = :attribute");
            params.and("attribute", filter.attribute().code());
        }
        if (filter.category() != null) {
            where.append(" and categoryCode = :category");
            params.and("category", filter.category());
        }
        if (filter.direction() != null) {
            where.append(" and direction = :direction");
            params.and("direction", filter.direction().code());
        }
        if (filter.valueType() != null) {
            where.append(" and valueType = :valueType");
            params.and("valueType", filter.valueType().code());
        }
        if (filter.q() != null) {
            where.append(" and (lower(nameZh) like :q escape '\\' or lower(nameEn) like :q escape '\\' or lower(code) like :q escape '\\')");
            params.and("q", "%" + escapeLike(filter.q().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (filter.updatedSince() != null) {
            where.append(" and updatedAt > :updatedSince");
            params.and("updatedSince", filter.updatedSince());
        }
        List<Indicator> indicators = Indicator.find(where + " order by plan, sortOrder, code", params).list();
        List<Loaded> loaded = load(indicators, null);
        if (filter.status() != null) {
            loaded = loaded.stream().filter(l -> l.progress() != null && l.progress().status() == filter.status())
                    .toList();
        }
        return loaded;
    }

    public Optional<Loaded> get(String code, OffsetDateTime asOf) {
        if (!org.jiulongpo.plan.common.codes.Codes.wellFormed(code)) {
            return Optional.empty();
        }
        return Indicator.<Indicator>findByIdOptional(code).map(i -> load(List.of(i), asOf).get(0));
    }

    public Optional<Indicator> find(String code) {
        if (!org.jiulongpo.plan.common.codes.Codes.wellFormed(code)) {
            return Optional.empty();
        }
        return Indicator.findByIdOptional(code);
    }

    public Map<String, IndicatorCategory> categories() {
        Map<String, IndicatorCategory> map = new HashMap<>();
        IndicatorCategory.<IndicatorCategory>listAll().forEach(c -> map.put(c.code, c));
        return map;
    }

    /** Moves whenever any indicator changes: the version part of collection ETags. */
    public long dataVersion() {
        Object[] row = (Object[]) Indicator.getEntityManager()
                .createQuery("select coalesce(sum(i.version), 0), count(i) from Indicator i").getSingleResult();
        return ((Number) row[0]).longValue() * 1_000 + ((Number) row[1]).longValue();
    }

    private List<Loaded> load(List<Indicator> indicators, OffsetDateTime asOf) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        List<String> codes = indicators.stream().map(i -> i.code).toList();
        Map<String, Map<String, PlanValue>> values = new HashMap<>();
        IndicatorPlanValue.<IndicatorPlanValue>list("indicatorCode in ?1", codes).forEach(v -> values
                .computeIfAbsent(v.indicatorCode, k -> new HashMap<>()).put(v.kind, toPlanValue(v)));
        Map<String, SortedMap<Integer, BigDecimal>> observations = new HashMap<>();
        currentObservations(codes, asOf).forEach(o -> observations
                .computeIfAbsent(o.indicatorCode, k -> new TreeMap<>()).put(o.year, o.value));

        List<Loaded> result = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            Map<String, PlanValue> cells = values.getOrDefault(indicator.code, Map.of());
            SortedMap<Integer, BigDecimal> observed = observations.getOrDefault(indicator.code, new TreeMap<>());
            PlanValue baseline = cells.get("baseline");
            PlanValue target = cells.get("target");
            PlanValue outcome = cells.get("outcome");
            Direction direction = CodedValue.fromCode(Direction.class, indicator.direction);
            Progress progress = null;
            OutcomeAssessor.Result assessment = null;
            if (Plan.FYP14.code().equals(indicator.plan)) {
                progress = ProgressCalculator.evaluate(new Goal(CodedValue.fromCode(ValueType.class, indicator.valueType),
                        direction, CodedValue.fromCode(Attribute.class, indicator.attribute), baseline, target), observed);
            } else {
                assessment = OutcomeAssessor.assess(direction, target, outcome);
            }
            result.add(new Loaded(indicator, baseline, target, outcome, observed, progress, assessment));
        }
        return result;
    }

    /** The current revision of each year, or the one current at {@code asOf}. */
    public static List<Observation> currentObservations(List<String> codes, OffsetDateTime asOf) {
        String recordedBefore = asOf == null ? "" : " and o2.recordedAt <= :asOf";
        Parameters params = Parameters.with("codes", codes);
        if (asOf != null) {
            params.and("asOf", asOf);
        }
        return Observation.<Observation>find("from Observation o where o.indicatorCode in :codes and o.revision = (select max(o2.revision) "
                + "from Observation o2 where o2.indicatorCode = o.indicatorCode and o2.year = o.year" + recordedBefore
                + ") order by o.indicatorCode, o.year", params).list();
    }

    private static PlanValue toPlanValue(IndicatorPlanValue v) {
        return new PlanValue(v.year, v.value == null ? null : v.value.stripTrailingZeros(), v.raw,
                v.qualifier == null ? null : CodedValue.fromCode(Qualifier.class, v.qualifier), v.note);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
